// The low-code builder: the indicator tree on the left, the selected indicator's properties
// and fields in the middle, and on the right the live preview (which is also the test panel),
// the JSON, and the versions. Saving a draft with problems is possible only on purpose;
// publishing needs none.
import { Alert, App, Button, Card, Col, Collapse, Input, InputNumber, Row, Select, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useOrgLevels } from '../api/levels';
import { deepMerge, type JsonObject, readSystem } from '../../../server/engine/index.js';
import { ApiError } from '../api/errors';
import { refresh, request, useGraphQL } from '../api/graphql';
import { graphql } from '../gql';
import { PUBLISH_SYSTEM, SYSTEM_LIST, SYSTEM_ONE } from './SystemsPage';
import { ActionError, Loading, PageError } from '../components/PageState';
import { fromSchema } from '../builder/from-schema.js';
import { toSchema } from '../builder/to-schema.js';
import { duplicateCodes, find, updateIndicator } from '../builder/tree.js';
import { type BuilderSystem, emptySystem } from '../builder/types.js';
import { download, XLSX_TYPE } from '../builder/ui/download';
import { ImportExcel } from '../builder/ui/ImportExcel';
import { JsonPanel } from '../builder/ui/JsonPanel';
import { PreviewPanel } from '../builder/ui/PreviewPanel';
import { sampleUnit, type SourceLinks } from '../builder/ui/SampleInputs';
import { vocabularyOf } from '../builder/formula-vocabulary.js';
import { FormulaVocabulary } from '../builder/ui/FormulaInput';
import { PropertiesPanel } from '../builder/ui/PropertiesPanel';
import { TreePanel } from '../builder/ui/TreePanel';
import { type VersionRow, VersionsPanel } from '../builder/ui/VersionsPanel';
import { w } from '../i18n/words';

const LOAD = graphql(`query BuilderSystem($code: String!) { indicatorSystem(code: $code) { code revision canRevise versions { number status createdAt publishedAt schema uiSchema } } }`);
const SAVE_DRAFT = graphql(`mutation BuilderSaveDraft($c: String!, $s: JSON!, $u: JSON, $a: Boolean!, $r: Int) {
  saveIndicatorSystemDraft(code: $c, schema: $s, uiSchema: $u, allowFaults: $a, expectedRevision: $r) { number } }`);
const CREATE = graphql(`mutation BuilderCreate($c: String!, $s: JSON!, $u: JSON, $a: Boolean!) { createIndicatorSystem(code: $c, schema: $s, uiSchema: $u, allowFaults: $a) { code } }`);

export function BuilderPage({ code }: { code?: string }) {
  // Read afresh each time: the editor starts from the revision it shows (a later save by someone else is a conflict).
  const q = useGraphQL(LOAD, { code: code ?? '' }, { enabled: !!code, staleTime: 0, gcTime: 0 });
  const found = q.data?.indicatorSystem;
  const initial = useMemo(() => (found ? fromSchema(found.versions[0].schema as JsonObject) : emptySystem()), [found]);
  if (!code) return <Builder key="new" initial={initial} initialUi={{}} versions={[]} existing={false} readOnly={false} reload={async () => {}} />;
  if (q.isPending) return <Loading />;
  if (q.error) return <PageError error={q.error} />;
  if (!found) return <PageError error={new ApiError('NOT_FOUND', '')} />;
  const versions = found.versions.map((v) => ({ ...v, schema: v.schema as JsonObject }));
  return (
    <Builder key={`${code}:${found.revision}`} initial={initial} initialUi={(found.versions[0].uiSchema ?? {}) as Record<string, unknown>} versions={versions}
      revision={found.revision} existing readOnly={!found.canRevise} reload={async () => { await q.refetch(); }} />
  );
}

