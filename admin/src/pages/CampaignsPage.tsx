// Campaigns an administrator manages or follows.
import { Button, Progress, Table, Tag, Typography } from 'antd';
import type { Campaign } from '../api/schema';
import { useQuery } from '../api/useQuery';
import { Loading, PageError } from '../components/PageState';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { NewCampaignButton } from './NewCampaign';

const QUERY = `{ campaigns { id name year status passScore systemVersion { number system { name } } stats { total submitted finalized passed averageScore coverage } } }`;

export function CampaignsPage() {
  const { t } = useI18n();
  const { data, error, loading } = useQuery<{ campaigns: Campaign[] }>(QUERY);
  if (loading && !data) return <Loading />;
  if (error) return <PageError error={error} />;
  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3}>{t('campaigns')}</Typography.Title>
        <NewCampaignButton />
      </div>
      <Table<Campaign> rowKey="id" dataSource={data!.campaigns} pagination={false} columns={[
        { title: t('campaign'), render: (_, c) => <a onClick={() => navigate(`/campaigns/${c.id}`)}>{c.name}</a> },
        { title: t('systems'), render: (_, c) => `${c.systemVersion.system.name} v${c.systemVersion.number}` },
        { title: t('status'), render: (_, c) => <Tag>{t(`campaign_${c.status}` as never)}</Tag> },
        { title: t('submittedCount'), render: (_, c) => <Progress percent={Math.round((c.stats.submitted / Math.max(c.stats.total, 1)) * 100)} size="small" format={() => `${c.stats.submitted}/${c.stats.total}`} /> },
        { title: t('averageScore'), align: 'right', render: (_, c) => c.stats.averageScore ?? '—' },
        { title: t('coverage'), align: 'right', render: (_, c) => `${Math.round(c.stats.coverage * 1000) / 10}%` },
        { title: t('actions'), render: (_, c) => <Button size="small" onClick={() => navigate(`/campaigns/${c.id}`)}>{t('open')}</Button> },
      ]} />
    </>
  );
}
