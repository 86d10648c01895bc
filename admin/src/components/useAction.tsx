// A button's mutation on an admin list page: it runs, says 已完成 and reloads the list, or its
// error is shown above the list until dismissed.
import { App } from 'antd';
import { useState } from 'react';
import { gql } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ActionError } from './PageState';

export function useAction(reload: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>();
  const act = async (query: string, variables: Record<string, unknown>, after?: (data: any) => void) => {
    setError(undefined);
    try {
      // Awaited apart: `after?.(await …)` would skip the request itself when there is no `after`.
      const result = await gql(query, variables);
      after?.(result);
      message.success(t('done'));
      reload();
    } catch (err) {
      setError(err);
    }
  };
  return { act, errorBar: <ActionError error={error} onClose={() => setError(undefined)} /> };
}
