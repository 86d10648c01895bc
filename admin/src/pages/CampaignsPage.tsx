// Campaigns an administrator manages or follows, newest first, a page at a time.
import { Button, Progress, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useGraphQLPages } from '../api/graphql';
import { LoadMore } from '../components/LoadMore';
import { PageError } from '../components/PageState';
import { graphql } from '../gql';
import type { CampaignListQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { NewCampaignButton } from './NewCampaign';

export const CAMPAIGN_LIST = graphql(`
  query CampaignList($after: String) {
    campaignConnection(first: 50, after: $after) {
      totalCount
      nodes { id name year status systemVersion { number measure system { name } } stats { total submitted averageScore coverage } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

type Row = CampaignListQuery['campaignConnection']['nodes'][number];

export function CampaignsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const list = useGraphQLPages(CAMPAIGN_LIST, {}, (d) => d.campaignConnection);
  if (list.error) return <PageError error={list.error} />;
  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3}>{t('campaigns')}</Typography.Title>
        <NewCampaignButton />
      </div>
      <Table<Row> rowKey="id" dataSource={list.nodes} loading={list.isPending} locale={list.isPending ? { emptyText: ' ' } : undefined} pagination={false} columns={[
        { title: t('campaign'), render: (_, c) => <Link to={`/campaigns/${c.id}`}>{c.name}</Link> },
        { title: t('systems'), render: (_, c) => `${c.systemVersion.system.name} v${c.systemVersion.number}` },
        { title: t('status'), render: (_, c) => <Tag>{t(`campaign_${c.status}`)}</Tag> },
        { title: t('submittedCount'), render: (_, c) => <Progress aria-label={`${c.name} ${t('submittedCount')}`} percent={Math.round((c.stats.submitted / Math.max(c.stats.total, 1)) * 100)} size="small" format={() => `${c.stats.submitted}/${c.stats.total}`} /> },
        // A 达标 table has no points: its average would read 0.
        { title: t('averageScore'), align: 'right', render: (_, c) => (c.systemVersion.measure === 'STANDARD' ? '—' : c.stats.averageScore ?? '—') },
        { title: t('coverage'), align: 'right', render: (_, c) => `${Math.round(c.stats.coverage * 1000) / 10}%` },
        { title: t('actions'), render: (_, c) => <Button size="small" onClick={() => navigate(`/campaigns/${c.id}`)}>{t('open')}</Button> },
      ]} />
      <LoadMore shown={list.nodes.length} total={list.totalCount} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} />
    </>
  );
}
