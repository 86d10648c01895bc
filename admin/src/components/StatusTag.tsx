// An assessment's status as a coloured tag; a returned draft says so.
import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n';

const COLORS: Record<string, string> = { DRAFT: 'default', SUBMITTED: 'processing', RECOMMENDED: 'warning', FINALIZED: 'success' };

export function StatusTag({ status, returned }: { status: string; returned?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Tag color={COLORS[status]}>{t(`status_${status}` as never)}</Tag>
      {returned && status === 'DRAFT' && <Tag color="error">{t('returnForCorrection')}</Tag>}
    </>
  );
}
