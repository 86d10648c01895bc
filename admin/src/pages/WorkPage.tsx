// "My work": what waits for this person, by role — staff fill their unit's self-assessment,
// the street reviews what was submitted below it, the expert what the street recommended,
// an administrator sees everything in its subtree.
import { Button, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { loadAllAssessments } from '../api/pages';
import { gql } from '../api/client';
import type { Assessment, Campaign, Role } from '../api/schema';
import { useCurrentUser } from '../api/session';
import { Loading, PageError } from '../components/PageState';
import { StatusTag } from '../components/StatusTag';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';

const FIELDS = 'id status selfScore finalScore passed grade returnReason orgUnit { id name }';

/** Every campaign's assessments in this person's scope. */
async function loadWork(): Promise<Row[]> {
  const { campaigns } = await gql<{ campaigns: WorkCampaign[] }>(`{ campaigns { id name status deadlines systemVersion { kind } } }`);
  const lists = await Promise.all(campaigns.map(async (c) => (await loadAllAssessments<Omit<Row, 'campaign'>>(c.id, FIELDS)).map((a) => ({ ...a, campaign: c }))));
  return lists.flat();
}

type WorkCampaign = Pick<Campaign, 'id' | 'name' | 'status' | 'deadlines'> & { systemVersion: { kind: string | null } };
type Row = Pick<Assessment, 'id' | 'status' | 'selfScore' | 'finalScore' | 'passed' | 'grade' | 'returnReason'> & {
  orgUnit: { id: string; name: string }; campaign: WorkCampaign;
};

/** Points mean something only in a scored system; a 达标 table's total is always 0, so it shows a dash. */
const points = (r: Row, value: number | null | undefined) => (r.campaign.systemVersion.kind === 'standard' || value === null || value === undefined ? '—' : value);

const WAITING: Record<Role, string[]> = { STAFF: ['DRAFT'], REVIEWER: ['SUBMITTED'], EXPERT: ['RECOMMENDED'], ADMIN: ['DRAFT', 'SUBMITTED', 'RECOMMENDED'] };
const DEADLINE_OF: Record<string, string> = { DRAFT: 'submit', SUBMITTED: 'review', RECOMMENDED: 'expert' };

/** Where a row leads this person: filling, reviewing, or reading. */
export function actionFor(role: Role, row: Row): { label: 'fill' | 'review' | 'view'; path: string } {
  const fill = { label: 'fill' as const, path: `/assessments/${row.id}/fill` };
  const review = { label: 'review' as const, path: `/assessments/${row.id}/review` };
  if (row.status === 'DRAFT' && (role === 'STAFF' || role === 'ADMIN') && row.campaign.status === 'OPEN') return fill;
  if ((row.status === 'SUBMITTED' && (role === 'REVIEWER' || role === 'ADMIN')) || (row.status === 'RECOMMENDED' && (role === 'EXPERT' || role === 'ADMIN'))) return review;
  return { label: 'view', path: row.status === 'DRAFT' ? fill.path : review.path };
}

export function WorkPage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const [filter, setFilter] = useState<'toDo' | 'all'>('toDo');
  const [state, setState] = useState<{ rows?: Row[]; error?: unknown }>({});
  useEffect(() => { loadWork().then((rows) => setState({ rows }), (error) => setState({ error })); }, []);
  if (state.error) return <PageError error={state.error} />;
  if (!state.rows) return <Loading />;
  const rows = state.rows;
  const shown = filter === 'all' ? rows : rows.filter((r) => WAITING[user.role].includes(r.status));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('myWork')}</Typography.Title>
        <Segmented value={filter} onChange={(v) => setFilter(v as 'toDo' | 'all')} options={[{ value: 'toDo', label: t('toDo') }, { value: 'all', label: t('all') }]} />
      </Space>
      <Table<Row>
        rowKey="id" dataSource={shown} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('nothingToDo')} /> }}
        columns={[
          { title: t('unit'), render: (_, r) => r.orgUnit.name },
          { title: t('campaign'), render: (_, r) => r.campaign.name },
          { title: t('status'), render: (_, r) => <StatusTag status={r.status} returned={!!r.returnReason} /> },
          { title: t('deadline'), render: (_, r) => r.campaign.deadlines?.[DEADLINE_OF[r.status]] ?? '—' },
          { title: t('selfScore'), align: 'right', render: (_, r) => points(r, r.selfScore) },
          { title: t('finalScore'), align: 'right', render: (_, r) => points(r, r.finalScore) },
          { title: t('passed'), render: (_, r) => (r.passed === null ? '—' : <Tag color={r.passed ? 'green' : 'red'}>{r.passed ? t('yes') : t('no')}</Tag>) },
          { title: t('grade'), render: (_, r) => r.grade ?? '—' },
          {
            title: t('actions'),
            render: (_, r) => {
              const action = actionFor(user.role, r);
              return <Button type={action.label === 'view' ? 'default' : 'primary'} size="small" data-testid={`action-${r.orgUnit.name}`} onClick={() => navigate(action.path)}>{t(action.label)}</Button>;
            },
          },
        ]}
      />
    </Space>
  );
}
