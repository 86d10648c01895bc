// The selected indicator's properties: title, code, maximum, scoring standard, scoring method
// with its settings, veto, evidence, responsible departments, and (for a leaf) its fields.
import { Card, Divider, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import type { BuilderIndicator, Method } from '../types.js';
import { FieldsEditor } from './FieldsEditor';
import { FormulaInput, type FormulaSample } from './FormulaInput';
import { w } from '../../i18n/words';

const ACCEPT_PRESETS = ['image/*', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'video/mp4'];

export interface PropertiesPanelProps {
  node: BuilderIndicator;
  duplicateCode: boolean;
  onChange: (patch: Partial<BuilderIndicator>) => void;
  sample?: FormulaSample;
}

export function PropertiesPanel({ node, duplicateCode, onChange, sample }: PropertiesPanelProps) {
  const isLeaf = node.children.length === 0;
  const names = node.fields.map((f) => f.name);
  const booleans = node.fields.filter((f) => f.kind === 'boolean');
  return (
    <Card size="small" title={`${node.code} ${node.title}`}>
      <Form layout="vertical" size="small">
        <Space wrap align="start">
          <Form.Item label={w("名称")} htmlFor="prop-title"><Input id="prop-title" value={node.title} onChange={(e) => onChange({ title: e.target.value })} style={{ width: 260 }} data-testid="prop-title" /></Form.Item>
          <Form.Item label={w("编码")} htmlFor="prop-code" validateStatus={duplicateCode || !node.code ? 'error' : undefined} help={duplicateCode ? w("编码重复，请修改") : !node.code ? w("请填写编码") : undefined}>
            <Input id="prop-code" value={node.code} onChange={(e) => onChange({ code: e.target.value.trim() })} style={{ width: 100 }} data-testid="prop-code" />
          </Form.Item>
          <Form.Item label={w("类型")}>
            <Radio.Group
              value={node.kind} data-testid="prop-kind" optionType="button"
              onChange={(e) => onChange(e.target.value === 'standard'
                ? { kind: 'standard', maxScore: 0, method: node.method === 'checklist' ? 'manual' : node.method }
                : { kind: 'score', aggregate: undefined })}
              options={[{ value: 'score', label: w("计分") }, { value: 'standard', label: w("达标") }]}
            />
          </Form.Item>
          {node.kind === 'score' && (
            <Form.Item label={w("分值")} htmlFor="prop-max">
              <InputNumber id="prop-max" min={0} step={0.5} value={node.maxScore} onChange={(v) => onChange({ maxScore: v ?? 0 })} data-testid="prop-max" />
            </Form.Item>
          )}
        </Space>
        <Form.Item label={w("评分标准（文字）")} htmlFor="prop-criteria"><Input.TextArea id="prop-criteria" rows={2} value={node.criteria} onChange={(e) => onChange({ criteria: e.target.value })} data-testid="prop-criteria" /></Form.Item>
        {isLeaf && node.kind === 'score' && (
          <Form.Item label={w("计分方式")}>
            <Radio.Group value={node.method} onChange={(e) => onChange({ method: e.target.value as Method })} data-testid="prop-method"
              options={[{ value: 'manual', label: w("人工评分") }, { value: 'formula', label: w("公式计分") }, { value: 'checklist', label: w("检查项计分") }]} />
          </Form.Item>
        )}
        {isLeaf && node.kind === 'standard' && (
          <Form.Item label={w("认定方式")}>
            <Radio.Group value={node.method} onChange={(e) => onChange({ method: e.target.value as Method })} data-testid="prop-method"
              options={[{ value: 'manual', label: w("人工认定") }, { value: 'formula', label: w("公式认定") }]} />
          </Form.Item>
        )}
        {!isLeaf && node.kind === 'score' && (
          <Form.Item label={w("汇总规则")}>
            <Radio.Group
              value={node.aggregate === 'deduct' ? 'deduct' : 'sum'} data-testid="prop-score-aggregate"
              onChange={(e) => onChange({ aggregate: e.target.value === 'deduct' ? 'deduct' : undefined })}
              options={[{ value: 'sum', label: w("下级得分之和") }, { value: 'deduct', label: w("扣分制：分值减去下级扣分") }]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
              {node.aggregate === 'deduct' ? w("下级为扣分项，各自的分值是最多扣的分；本指标得分不低于 0。") : w("有下级指标：得分为下级指标得分之和（不超过本指标分值）。")}
            </Typography.Paragraph>
          </Form.Item>
        )}
        {!isLeaf && node.kind === 'standard' && (
          <Form.Item label={w("汇总规则")}>
            <Space wrap>
              <Radio.Group
                value={typeof node.aggregate === 'object' && 'atLeast' in node.aggregate ? 'atLeast' : 'all'} data-testid="prop-aggregate"
                onChange={(e) => onChange({ aggregate: e.target.value === 'atLeast' ? { atLeast: Math.max(1, node.children.length - 1) } : 'all' })}
                options={[{ value: 'all', label: w("下级全部达标") }, { value: 'atLeast', label: w("至少几项达标") }]}
              />
              {typeof node.aggregate === 'object' && 'atLeast' in node.aggregate && (
                <InputNumber min={1} max={node.children.length} value={node.aggregate.atLeast} aria-label={w("至少几项达标")} data-testid="prop-at-least"
                  onChange={(v) => onChange({ aggregate: { atLeast: v ?? 1 } })} />
              )}
            </Space>
          </Form.Item>
        )}
        {isLeaf && node.method === 'formula' && (
          <Form.Item label={node.kind === 'standard' ? w("认定公式（得出 true/false，或 met/basic/unmet）") : w("计分公式（结果自动限制在 0 到分值之间）")} htmlFor="prop-formula">
            <FormulaInput id="prop-formula" value={node.formula} onChange={(formula) => onChange({ formula })} fields={names} sample={sample}
              placeholder={node.kind === 'standard' ? w('例如 area / students >= 4.5') : w('例如 perCapita >= 1.5 ? 5 : perCapita >= 1 ? 3 : 0')} testId="prop-formula" />
          </Form.Item>
        )}
        {isLeaf && node.method === 'checklist' && (
          <Form.Item label={w("检查项（勾选“是”即得分）")}>
            {booleans.length === 0 && <Typography.Text type="warning">{w("请先在下方添加“是/否”字段")}</Typography.Text>}
            <Space wrap>
              {booleans.map((f) => (
                <InputNumber key={f.name} addonBefore={f.title} aria-label={f.title} min={0} step={0.5} value={node.items[f.name] ?? 0} data-testid={`item-${f.name}`}
                  onChange={(v) => onChange({ items: { ...node.items, [f.name]: v ?? 0 } })} style={{ width: 220 }} />
              ))}
            </Space>
          </Form.Item>
        )}
        <Divider style={{ margin: '8px 0' }} />
        <Form.Item label={<Space>{w("一票否决")} <Switch size="small" aria-label={w("一票否决")} checked={!!node.veto} onChange={(on) => onChange({ veto: on ? { formula: '', message: '' } : undefined })} data-testid="prop-veto" /></Space>}>
          {node.veto && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <FormulaInput label={w("否决公式")} value={node.veto.formula} onChange={(formula) => onChange({ veto: { ...node.veto!, formula } })} fields={names} sample={sample} placeholder={w("达标时为真，例如 hasPlan = true")} testId="prop-veto-formula" />
              <Input aria-label={w("否决说明")} placeholder={w("否决时的说明，例如：未制定社区教育规划")} value={node.veto.message} onChange={(e) => onChange({ veto: { ...node.veto!, message: e.target.value } })} data-testid="prop-veto-message" />
            </Space>
          )}
        </Form.Item>
        <Form.Item label={<Space>{w("佐证材料必传")} <Switch size="small" aria-label={w("佐证材料必传")} checked={!!node.evidence?.required} onChange={(on) => onChange({ evidence: on ? { required: true, minFiles: 1, accept: ['image/*', 'application/pdf'] } : undefined })} /></Space>}>
          {node.evidence?.required && (
            <Space wrap>
              <span>{w("至少")} <InputNumber aria-label={w("至少几个文件")} min={1} value={node.evidence.minFiles} onChange={(v) => onChange({ evidence: { ...node.evidence!, minFiles: v ?? 1 } })} style={{ width: 70 }} /> {w("个，类型")}</span>
              <Select mode="tags" aria-label={w("文件类型")} style={{ minWidth: 320 }} value={node.evidence.accept} onChange={(accept) => onChange({ evidence: { ...node.evidence!, accept } })} options={ACCEPT_PRESETS.map((a) => ({ value: a, label: a }))} />
            </Space>
          )}
        </Form.Item>
        <Form.Item label={w("责任单位（分工表）")} htmlFor="prop-departments">
          <Select id="prop-departments" mode="tags" value={node.departments} onChange={(departments) => onChange({ departments })} placeholder={w("例如 区财政局")} />
        </Form.Item>
      </Form>
      {isLeaf && (
        <>
          <Divider style={{ margin: '8px 0' }}>{w("填报字段")}</Divider>
          <FieldsEditor fields={node.fields} onChange={(fields) => onChange({ fields })} sample={sample} />
        </>
      )}
    </Card>
  );
}
