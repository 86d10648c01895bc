// A campaign's results as people look at them: the score distribution, pass rate and progress
// by level with drill-down (district → street → community, county → town → school), the
// weakest indicators, the gap between self and final scores, 达标 rates, and a comparison with
// another campaign (last year's, on whatever system it used). Every figure is also a table and
// a PNG; all numbers are the server's, within the reader's scope.
import { Alert, Breadcrumb, Button, Card, Col, Empty, Row, Select, Space, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { operationName, useGraphQL } from '../../api/graphql';
import { loadAll } from '../../api/pages';
import { ActionError, Loading, NotFound, PageError } from '../../components/PageState';
import { graphql } from '../../gql';
import type { DashboardCampaignQuery } from '../../gql/graphql';
import { w } from '../../i18n/words';
import { ChartCard } from './ChartCard';

const CAMPAIGN = graphql(`
  query DashboardCampaign($id: ID!) {
    campaign(id: $id) {
      id name year orgUnit { id name } systemVersion { measure schema system { name } }
      stats {
        total submitted finalized passed averageScore coverage
        scoreDistribution(buckets: 10) { from to units }
        weakestIndicators(limit: 10) { code title maxScore averageScore share }
        indicatorGaps { code title level averageSelf averageFinal gap units }
        standardResults { code title met basic unmet unknown }
      }
    }
  }
`);
const BY_ATTRIBUTE = graphql(`
  query DashboardByAttribute($id: ID!, $a: String!) {
    campaign(id: $id) { stats { byAttribute(attribute: $a) { value total finalized passed averageScore coverage } } }
  }
`);
const CHILD_LEVEL = graphql(`
  query DashboardChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } orgLevels { code name } }
`);
const BY_ORG_UNIT = graphql(`
  query DashboardByOrgUnit($id: ID!, $level: String!, $under: ID) {
    campaign(id: $id) { stats { byOrgUnit(level: $level, under: $under) { orgUnit { id name } total submitted finalized passed averageScore coverage } } }
  }
`);
const OTHER_CAMPAIGNS = graphql(`
  query DashboardOtherCampaigns($after: String) {
    campaignConnection(first: 100, after: $after) { nodes { id name year } pageInfo { hasNextPage endCursor } }
  }
`);
const COMPARE = graphql(`
  query DashboardCompare($id: ID!, $other: ID!) {
    campaign(id: $id) {
      compareWith(campaignId: $other) {
        averageScore otherAverageScore passRate otherPassRate unmatched
        indicators { code title level rate otherCode otherTitle otherRate change }
      }
    }
  }
`);

type CampaignData = NonNullable<DashboardCampaignQuery['campaign']>;
type Stats = CampaignData['stats'];
/** The part of the system's JSON Schema the dashboard reads: the declared unit attributes. */
type SystemSchema = { 'x-system'?: { unitAttributes?: { properties?: Record<string, { title?: string; enum?: unknown[] }> } } };

/** A share (0–1) as a percentage with one decimal, as the charts plot it. */
const percent = (x: number) => Math.round(x * 1000) / 10;
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${percent(x)}%`);
const grid = { left: 48, right: 16, top: 36, bottom: 56, containLabel: true };

export function DashboardPage({ id }: { id: string }) {
  const navigate = useNavigate();
  const { data, error, isPending } = useGraphQL(CAMPAIGN, { id });
  if (error) return <PageError error={error} />;
  if (isPending) return <Loading />;
  const c = data.campaign;
  if (!c) return <NotFound />;
  const s = c.stats;
  const scored = c.systemVersion.measure !== 'STANDARD';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space orientation="vertical" size={0}>
          <Typography.Title level={3} style={{ margin: 0 }}>{w('统计图表')} · {c.name}</Typography.Title>
          <Typography.Text type="secondary">{c.systemVersion.system.name}</Typography.Text>
        </Space>
        <Button onClick={() => navigate(`/campaigns/${c.id}`)}>{w('返回督导评估')}</Button>
      </Space>
      <Row gutter={[12, 12]}>
        {[[w('受评单位'), s.total], [w('已评定'), s.finalized], [w('达标单位'), s.passed], [w('达标覆盖率'), pct(s.coverage)],
          ...(scored ? [[w('平均分'), s.averageScore ?? '—']] : [])]
          .map(([label, value]) => <Col xs={12} sm={8} lg={4} key={String(label)}><Card size="small"><Statistic title={label} value={value as never} /></Card></Col>)}
      </Row>
      {s.finalized === 0 && <Alert type="info" showIcon title={w('还没有已评定的单位：得分分布、短板和对比在专家评定后才有数据')} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}><ByLevel campaign={c} /></Col>
        {groupingAttributes(c).map(([name, title]) => <Col xs={24} xl={12} key={name}><ByAttribute campaignId={c.id} name={name} title={title} /></Col>)}
        {scored && <Col xs={24} xl={12}><Distribution stats={s} /></Col>}
        {scored && s.weakestIndicators.length > 0 && <Col xs={24} xl={12}><Weakest stats={s} /></Col>}
        {scored && s.indicatorGaps.length > 0 && <Col xs={24} xl={12}><Gaps stats={s} /></Col>}
        {s.standardResults.length > 0 && <Col span={24}><StandardRates stats={s} /></Col>}
        <Col span={24}><Comparison campaign={c} /></Col>
      </Row>
    </Space>
  );
}

function Distribution({ stats }: { stats: Stats }) {
  const rows = stats.scoreDistribution.map((b) => ({ ...b, label: `${b.from}–${b.to}` }));
  const option = useMemo(() => ({
    grid, tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((r) => r.label), name: w('得分'), nameLocation: 'middle', nameGap: 44, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', name: w('单位数'), minInterval: 1 },
    series: [{ type: 'bar', name: w('单位数'), data: rows.map((r) => r.units), itemStyle: { color: '#1668dc' } }],
  }), [stats]);
  return <ChartCard title={w('得分分布')} id="distribution" option={option} rows={rows} rowKey={(r) => r.label}
    columns={[{ title: w('得分'), dataIndex: 'label' }, { title: w('单位数'), dataIndex: 'units' }]} />;
}

function Weakest({ stats }: { stats: Stats }) {
  const rows = [...stats.weakestIndicators].reverse();
  const option = useMemo(() => ({
    grid: { ...grid, left: 8 }, tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: 'value', max: 100, name: w('得分率 %'), nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', data: rows.map((r) => `${r.code} ${r.title}`.slice(0, 16)) },
    series: [{ type: 'bar', name: w('得分率'), data: rows.map((r) => percent(r.share)), itemStyle: { color: '#d4380d' } }],
  }), [stats]);
  return <ChartCard title={w('短板弱项（得分率最低的指标）')} id="weakest" option={option} rows={stats.weakestIndicators} rowKey={(r) => r.code} height={340}
    columns={[{ title: w('指标'), render: (_, r) => `${r.code} ${r.title}` }, { title: w('分值'), dataIndex: 'maxScore' },
      { title: w('平均分'), dataIndex: 'averageScore' }, { title: w('得分率'), render: (_, r) => pct(r.share) }]} />;
}

function Gaps({ stats }: { stats: Stats }) {
  const rows = stats.indicatorGaps;
  const option = useMemo(() => ({
    grid, tooltip: { trigger: 'axis' }, legend: { top: 0 },
    dataZoom: rows.length > 15 ? [{ type: 'slider', start: 0, end: Math.min(100, (15 / rows.length) * 100), height: 16, bottom: 4 }] : [],
    xAxis: { type: 'category', data: rows.map((r) => r.code) },
    yAxis: { type: 'value', name: w('分') },
    series: [
      { type: 'bar', name: w('平均自评'), data: rows.map((r) => r.averageSelf), itemStyle: { color: '#8c8c8c' } },
      { type: 'bar', name: w('平均最终'), data: rows.map((r) => r.averageFinal), itemStyle: { color: '#1668dc' } },
    ],
  }), [stats]);
  return <ChartCard title={w('自评与最终得分')} id="gaps" option={option} rows={rows} rowKey={(r) => r.code}
    columns={[{ title: w('指标'), render: (_, r) => `${r.code} ${r.title}` }, { title: w('平均自评'), dataIndex: 'averageSelf' },
      { title: w('平均最终'), dataIndex: 'averageFinal' }, { title: w('差（最终 − 自评）'), dataIndex: 'gap' }, { title: w('单位数'), dataIndex: 'units' }]} />;
}

function StandardRates({ stats }: { stats: Stats }) {
  const rows = stats.standardResults;
  const series = ([['met', '达标', '#389e0d'], ['basic', '基本达标', '#d48806'], ['unmet', '未达标', '#cf1322'], ['unknown', '未认定', '#8c8c8c']] as const)
    .map(([key, name, color]) => ({ type: 'bar', stack: 'all', name: w(name), data: rows.map((r) => r[key]), itemStyle: { color } }));
  const option = useMemo(() => ({ grid, tooltip: { trigger: 'axis' }, legend: { top: 0 }, xAxis: { type: 'category', data: rows.map((r) => r.code) }, yAxis: { type: 'value', name: w('单位数'), minInterval: 1 }, series }), [stats]);
  return <ChartCard title={w('达标类指标的认定结果')} id="standard" option={option} rows={rows} rowKey={(r) => r.code}
    columns={[{ title: w('指标'), render: (_, r) => `${r.code} ${r.title}` }, { title: w('达标'), dataIndex: 'met' }, { title: w('基本达标'), dataIndex: 'basic' },
      { title: w('未达标'), dataIndex: 'unmet' }, { title: w('未认定'), dataIndex: 'unknown' },
      { title: w('达标率'), render: (_, r) => pct(r.met + r.basic + r.unmet ? r.met / (r.met + r.basic + r.unmet) : null) }]} />;
}

/** Pass coverage and progress (finalised / total) per group, in %, one pair of bars per label. */
function coverageOption(labels: string[], rows: { coverage: number; finalized: number; total: number }[]) {
  return {
    grid, tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` }, legend: { top: 0 },
    xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', max: 100, name: '%' },
    series: [
      { type: 'bar', name: w('达标覆盖率'), data: rows.map((r) => percent(r.coverage)), itemStyle: { color: '#389e0d' } },
      { type: 'bar', name: w('评定进度'), data: rows.map((r) => (r.total ? percent(r.finalized / r.total) : 0)), itemStyle: { color: '#1668dc' } },
    ],
  };
}