function Builder({ initial, initialUi, versions, revision, existing, readOnly, reload }: {
  initial: BuilderSystem; initialUi: Record<string, unknown>; versions: VersionRow[]; revision?: number; existing: boolean; readOnly: boolean; reload: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { levels } = useOrgLevels();
  const [system, setSystem] = useState(initial);
  const [uiOverrides, setUiOverrides] = useState<Record<string, unknown>>(initialUi);
  const [selected, setSelected] = useState<string | undefined>(initial.indicators[0]?.id);
  const [sample, setSample] = useState<Record<string, unknown>>({});
  const [population, setPopulation] = useState(10_000);
  // The preview's sample unit and sources, and what it computed: the formula editor reads the same.
  const [attributes, setAttributes] = useState<Record<string, unknown>>({});
  const [sources, setSources] = useState<SourceLinks>({});
  const [computed, setComputed] = useState<Record<string, unknown>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const generated = useMemo(() => toSchema(system), [system]);
  const uiSchema = useMemo(() => deepMerge(generated.uiSchema, uiOverrides), [generated, uiOverrides]);
  const faults = useMemo(() => readSystem(generated.schema).faults, [generated]);
  const node = selected ? find(system.indicators, selected)?.node : undefined;
  const dups = duplicateCodes(system.indicators);
  const sampleFor = () => {
    if (!node) return undefined;
    const path: string[] = [];
    const walk = (list: BuilderSystem['indicators'], trail: string[]): boolean => list.some((n) => (n.id === node.id ? (path.push(...trail, n.code), true) : walk(n.children, [...trail, n.code])));
    walk(system.indicators, []);
    const root = deepMerge(sample, computed);
    let own: unknown = root;
    for (const p of path) own = (own as Record<string, unknown> | undefined)?.[p];
    const xSystem = (generated.schema['x-system'] ?? {}) as { constants?: Record<string, unknown> };
    return {
      own: (own as Record<string, unknown>) ?? {}, root, unit: sampleUnit(generated.schema, population, attributes),
      shared: { const: xSystem.constants ?? {}, sources: Object.fromEntries(Object.entries(sources).map(([name, s]) => [name, s.rows])) },
    };
  };

  const save = async (allowFaults: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const vars = { c: system.code, s: generated.schema, u: uiSchema, a: allowFaults, r: revision };
      // The revision this editor started from: someone else's save in between is a conflict, not an overwrite.
      if (existing) await request(SAVE_DRAFT, vars);
      else await request(CREATE, vars);
      message.success(w('草稿已保存'));
      void refresh(SYSTEM_LIST, SYSTEM_ONE);
      if (existing) await reload();
      else navigate(`/builder/${encodeURIComponent(system.code)}`);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const publish = async () => {
    if (!(await save(false))) return;
    try {
      await request(PUBLISH_SYSTEM, { c: system.code });
      message.success(w("已发布"));
      void refresh(SYSTEM_LIST, SYSTEM_ONE);
      await reload();
    } catch (err) {
      setError(err);
    }
  };
  const exportXlsx = async (kind: 'table' | 'labour') => {
    const x = await import('../builder/xlsx.js');
    try {
      const data = kind === 'table' ? await x.exportXlsx(system) : await x.exportDivisionOfLabour(system);
      download(`${system.title}${kind === 'labour' ? w("-分工表") : ''}.xlsx`, data as BlobPart, XLSX_TYPE);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          <Typography.Title level={3} style={{ margin: 0 }}>{system.title || w("新指标体系")}</Typography.Title>
          {faults.length ? <Tag color="error" data-testid="fault-count">{w('{n} 处问题', { n: faults.length })}</Tag> : <Tag color="success" data-testid="fault-count">{w("无问题")}</Tag>}
          {versions[0] && <Tag>{w('最新 v{n} {status}', { n: versions[0].number, status: versions[0].status === 'DRAFT' ? w('草稿') : versions[0].status === 'PUBLISHED' ? w('已发布') : w('已停用') })}</Tag>}
        </Space>
        <Space wrap>
          <ImportExcel onUse={(imported) => { setSystem({ ...imported, code: system.code, title: imported.title || system.title, targetLevel: system.targetLevel }); setSelected(imported.indicators[0]?.id); }} />
          <Button onClick={() => download(`${system.code}.schema.json`, JSON.stringify(generated.schema, null, 2), 'application/json')}>{w("导出 JSON")}</Button>
          <Button onClick={() => exportXlsx('table')}>{w("导出 Excel")}</Button>
          <Button onClick={() => exportXlsx('labour')}>{w("导出分工表")}</Button>
          <Tooltip title={faults.length ? w("还有问题：可以先“仍保存为草稿”，改正后再发布") : ''}>
            <Button loading={busy} disabled={readOnly || faults.length > 0} onClick={() => save(false)} data-testid="save-draft">{w("保存草稿")}</Button>
          </Tooltip>
          {faults.length > 0 && !readOnly && <Button loading={busy} onClick={() => save(true)} data-testid="save-anyway">{w("仍保存为草稿")}</Button>}
          <Button type="primary" loading={busy} disabled={readOnly || faults.length > 0} onClick={publish} data-testid="publish">{w("发布")}</Button>
        </Space>
      </Space>
      {readOnly && <Alert type="info" showIcon data-testid="read-only" title={w("这是全局或其他单位的指标体系：可以预览、试算和导出，不能保存或发布。如需调整，请导出 JSON，改用本单位的新编码导入。")} />}
      <ActionError error={error} onClose={() => setError(undefined)} />
      <Collapse size="small" defaultActiveKey={existing ? [] : ['settings']} items={[{ key: 'settings', label: w("体系设置（编码、名称、适用层级、总分、合格分、等级）"), children: (
        <Space wrap>
          <Input addonBefore={w("体系编码")} aria-label={w("体系编码")} value={system.code} disabled={existing} onChange={(e) => setSystem({ ...system, code: e.target.value.trim() })} style={{ width: 260 }} data-testid="sys-code" />
          <Input addonBefore={w("名称")} aria-label={w("名称")} value={system.title} onChange={(e) => setSystem({ ...system, title: e.target.value })} style={{ width: 360 }} data-testid="sys-title" />
          <Input addonBefore={w("发布机构")} aria-label={w("发布机构")} value={system.issuer} onChange={(e) => setSystem({ ...system, issuer: e.target.value })} style={{ width: 260 }} />
          <Select aria-label={w("适用层级")} value={system.targetLevel} onChange={(targetLevel) => setSystem({ ...system, targetLevel })} style={{ width: 160 }} data-testid="sys-level"
            options={levels.map((l) => ({ value: l.code, label: w('适用：{level}', { level: l.name }) }))} />
          <InputNumber addonBefore={w("总分")} aria-label={w("总分")} value={system.totalScore} onChange={(v) => setSystem({ ...system, totalScore: v ?? 0 })} />
          <InputNumber addonBefore={w("合格分")} aria-label={w("合格分")} value={system.passScore} onChange={(v) => setSystem({ ...system, passScore: v ?? undefined })} />
          <Input addonBefore={w("等级")} aria-label={w("等级")} value={system.grades.map((g) => `${g.label}≥${g.min}`).join('，')} style={{ width: 320 }}
            onChange={(e) => setSystem({ ...system, grades: e.target.value.split(/[，,]/).map((p) => /^(.+?)\s*[≥>=]+\s*(\d+(?:\.\d+)?)$/.exec(p.trim())).filter(Boolean).map((m) => ({ label: m![1], min: Number(m![2]) })) })} />
        </Space>
      ) }]} />
      <Row gutter={12}>
        <Col xs={24} lg={6}><Card size="small" title={w("指标树")}><TreePanel tree={system.indicators} selected={selected} onSelect={setSelected} onChange={(indicators, select) => { setSystem({ ...system, indicators }); if (select !== undefined || !find(indicators, selected ?? '')) setSelected(select); }} /></Card></Col>
        <Col xs={24} lg={9}>
          {node ? (
            <FormulaVocabulary.Provider value={vocabularyOf(system.keep)}>
              <PropertiesPanel node={node} duplicateCode={dups.has(node.code)} sample={sampleFor()} onChange={(patch) => setSystem({ ...system, indicators: updateIndicator(system.indicators, node.id, patch) })} />
            </FormulaVocabulary.Provider>
          )
            : <Card size="small"><Typography.Text type="secondary">{w("在左侧添加或选择一个指标")}</Typography.Text></Card>}
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small">
            <Tabs items={[
              { key: 'preview', label: w("预览与试算"), children: <PreviewPanel schema={generated.schema} uiSchema={uiSchema} faults={faults} sample={sample} onSample={setSample} population={population} onPopulation={setPopulation}
                attributes={attributes} onAttributes={setAttributes} sources={sources} onSources={setSources} onComputed={setComputed} /> },
              { key: 'json', label: `JSON${faults.length ? `（${faults.length}）` : ''}`, children: <JsonPanel schema={generated.schema} uiSchema={uiSchema} faults={faults} onApply={(schema, ui) => { const next = fromSchema(schema); setSystem(next); setUiOverrides(ui); setSelected(next.indicators[0]?.id); }} /> },
              { key: 'versions', label: w("版本"), children: <VersionsPanel versions={versions} /> },
            ]} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
