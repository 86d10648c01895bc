// A campaign for its managers: every target with status, self-score, final score, pass and
// grade; counts per status; the statistics; the weakest indicators; exports.
import { DownOutlined } from '@ant-design/icons';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Dropdown, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { refresh, request, useGraphQL, useGraphQLPages } from '../api/graphql';
import { levelNamed, useOrgLevels } from '../api/levels';
import { LoadMore } from '../components/LoadMore';
import { ActionError, Loading, PageError } from '../components/PageState';
import { StatusTag } from '../components/StatusTag';
import { graphql } from '../gql';
import type { CampaignTargetsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { w } from '../i18n/words';
import { CAMPAIGN_LIST } from './CampaignsPage';

const CAMPAIGN = graphql(`query CampaignOverview($id: ID!) { campaign(id: $id) {
  id name year status passScore deadlines orgUnit { id } systemVersion { number measure system { name } } viewerCan { manage }
  draft: assessments(status: DRAFT, first: 1) { totalCount }
  submitted: assessments(status: SUBMITTED, first: 1) { totalCount }
  recommended: assessments(status: RECOMMENDED, first: 1) { totalCount }
  finalized: assessments(status: FINALIZED, first: 1) { totalCount }
  stats { total submitted finalized passed averageScore maxScore minScore coverage
    weakestIndicators(limit: 5) { code title maxScore averageScore share units }
    standardResults { code title level met basic unmet unknown } } } }`);
const TARGETS = graphql(`query CampaignTargets($id: ID!, $after: String) { campaign(id: $id) { id assessments(first: 100, after: $after) {
  totalCount nodes { id status selfScore streetScore finalScore passed grade returnReason orgUnit { name code } } pageInfo { hasNextPage endCursor } } } }`);
const CHILD_LEVEL = graphql(`query CampaignChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } }`);
const BY_UNIT = graphql(`query CampaignByUnit($id: ID!, $level: String!) { campaign(id: $id) { id stats {
  byOrgUnit(level: $level) { orgUnit { name } total submitted finalized passed averageScore coverage } } } }`);
const OPEN = graphql(`mutation OpenCampaign($id: ID!) { openCampaign(id: $id) { id status } }`);
const CLOSE = graphql(`mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status } }`);
const PUBLISH = graphql(`mutation PublishCampaign($id: ID!) { publishCampaign(id: $id) { id status } }`);

type Target = NonNullable<CampaignTargetsQuery['campaign']>['assessments']['nodes'][number];

export function CampaignPage({ id }: { id: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data, error, isPending } = useGraphQL(CAMPAIGN, { id });
  const targets = useGraphQLPages(TARGETS, { id }, (d) => d.campaign?.assessments);
  const [actionError, setActionError] = useState<unknown>();
  const changeStatus = async (mutation: TypedDocumentNode<unknown, { id: string }>) => {
    try {
      await request(mutation, { id });
      await refresh(CAMPAIGN, TARGETS, BY_UNIT, CAMPAIGN_LIST);
    } catch (err) {
      setActionError(err);
    }
  };
  const byUnit = useGroupStats(id, data?.campaign?.orgUnit?.id);
  const { levels } = useOrgLevels();
  if (isPending) return <Loading />;
  if (error) return <PageError error={error} />;
  if (!data.campaign) return <PageError error={new Error(t('notFound'))} />;
  const c = data.campaign;
  const s = c.stats;
  // A 达标 table has no points: no score figures or columns, which would all read 0.
  const scored = c.systemVersion.measure !== 'STANDARD';
  const counts = [['DRAFT', c.draft], ['SUBMITTED', c.submitted], ['RECOMMENDED', c.recommended], ['FINALIZED', c.finalized]].map(([status, n]) => [status as string, (n as { totalCount: number }).totalCount] as const);
  // Exported by the server (GET /api/export/…, the session's scope): every indicator by stage, streamed.
  const exportUrl = (format: string) => `/api/export/campaigns/${c.id}.${format}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space orientation="vertical" size={0}>
          <Typography.Title level={3} style={{ margin: 0 }}>{c.name}</Typography.Title>
          <Typography.Text type="secondary">{c.systemVersion.system.name} v{c.systemVersion.number} · {t(`campaign_${c.status}`)}{scored ? ` · ${t('passScore')} ${c.passScore}` : ''}</Typography.Text>
        </Space>
        <Space wrap>
          {c.viewerCan.manage && c.status === 'DRAFT' && <Button type="primary" onClick={() => changeStatus(OPEN)} data-testid="open-campaign">{w('开始填报')}</Button>}
          {c.viewerCan.manage && c.status === 'OPEN' && <Button onClick={() => changeStatus(CLOSE)}>{w('截止填报')}</Button>}
          {c.viewerCan.manage && c.status === 'CLOSED' && <Button onClick={() => changeStatus(PUBLISH)}>{w('公布结果')}</Button>}
          <Button onClick={() => navigate(`/campaigns/${c.id}/dashboard`)} data-testid="open-dashboard">{w('统计图表')}</Button>
          <Button type="primary" href={exportUrl('xlsx')} download data-testid="export">{t('exportExcel')}</Button>
          <Dropdown menu={{ items: [
            { key: 'csv', label: <a href={exportUrl('csv')} download data-testid="export-csv">CSV</a> },
            { key: 'jsonl', label: <a href={exportUrl('jsonl')} download>JSON Lines</a> },
          ] }}>
            <Button aria-label={t('exportOther')}>{t('exportOther')} <DownOutlined /></Button>
          </Dropdown>
        </Space>
      </Space>
      <ActionError error={actionError} onClose={() => setActionError(undefined)} />
      <Row gutter={[12, 12]}>
        {[[t('total_units'), s.total], [t('submittedCount'), s.submitted], [t('finalizedCount'), s.finalized], [t('passedCount'), s.passed],
          ...(scored ? [[t('averageScore'), s.averageScore ?? '—'], [t('highest'), s.maxScore ?? '—'], [t('lowest'), s.minScore ?? '—']] : []),
          [t('coverage'), `${Math.round(s.coverage * 1000) / 10}%`]]
          .map(([label, value]) => <Col xs={12} sm={8} lg={3} key={String(label)}><Card size="small"><Statistic title={label} value={value as never} /></Card></Col>)}
      </Row>
      <Space>{counts.map(([status, n]) => <span key={status}><StatusTag status={status} /> {n}</span>)}</Space>
      <ActionError error={targets.error} />
      <Table<Target> rowKey="id" size="small" loading={targets.isPending} locale={targets.isPending ? { emptyText: ' ' } : undefined} dataSource={targets.nodes} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="targets" columns={[
        { title: t('unit'), render: (_, x) => <span data-testid={`target-${x.orgUnit.name}`}>{x.orgUnit.name}</span> },
        { title: t('status'), render: (_, x) => <StatusTag status={x.status} returned={!!x.returnReason} /> },
        ...(scored ? [
          { title: t('selfScore'), key: 'self', align: 'right' as const, render: (_: unknown, x: Target) => x.selfScore },
          { title: t('streetScore'), key: 'street', align: 'right' as const, render: (_: unknown, x: Target) => x.streetScore ?? '—' },
          { title: t('finalScore'), key: 'final', align: 'right' as const, render: (_: unknown, x: Target) => x.finalScore ?? '—' },
        ] : []),
        { title: t('passed'), render: (_, x) => (x.passed === null ? '—' : <Tag color={x.passed ? 'success' : 'error'}>{x.passed ? t('yes') : t('no')}</Tag>) },
        ...(scored ? [{ title: t('grade'), key: 'grade', render: (_: unknown, x: Target) => x.grade ?? '—' }] : []),
        { title: t('actions'), render: (_, x) => <Button size="small" onClick={() => navigate(`/assessments/${x.id}/${x.status === 'DRAFT' ? 'fill' : 'review'}`)}>{t('view')}</Button> },
      ]} />
      <LoadMore shown={targets.nodes.length} total={targets.totalCount} hasMore={targets.hasNextPage} loading={targets.isFetchingNextPage} onMore={() => void targets.fetchNextPage()} />
      <Row gutter={12}>
        {byUnit?.error && <Col span={24}><Alert type="error" showIcon title={w('分组统计未能读取：{message}，请刷新页面重试', { message: byUnit.error })} /></Col>}
        {byUnit && byUnit.rows.length > 0 && (
          <Col xs={24} lg={12}>
            <Card size="small" title={w('按{level}', { level: levelNamed(levels, byUnit.level) ?? byUnit.level })} data-testid="by-unit">
              <Table size="small" rowKey={(r) => r.orgUnit.name} pagination={false} dataSource={byUnit.rows} columns={[
                // The group (a street, say) and how many units under it are assessed: two headers, not 受评单位 twice.
                { title: levelNamed(levels, byUnit.level) ?? t('unit'), render: (_, r) => r.orgUnit.name }, { title: t('unitCount'), dataIndex: 'total' },
                { title: t('finalizedCount'), dataIndex: 'finalized' }, { title: t('passedCount'), dataIndex: 'passed' },
                ...(scored ? [{ title: t('averageScore'), key: 'average', render: (_: unknown, r: GroupRow) => r.averageScore ?? '—' }] : []),
                { title: t('coverage'), render: (_, r) => `${Math.round(r.coverage * 1000) / 10}%` },
              ]} />
            </Card>
          </Col>
        )}
        {scored && <Col xs={24} lg={12}>
          <Card size="small" title={t('weakest')}>
            <Table size="small" rowKey="code" pagination={false} dataSource={s.weakestIndicators} columns={[
              { title: t('code'), dataIndex: 'code' }, { title: t('title'), dataIndex: 'title' }, { title: t('maxScore'), dataIndex: 'maxScore' },
              { title: t('averageScore'), dataIndex: 'averageScore' }, { title: t('share'), render: (_, r) => `${Math.round(r.share * 1000) / 10}%` },
            ]} />
          </Card>
        </Col>}
        {s.standardResults.length > 0 && (
          <Col span={24}>
            <Card size="small" title={t('standardStats')}>
              <Table size="small" rowKey="code" pagination={false} dataSource={s.standardResults} data-testid="standard-stats" columns={[
                { title: t('code'), dataIndex: 'code' }, { title: t('title'), dataIndex: 'title' },
                { title: t('result_met'), dataIndex: 'met' }, { title: t('result_basic'), dataIndex: 'basic' }, { title: t('result_unmet'), dataIndex: 'unmet' },
                { title: t('noResult'), dataIndex: 'unknown' },
              ]} />
            </Card>
          </Col>
        )}
      </Row>
    </Space>
  );
}

type GroupRow = NonNullable<Awaited<ReturnType<typeof loadGroupStats>>>['rows'][number];

/** Statistics by the units one level below the campaign's owner, or none when it has no units below it. */
async function loadGroupStats(campaignId: string, ownerId: string) {
  const children = await request(CHILD_LEVEL, { p: ownerId });
  const level = children.orgUnits.nodes[0]?.level;
  if (!level) return null;
  const r = await request(BY_UNIT, { id: campaignId, level });
  return { level, rows: r.campaign?.stats.byOrgUnit ?? [], error: undefined as string | undefined };
}

/**
 * Statistics by the units one level below the campaign's owner — streets of a district, towns
 * of a county — whatever the level is called.
 */
function useGroupStats(campaignId: string, ownerId: string | undefined) {
  const q = useQuery({ queryKey: [BY_UNIT_KEY, campaignId, ownerId], queryFn: () => loadGroupStats(campaignId, ownerId!), enabled: !!ownerId });
  if (q.error) return { level: '', rows: [] as GroupRow[], error: (q.error as Error).message };
  return q.data ?? undefined;
}

const BY_UNIT_KEY = 'CampaignByUnit';
