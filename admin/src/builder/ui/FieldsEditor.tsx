// The fields of a leaf indicator, added from a palette: numbers with unit and bounds, yes/no,
// choices, texts, dates, tables of rows, computed fields; required, help, "show when …".
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import type { BuilderField, FieldKind } from '../types.js';
import { FormulaInput, type FormulaSample } from './FormulaInput';
import { type Phrase, w } from '../../i18n/words';

const KIND_LABELS: Record<FieldKind, Phrase> = {
  number: '数字', integer: '整数', percent: '百分比', boolean: '是/否', choice: '单选', multiChoice: '多选', text: '短文本',
  longText: '长文本', date: '日期', table: '表格（多行）', computed: '计算字段', raw: '其他（JSON）',
};

/** A field kind's name in the person's language. */
export const kindLabel = (kind: FieldKind) => w(KIND_LABELS[kind]);
const PALETTE: FieldKind[] = ['number', 'integer', 'percent', 'boolean', 'choice', 'multiChoice', 'text', 'longText', 'date', 'table', 'computed'];

function freshName(existing: string[], kind: FieldKind): string {
  const base = { number: 'num', integer: 'count', percent: 'rate', boolean: 'has', choice: 'option', multiChoice: 'options', text: 'text', longText: 'note', date: 'date', table: 'rows', computed: 'calc', raw: 'field' }[kind];
  for (let i = 1; ; i++) if (!existing.includes(`${base}${i}`)) return `${base}${i}`;
}

export function newField(existing: string[], kind: FieldKind): BuilderField {
  const f: BuilderField = { name: freshName(existing, kind), kind, title: kindLabel(kind), required: kind !== 'computed' };
  if (kind === 'choice' || kind === 'multiChoice') f.options = [w("选项一"), w("选项二")];
  if (kind === 'table') f.columns = [{ name: 'name', kind: 'text', title: w("名称"), required: true }];
  if (kind === 'computed') f.formula = '';
  return f;
}

export interface FieldsEditorProps {
  fields: BuilderField[];
  onChange: (fields: BuilderField[]) => void;
  sample?: FormulaSample;
}