/** Declared unit attributes with a fixed set of values (学段: 小学 / 初中): those worth grouping by. */
function groupingAttributes(c: CampaignData): [string, string][] {
  const properties = (c.systemVersion.schema as SystemSchema | null)?.['x-system']?.unitAttributes?.properties ?? {};
  return Object.entries(properties).filter(([, p]) => Array.isArray(p.enum)).map(([name, p]) => [name, p.title ?? name]);
}

function ByAttribute({ campaignId, name, title }: { campaignId: string; name: string; title: string }) {
  const { data, error } = useGraphQL(BY_ATTRIBUTE, { id: campaignId, a: name });
  const rows = (data?.campaign?.stats.byAttribute ?? []).map((r) => ({ ...r, label: r.value ?? w('未填') }));
  const option = useMemo(() => coverageOption(rows.map((r) => r.label), rows), [data]);
  if (error) return <Alert type="error" showIcon title={w('分组统计未能读取：{message}，请刷新页面重试', { message: error.message })} />;
  return <ChartCard title={w('按{attribute}', { attribute: title })} id={`by-${name}`} option={option} rows={rows} rowKey={(r) => r.label}
    columns={[{ title, dataIndex: 'label' }, { title: w('受评单位'), dataIndex: 'total' }, { title: w('已评定'), dataIndex: 'finalized' },
      { title: w('达标单位'), dataIndex: 'passed' }, { title: w('达标覆盖率'), render: (_, r) => pct(r.coverage) }]} />;
}

