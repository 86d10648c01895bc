// "My work": what waits for this person — staff fill their unit's self-assessment, the street
// reviews what was submitted below it, the expert what the street recommended, an administrator
// whatever waits in its subtree. On a phone the row keeps its unit, campaign, status and action;
// the figures show from tablet width up. The server decides what waits and what each row allows
// (`myWork`, `viewerCan`); this page only shows it.
import { Button, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useGraphQLPages } from '../api/graphql';
import { LoadMore } from '../components/LoadMore';
import { PageError } from '../components/PageState';
import { StatusTag } from '../components/StatusTag';
import { graphql } from '../gql';
import type { MyWorkQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

const MY_WORK = graphql(`
  query MyWork($waiting: Boolean!, $after: String) {
    myWork(waiting: $waiting, first: 100, after: $after) {
      totalCount
      nodes {
        id status selfScore finalScore passed grade returnReason
        orgUnit { id name }
        campaign { id name deadlines systemVersion { measure } }
        viewerCan { fill reviewStage }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

type Row = MyWorkQuery['myWork']['nodes'][number];

/** Points mean something only in a scored system; a 达标 table's total is always 0, so it shows a dash. */
const points = (r: Row, value: number | null) => (r.campaign.systemVersion.measure === 'STANDARD' || value === null ? '—' : value);

const DEADLINE_OF: Record<string, string> = { DRAFT: 'submit', SUBMITTED: 'review', RECOMMENDED: 'expert' };

/** Where a row leads this person: filling, reviewing, or reading — as the server allows. */
export function actionOf(row: Row): { label: 'fill' | 'review' | 'view'; path: string } {
  const fill = `/assessments/${row.id}/fill`;
  const review = `/assessments/${row.id}/review`;
  if (row.viewerCan.fill) return { label: 'fill', path: fill };
  if (row.viewerCan.reviewStage) return { label: 'review', path: review };
  return { label: 'view', path: row.status === 'DRAFT' ? fill : review };
}

export function WorkPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  // The filter lives in the address, so Back from a row returns to the same list.
  const [params, setParams] = useSearchParams();
  const filter = params.get('show') === 'all' ? 'all' : 'toDo';
  const setFilter = (value: 'toDo' | 'all') => setParams(value === 'all' ? { show: 'all' } : {}, { replace: true });
  const work = useGraphQLPages(MY_WORK, { waiting: filter === 'toDo' }, (d) => d.myWork);
  if (work.error) return <PageError error={work.error} />;
  // While a list loads, its spinner alone: never "nothing to do" under it.
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('myWork')}</Typography.Title>
        <Segmented value={filter} onChange={(v) => setFilter(v as 'toDo' | 'all')} options={[{ value: 'toDo', label: t('toDo') }, { value: 'all', label: t('all') }]} />
      </Space>
      <Table<Row>
        rowKey="id" dataSource={work.nodes} loading={work.isPending} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: work.isPending ? ' ' : <Empty description={t('nothingToDo')} /> }}
        columns={[
          { title: t('unit'), render: (_, r) => r.orgUnit.name },
          { title: t('campaign'), render: (_, r) => r.campaign.name },
          { title: t('status'), render: (_, r) => <StatusTag status={r.status} returned={!!r.returnReason} /> },
          { title: t('deadline'), responsive: ['md'], render: (_, r) => (r.campaign.deadlines as Record<string, string> | null)?.[DEADLINE_OF[r.status]] ?? '—' },
          { title: t('selfScore'), responsive: ['md'], align: 'right', render: (_, r) => points(r, r.selfScore) },
          { title: t('finalScore'), responsive: ['md'], align: 'right', render: (_, r) => points(r, r.finalScore) },
          { title: t('passed'), responsive: ['md'], render: (_, r) => (r.passed === null ? '—' : <Tag color={r.passed ? 'success' : 'error'}>{r.passed ? t('yes') : t('no')}</Tag>) },
          { title: t('grade'), responsive: ['md'], render: (_, r) => r.grade ?? '—' },
          {
            title: t('actions'),
            render: (_, r) => {
              const action = actionOf(r);
              return <Button type={action.label === 'view' ? 'default' : 'primary'} size="small" data-testid={`action-${r.orgUnit.name}`} onClick={() => navigate(action.path)}>{t(action.label)}</Button>;
            },
          },
        ]}
      />
      <LoadMore shown={work.nodes.length} total={work.totalCount} hasMore={work.hasNextPage} loading={work.isFetchingNextPage} onMore={() => void work.fetchNextPage()} />
    </Space>
  );
}
