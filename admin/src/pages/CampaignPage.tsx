// A campaign for its managers: every target with status, self-score, final score, pass and
// grade; counts per status; the statistics; the weakest indicators; an Excel export.
import { DownOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Dropdown, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useOrgLevels } from '../api/levels';
import { loadAllAssessments } from '../api/pages';
import { gql } from '../api/client';
import type { Assessment, Campaign, CampaignStats } from '../api/schema';
import { useQuery } from '../api/useQuery';
import { ActionError, Loading, PageError } from '../components/PageState';
import { StatusTag } from '../components/StatusTag';
import { useI18n } from '../i18n/i18n';
import { w } from '../i18n/words';
import { navigate } from '../router';

const QUERY = `query($id: ID!) { campaign(id: $id) { id name year status passScore deadlines orgUnit { id } systemVersion { number kind system { name } }
  stats { total submitted finalized passed averageScore maxScore minScore coverage
    weakestIndicators(limit: 5) { code title maxScore averageScore share units }
    standardResults { code title level met basic unmet unknown } } } }`;
const TARGET_FIELDS = 'id status selfScore streetScore finalScore passed grade returnReason orgUnit { name code }';

type Target = Pick<Assessment, 'id' | 'status' | 'selfScore' | 'streetScore' | 'finalScore' | 'passed' | 'grade' | 'returnReason'> & { orgUnit: { name: string; code: string } };

export function CampaignPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useQuery<{ campaign: Campaign & { stats: CampaignStats } }>(QUERY, { id });
  const [targets, setTargets] = useState<Target[]>();
  const [actionError, setActionError] = useState<unknown>();
  const [version, setVersion] = useState(0);
  const changeStatus = async (mutation: 'openCampaign' | 'closeCampaign' | 'publishCampaign') => {
    try {
      await gql(`mutation($id: ID!) { ${mutation}(id: $id) { status } }`, { id });
      reload();
      setVersion((v) => v + 1);
    } catch (err) {
      setActionError(err);
    }
  };
  useEffect(() => {
    loadAllAssessments<Target>(id, TARGET_FIELDS).then(setTargets, () => setTargets([]));
  }, [id, version]);
  const byUnit = useGroupStats(id, data?.campaign.orgUnit?.id, version);
  const levels = useOrgLevels();
  if (loading && !data) return <Loading />;
  if (error) return <PageError error={error} />;
  const c = data!.campaign;
  const s = c.stats;
  // A 达标 table has no points: no score figures or columns, which would all read 0.
  const scored = c.systemVersion.kind !== 'standard';
  const counts = ['DRAFT', 'SUBMITTED', 'RECOMMENDED', 'FINALIZED'].map((status) => [status, (targets ?? []).filter((x) => x.status === status).length] as const);
  // Exported by the server (GET /api/export/…, the session's scope): every indicator by stage, streamed.
  const exportUrl = (format: string) => `/api/export/campaigns/${c.id}.${format}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space orientation="vertical" size={0}>
          <Typography.Title level={3} style={{ margin: 0 }}>{c.name}</Typography.Title>
          <Typography.Text type="secondary">{c.systemVersion.system.name} v{c.systemVersion.number} · {t(`campaign_${c.status}` as never)}{scored ? ` · ${t('passScore')} ${c.passScore}` : ''}</Typography.Text>
        </Space>
        <Space>
          {c.status === 'DRAFT' && <Button type="primary" onClick={() => changeStatus('openCampaign')} data-testid="open-campaign">{w('开始填报')}</Button>}
          {c.status === 'OPEN' && <Button onClick={() => changeStatus('closeCampaign')}>{w('截止填报')}</Button>}
          {c.status === 'CLOSED' && <Button onClick={() => changeStatus('publishCampaign')}>{w('公布结果')}</Button>}
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
      <Table<Target> rowKey="id" size="small" loading={!targets} dataSource={targets} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="targets" columns={[
        { title: t('unit'), render: (_, x) => <span data-testid={`target-${x.orgUnit.name}`}>{x.orgUnit.name}</span> },
        { title: t('status'), render: (_, x) => <StatusTag status={x.status} returned={!!x.returnReason} /> },
        ...(scored ? [
          { title: t('selfScore'), key: 'self', align: 'right' as const, render: (_: unknown, x: Target) => x.selfScore },
          { title: t('streetScore'), key: 'street', align: 'right' as const, render: (_: unknown, x: Target) => x.streetScore ?? '—' },
          { title: t('finalScore'), key: 'final', align: 'right' as const, render: (_: unknown, x: Target) => x.finalScore ?? '—' },
        ] : []),
        { title: t('passed'), render: (_, x) => (x.passed === null ? '—' : <Tag color={x.passed ? 'green' : 'red'}>{x.passed ? t('yes') : t('no')}</Tag>) },
        ...(scored ? [{ title: t('grade'), key: 'grade', render: (_: unknown, x: Target) => x.grade ?? '—' }] : []),
        { title: t('actions'), render: (_, x) => <Button size="small" onClick={() => navigate(`/assessments/${x.id}/${x.status === 'DRAFT' ? 'fill' : 'review'}`)}>{t('view')}</Button> },
      ]} />
      <Row gutter={12}>
        {byUnit?.error && <Col span={24}><Alert type="error" showIcon title={w('分组统计未能读取：{message}，请刷新页面重试', { message: byUnit.error })} /></Col>}
        {byUnit && byUnit.rows.length > 0 && (
          <Col xs={24} lg={12}>
            <Card size="small" title={w('按{level}', { level: levels.find((l) => l.code === byUnit.level)?.name ?? byUnit.level })} data-testid="by-unit">
              <Table size="small" rowKey={(r) => r.orgUnit.name} pagination={false} dataSource={byUnit.rows} columns={[
                { title: t('unit'), render: (_, r) => r.orgUnit.name }, { title: t('total_units'), dataIndex: 'total' },
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

interface GroupStats { level: string; rows: GroupRow[]; error?: string }
interface GroupRow { orgUnit: { name: string }; total: number; submitted: number; finalized: number; passed: number; averageScore: number | null; coverage: number }

/**
 * Statistics by the units one level below the campaign's owner — streets of a district, towns
 * of a county — whatever the level is called; none when the owner has no units below it.
 */
function useGroupStats(campaignId: string, ownerId: string | undefined, version: number): GroupStats | undefined {
  const [stats, setStats] = useState<GroupStats>();
  useEffect(() => {
    if (!ownerId) return;
    let live = true;
    void (async () => {
      const children = await gql<{ orgUnits: { nodes: { level: string }[] } }>(`query($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } }`, { p: ownerId });
      const level = children.orgUnits.nodes[0]?.level;
      if (!level) return;
      const r = await gql<{ campaign: { stats: { byOrgUnit: GroupRow[] } } }>(`query($id: ID!, $level: String!) { campaign(id: $id) { stats {
        byOrgUnit(level: $level) { orgUnit { name } total submitted finalized passed averageScore coverage } } } }`, { id: campaignId, level });
      if (live) setStats({ level, rows: r.campaign.stats.byOrgUnit });
    })().catch((e: Error) => live && setStats({ level: '', rows: [], error: e.message }));
    return () => { live = false; };
  }, [campaignId, ownerId, version]);
  return stats;
}