/** Pass rate and progress per unit one level down; a bar (or row) opens that unit's own units. */
function ByLevel({ campaign }: { campaign: CampaignData }) {
  const [trail, setTrail] = useState<{ id: string; name: string }[]>(campaign.orgUnit ? [campaign.orgUnit] : []);
  const here = trail.at(-1);
  // The level one down from here (none at the bottom), then the campaign's figures per unit of it.
  const child = useGraphQL(CHILD_LEVEL, { p: here?.id ?? null }, { enabled: !!here });
  const level = child.data?.orgUnits.nodes[0]?.level;
  const byUnit = useGraphQL(BY_ORG_UNIT, { id: campaign.id, level: level ?? '', under: here?.id ?? null }, { enabled: !!level });
  const rows = useMemo(() => byUnit.data?.campaign?.stats.byOrgUnit ?? [], [byUnit.data]);
  const levelName = child.data?.orgLevels.find((l) => l.code === level)?.name ?? level ?? '';
  const option = useMemo(() => coverageOption(rows.map((r) => r.orgUnit.name), rows), [rows]);
  const crumbs = <Breadcrumb items={trail.map((u, i) => ({ title: i < trail.length - 1 ? <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setTrail(trail.slice(0, i + 1))}>{u.name}</Button> : u.name }))} />;
  if (!here) return null;
  const error = child.error ?? byUnit.error;
  if (error) return <Alert type="error" showIcon title={w('分组统计未能读取：{message}，请刷新页面重试', { message: error.message })} />;
  if (child.isPending || (level && byUnit.isPending)) return <Card size="small" title={w('按层级')}><Loading /></Card>;
  if (!level) return <Card size="small" title={w('按层级')} extra={crumbs}><Empty description={w('{name}之下没有更下一级的单位', { name: here.name })} /></Card>;
  return (
    <ChartCard title={w('按{level}：达标覆盖率与评定进度（点击下钻）', { level: levelName })} id="by-level" option={option} rows={rows} rowKey={(r) => r.orgUnit.id}
      onPick={(r) => setTrail([...trail, r.orgUnit])} extra={crumbs}
      columns={[{ title: levelName, render: (_, r) => r.orgUnit.name }, { title: w('受评单位'), dataIndex: 'total' }, { title: w('已评定'), dataIndex: 'finalized' },
        { title: w('达标单位'), dataIndex: 'passed' }, { title: w('平均分'), render: (_, r) => r.averageScore ?? '—' }, { title: w('达标覆盖率'), render: (_, r) => pct(r.coverage) }]} />
  );
}