export function FieldsEditor({ fields, onChange, sample }: FieldsEditorProps) {
  const names = fields.map((f) => f.name);
  const set = (i: number, patch: Partial<BuilderField>) => onChange(fields.map((f, j) => (i === j ? { ...f, ...patch } : f)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap size={4}>
        <Typography.Text type="secondary">{w("添加字段：")}</Typography.Text>
        {PALETTE.map((k) => <Button key={k} size="small" onClick={() => onChange([...fields, newField(names, k)])} data-testid={`add-field-${k}`}>{kindLabel(k)}</Button>)}
      </Space>
      {fields.map((f, i) => {
        // Each input is named by its field, as the addon before it shows only the word.
        const named = (what: string) => w('字段 {n}：{what}', { n: i + 1, what });
        return (
        <Card key={i} size="small" title={<Space><span>{kindLabel(f.kind)}</span><code>{f.name}</code></Space>}
          extra={<Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={w('删除字段 {name}', { name: f.title || f.name })} onClick={() => onChange(fields.filter((_, j) => j !== i))} />}>
          <Space wrap>
            <Input addonBefore={w("名称")} aria-label={named(w("名称"))} value={f.title} onChange={(e) => set(i, { title: e.target.value })} style={{ width: 220 }} data-testid={`field-title-${i}`} />
            <Input addonBefore={w("字段名")} aria-label={named(w("字段名"))} value={f.name} onChange={(e) => set(i, { name: e.target.value.replace(/[^A-Za-z0-9_]/g, '') })} style={{ width: 200 }} data-testid={`field-name-${i}`} />
            {f.kind !== 'computed' && <Space size={4}><Switch size="small" aria-label={named(w("必填"))} checked={f.required} onChange={(v) => set(i, { required: v })} />{w("必填")}</Space>}
            {['number', 'integer', 'computed'].includes(f.kind) && <Input addonBefore={w("单位")} aria-label={named(w("单位"))} value={f.unit ?? ''} onChange={(e) => set(i, { unit: e.target.value || undefined })} style={{ width: 150 }} />}
            {['number', 'integer', 'percent'].includes(f.kind) && (
              <>
                <InputNumber addonBefore={w("最小")} aria-label={named(w("最小"))} value={f.min} onChange={(v) => set(i, { min: v ?? undefined })} style={{ width: 140 }} />
                <InputNumber addonBefore={w("最大")} aria-label={named(w("最大"))} value={f.max} onChange={(v) => set(i, { max: v ?? undefined })} style={{ width: 140 }} />
              </>
            )}
          </Space>
          {(f.kind === 'choice' || f.kind === 'multiChoice') && (
            <Select mode="tags" aria-label={named(w("选项"))} value={f.options} onChange={(v) => set(i, { options: v })} style={{ width: '100%', marginTop: 8 }} placeholder={w("选项")} />
          )}
          {f.kind === 'computed' && (
            <div style={{ marginTop: 8 }}>
              <FormulaInput label={named(w("计算字段"))} value={f.formula ?? ''} onChange={(v) => set(i, { formula: v })} fields={names.slice(0, i)} sample={sample} placeholder={w("例如 funding / $unit.population")} testId={`field-formula-${i}`} />
            </div>
          )}
          {f.kind === 'table' && (
            <div style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">{w("表格的列：")}</Typography.Text>
              <FieldsEditorColumns columns={f.columns ?? []} onChange={(columns) => set(i, { columns })} />
            </div>
          )}
          {f.kind === 'raw' && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{w("此字段在 JSON 视图中编辑。")}</Typography.Paragraph>}
          <Space wrap style={{ marginTop: 8 }}>
            <Input addonBefore={w("填写说明")} aria-label={named(w("填写说明"))} value={f.help ?? ''} onChange={(e) => set(i, { help: e.target.value || undefined })} style={{ width: 360 }} />
            <Select allowClear aria-label={named(w("显示条件"))} placeholder={w("始终显示")} style={{ width: 200 }} value={f.showWhen?.field}
              options={fields.filter((o, j) => j !== i && (o.kind === 'boolean' || o.kind === 'choice')).map((o) => ({ value: o.name, label: w('当“{title}”为…时显示', { title: o.title }) }))}
              onChange={(field) => set(i, { showWhen: field ? { field, equals: fields.find((o) => o.name === field)?.kind === 'boolean' ? true : (fields.find((o) => o.name === field)?.options?.[0] ?? '') } : undefined })} />
            {f.showWhen && (fields.find((o) => o.name === f.showWhen!.field)?.kind === 'boolean'
              ? <Select aria-label={named(w("显示条件的值"))} style={{ width: 90 }} value={String(f.showWhen.equals)} onChange={(v) => set(i, { showWhen: { ...f.showWhen!, equals: v === 'true' } })} options={[{ value: 'true', label: w("是") }, { value: 'false', label: w("否") }]} />
              : <Select aria-label={named(w("显示条件的值"))} style={{ width: 140 }} value={String(f.showWhen.equals)} onChange={(v) => set(i, { showWhen: { ...f.showWhen!, equals: v } })} options={(fields.find((o) => o.name === f.showWhen!.field)?.options ?? []).map((o) => ({ value: o, label: o }))} />)}
          </Space>
        </Card>
        );
      })}
    </Space>
  );
}

/** The columns of a table field: a smaller editor, without nested tables or formulas. */
function FieldsEditorColumns({ columns, onChange }: { columns: BuilderField[]; onChange: (c: BuilderField[]) => void }) {
  const set = (i: number, patch: Partial<BuilderField>) => onChange(columns.map((c, j) => (i === j ? { ...c, ...patch } : c)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {columns.map((c, i) => {
        const named = (what: string) => w('列 {n}：{what}', { n: i + 1, what });
        return (
        <Space key={i} wrap>
          <Input aria-label={named(w("名称"))} value={c.title} onChange={(e) => set(i, { title: e.target.value })} style={{ width: 140 }} />
          <Input aria-label={named(w("字段名"))} value={c.name} onChange={(e) => set(i, { name: e.target.value.replace(/[^A-Za-z0-9_]/g, '') })} style={{ width: 120 }} />
          <Select aria-label={named(w("类型"))} value={c.kind} style={{ width: 110 }} onChange={(kind) => set(i, { kind })} options={(['text', 'number', 'integer', 'date', 'boolean'] as FieldKind[]).map((k) => ({ value: k, label: kindLabel(k) }))} />
          <Switch size="small" aria-label={named(w("必填"))} checked={c.required} onChange={(v) => set(i, { required: v })} /> {w("必填")}
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={w('删除列 {n}', { n: i + 1 })} onClick={() => onChange(columns.filter((_, j) => j !== i))} />
        </Space>
        );
      })}
      <Button size="small" onClick={() => onChange([...columns, newField(columns.map((c) => c.name), 'text')])}>{w("添加列")}</Button>
    </Space>
  );
}
