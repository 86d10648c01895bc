// A button's mutation on an admin list page: it runs, says 已完成 and reloads the list, or its
// error is shown above the list until dismissed.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { App } from 'antd';
import { useState } from 'react';
import { request } from '../api/graphql';
import { useI18n } from '../i18n/i18n';
import { ActionError } from './PageState';

export function useAction(reload: () => unknown) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>();
  const act = async <T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V, after?: (data: T) => void) => {
    setError(undefined);
    try {
      // Awaited apart: `after?.(await …)` would skip the request itself when there is no `after`.
      const result = await request(document, variables);
      after?.(result);
      message.success(t('done'));
      await reload();
    } catch (err) {
      setError(err);
    }
  };
  return { act, errorBar: <ActionError error={error} onClose={() => setError(undefined)} /> };
}
