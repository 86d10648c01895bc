// The form exactly as staff will see it, doubling as the test panel: sample answers and a
// sample unit in, every computed field, each indicator's score and the total out — from the
// engine the server runs; "服务器核对" asks previewAssessment to confirm.
import { Alert, Button, Space, Table, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { compileSystem, deepMerge, type Evaluation, evaluate, type Fault, type Scores, type StandardResult, stripComputed } from '../../../../server/engine/index.js';
import { request } from '../../api/graphql';
import { ActionError } from '../../components/PageState';
import { byCode, FillContext } from '../../forms/fill-context';
import { graphql } from '../../gql';
import { GeneratedForm } from '../../forms/rjsf';
import { sectionsOf } from '../../forms/sections';
import { ResultTag } from '../../forms/StandardResult';
import { w } from '../../i18n/words';
import { SampleInputs, sampleUnit, type SourceLinks } from './SampleInputs';

const SERVER_CHECK = graphql(`
  query PreviewPanelServerCheck($s: JSON!, $d: JSON!, $u: JSON, $ss: JSON, $src: [CampaignSourceInput!]) {
    previewAssessment(schema: $s, data: $d, unit: $u, selfScores: $ss, sources: $src) { total passed valid faults { path message } }
  }
`);

export interface PreviewPanelProps {
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  faults: Fault[];
  sample: Record<string, unknown>;
  onSample: (data: Record<string, unknown>) => void;
  population: number;
  onPopulation: (n: number) => void;
  attributes: Record<string, unknown>;
  onAttributes: (a: Record<string, unknown>) => void;
  sources: SourceLinks;
  onSources: (s: SourceLinks) => void;
  /** What the sample computes, for the formula editor's sample values. */
  onComputed: (computed: Record<string, unknown>) => void;
}

export function PreviewPanel({ schema, uiSchema, faults, sample, onSample, population, onPopulation, attributes, onAttributes, sources, onSources, onComputed }: PreviewPanelProps) {
  const compiled = useMemo(() => { const r = compileSystem(schema); return r.ok ? r.compiled : undefined; }, [schema]);
  const [selfScores, setSelfScores] = useState<Scores>({});
  const [evaluation, setEvaluation] = useState<Evaluation>();
  const [server, setServer] = useState<string>();
  const [serverError, setServerError] = useState<unknown>();
  const [evaluationError, setEvaluationError] = useState<string>();
  const [active, setActive] = useState<string>();
  const unit = useMemo(() => sampleUnit(schema, population, attributes), [schema, population, attributes]);
  const sourceRows = useMemo(() => Object.fromEntries(Object.entries(sources).map(([name, s]) => [name, s.rows])), [sources]);
  useEffect(() => {
    if (!compiled) return setEvaluation(undefined);
    let live = true;
    evaluate(compiled, { data: sample, unit, selfScores, sources: sourceRows }).then((ev) => {
      if (!live) return;
      setEvaluationError(undefined);
      setEvaluation(ev);
      onComputed(ev.computed);
    }, (err: unknown) => live && setEvaluationError(w('样例无法计算：{message}', { message: err instanceof Error ? err.message : String(err) })));
    return () => { live = false; };
  }, [compiled, sample, unit, selfScores, sourceRows, onComputed]);
  // Stable section schemas: a new schema object on every render makes rjsf reset its state mid-typing.
  const sections = useMemo(() => (compiled ? sectionsOf(schema, uiSchema, compiled.system) : []), [compiled, schema, uiSchema]);
  if (!compiled) {
    return <Alert type="warning" showIcon title={w("体系还有问题，改正后才能预览")} description={<ul style={{ margin: 0 }}>{faults.slice(0, 8).map((f) => <li key={f.path + f.message}>{f.message} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{f.path}</Typography.Text></li>)}</ul>} />;
  }
  const section = sections.find((s) => s.key === active) ?? sections[0];
  const standard = compiled.system.meta.kind === 'standard';
  const merged = deepMerge(stripComputed(compiled, sample), evaluation?.computed ?? {});
  const confirm = async () => {
    setServer(undefined);
    setServerError(undefined);
    let p;
    try {
      p = (await request(SERVER_CHECK, {
        s: schema, d: sample, u: unit, ss: selfScores, src: Object.entries(sources).map(([name, s]) => ({ name, campaignId: s.campaignId })),
      })).previewAssessment;
    } catch (err) {
      setServerError(err);
      return;
    }
    const outcome = standard
      ? (p.passed === true ? w('服务器认定达标') : p.passed === false ? w('服务器认定未达标') : w('服务器尚无法认定')) + (p.passed === evaluation?.selfPassed ? w('，与本页一致') : w('，与本页不一致'))
      : w('服务器计算总分 {total}', { total: p.total }) + (p.total === evaluation?.selfTotal ? w('，与本页一致') : w('，与本页不一致'));
    setServer(outcome + w('；')
      + (p.valid ? w('样例答案完整有效') : w('样例答案还有 {n} 处未完成', { n: p.faults.length })));
  };
  const context = {
    ...byCode(evaluation),
    selfScores, setSelfScore: (code: string, v: number | StandardResult | null) => setSelfScores((s) => { const n = { ...s }; if (v === null) delete n[code]; else n[code] = v; return n; }),
    attachments: [], editable: true, canUpload: true, removeAttachment: async () => {},
    upload: async () => { throw new Error(w("预览中不上传文件：保存并开始督导评估后，填报人员在此上传")); },
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <SampleInputs schema={schema} population={population} onPopulation={onPopulation} attributes={attributes} onAttributes={onAttributes} sources={sources} onSources={onSources} />
      <Space wrap>
        {standard
          ? <Typography.Text>{w('样例结论')} <span data-testid="sample-passed"><ResultTag result={evaluation?.selfPassed === true ? 'met' : evaluation?.selfPassed === false ? 'unmet' : null} /></span></Typography.Text>
          : <Typography.Text>{w("样例总分")} <b data-testid="sample-total">{evaluation?.selfTotal ?? 0}</b> / {compiled.system.meta.totalScore}</Typography.Text>}
        {evaluation?.vetoed && <Typography.Text type="danger">{w("触发一票否决")}</Typography.Text>}
        <Button size="small" onClick={confirm} data-testid="server-check">{w("服务器核对")}</Button>
      </Space>
      {server && <Alert type="info" showIcon title={server} data-testid="server-result" />}
      <ActionError error={serverError} onClose={() => setServerError(undefined)} />
      {evaluationError && <Alert type="error" showIcon title={evaluationError} />}
      <FillContext.Provider value={context}>
        <Tabs activeKey={section?.key} onChange={setActive} items={sections.map((s) => ({ key: s.key, label: `${s.code} ${s.title}` }))} />
        {section && (
          <div data-testid="preview-form">
            <GeneratedForm key={section.key} idPrefix={`preview_${section.key}`} schema={section.schema} uiSchema={section.uiSchema}
              formData={(merged[section.key] as Record<string, unknown>) ?? {}} disabled={false}
              onChange={(value) => onSample({ ...sample, [section.key]: value })} />
          </div>
        )}
      </FillContext.Provider>
      <Table size="small" pagination={false} rowKey="code" dataSource={evaluation?.indicatorScores ?? []} expandable={{ childrenColumnName: '__none' }} columns={[
        { title: w("编码"), dataIndex: 'code' }, { title: w("名称"), dataIndex: 'title' }, ...(standard ? [] : [{ title: w("分值"), dataIndex: 'maxScore' }]),
        { title: standard ? w('样例结果') : w("样例得分"), render: (_, s) => <span data-testid={`sample-score-${s.code}`}>{s.kind === 'standard' ? <ResultTag result={s.selfResult} /> : s.selfScore ?? '—'}</span> },
      ]} />
      {evaluation && Object.keys(evaluation.computed).length > 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{w("计算字段：")}<code data-testid="sample-computed">{JSON.stringify(evaluation.computed)}</code></Typography.Paragraph>
      )}
    </Space>
  );
}