/** This campaign against another chosen from the list (systems may differ: indicators matched by code or sameAs). */
function Comparison({ campaign }: { campaign: CampaignData }) {
  const [other, setOther] = useState<string>();
  // Every campaign the reader may see, a page at a time: last year's may be far down the list.
  const othersQuery = useQuery({ queryKey: [operationName(OTHER_CAMPAIGNS), {}], queryFn: () => loadAll(OTHER_CAMPAIGNS, {}, (d) => d.campaignConnection) });
  const others = (othersQuery.data ?? []).filter((n) => n.id !== campaign.id);
  const compared = useGraphQL(COMPARE, { id: campaign.id, other: other ?? '' }, { enabled: !!other });
  const result = compared.data?.campaign?.compareWith;
  const rows = useMemo(() => (result ? result.indicators.filter((i) => i.level === 1 || result.indicators.length <= 30) : []), [result]);
  const option = useMemo(() => ({
    grid, tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) }, legend: { top: 0 },
    xAxis: { type: 'category', data: rows.map((r) => r.code) }, yAxis: { type: 'value', max: 100, name: '%' },
    series: [
      { type: 'bar', name: w('对比'), data: rows.map((r) => (r.otherRate === null ? null : percent(r.otherRate))), itemStyle: { color: '#8c8c8c' } },
      { type: 'bar', name: w('本次'), data: rows.map((r) => (r.rate === null ? null : percent(r.rate))), itemStyle: { color: '#1668dc' } },
    ],
  }), [rows]);
  const picker = (
    <Select style={{ minWidth: 240 }} placeholder={w('选择对比的督导评估')} value={other} onChange={setOther} aria-label={w('选择对比的督导评估')} data-testid="compare-with"
      options={others.map((o) => ({ value: o.id, label: `${o.year} · ${o.name}` }))} notFoundContent={w('没有其他可对比的督导评估')} />
  );
  // The list to choose from could not be read: said in the card, not shown as an empty list.
  const othersError = <ActionError error={othersQuery.error} />;
  const card = (body: ReactNode) => <Card size="small" title={w('对比（如与上一年度）')} extra={picker}>{body}</Card>;
  if (!other) return card(<>{othersError}<Empty description={w('选择另一项督导评估，按指标代码逐项对比（体系改版后代码不同的，按体系中注明的对应关系）')} /></>);
  if (compared.error) return card(<Alert type="error" showIcon title={compared.error.message} />);
  if (compared.isPending) return card(<>{othersError}<Loading /></>);
  if (!result) return card(<Alert type="error" showIcon title={w('notFound')} />);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ChartCard title={w('对比：各指标得分率或达标率')} id="compare" option={option} rows={rows} rowKey={(r) => r.code} extra={picker}
        columns={[{ title: w('本次指标'), render: (_, r) => `${r.code} ${r.title}` }, { title: w('对比指标'), render: (_, r) => (r.otherCode ? `${r.otherCode} ${r.otherTitle}` : w('无对应')) },
          { title: w('本次'), render: (_, r) => pct(r.rate) }, { title: w('对比'), render: (_, r) => pct(r.otherRate) },
          { title: w('变化'), render: (_, r) => (r.change === null ? '—' : `${r.change > 0 ? '+' : ''}${percent(r.change)}%`) }]} />
      <Typography.Text type="secondary" data-testid="compare-summary">
        {w('平均分 {a}（对比 {b}），合格率 {c}（对比 {d}）', { a: result.averageScore ?? '—', b: result.otherAverageScore ?? '—', c: pct(result.passRate), d: pct(result.otherPassRate) })}
        {result.unmatched.length > 0 && ` · ${w('对比评估中未对应的指标：{codes}', { codes: result.unmatched.join('、') })}`}
      </Typography.Text>
    </Space>
  );
}
