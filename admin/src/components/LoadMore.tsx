// Under a list read a page at a time: how many are shown of how many, and the next page on request.
import { Button } from 'antd';
import { useI18n } from '../i18n/i18n';

export function LoadMore({ shown, total, hasMore, loading, onMore }: { shown: number; total: number; hasMore: boolean; loading: boolean; onMore: () => void }) {
  const { t } = useI18n();
  if (!hasMore) return null;
  return (
    <div style={{ textAlign: 'center', marginTop: 12 }}>
      <Button onClick={onMore} loading={loading} data-testid="load-more">{t('loadMore', { shown, total })}</Button>
    </div>
  );
}
