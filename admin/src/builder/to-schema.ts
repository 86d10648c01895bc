// Builder model → JSON Schema with the x- vocabulary, and the ui-schema that draws it.
import type { BuilderField, BuilderIndicator, BuilderSystem } from './types.js';

type Json = Record<string, unknown>;

export function fieldSchema(f: BuilderField): Json {
  if (f.kind === 'raw') return { ...(f.raw ?? {}) };
  const base: Json = { title: f.title };
  if (f.help) base.description = f.help;
  const numeric = (type: string): Json => ({
    ...base, type, ...(f.min !== undefined ? { minimum: f.min } : {}), ...(f.max !== undefined ? { maximum: f.max } : {}), ...(f.unit ? { 'x-unit': f.unit } : {}),
  });
  const minLength = f.minLength !== undefined ? { minLength: f.minLength } : {};
  switch (f.kind) {
    case 'number': return numeric('number');
    case 'integer': return numeric('integer');
    case 'percent': return { ...base, type: 'number', minimum: f.min ?? 0, maximum: f.max ?? 100, 'x-unit': '%' };
    case 'boolean': return { ...base, type: 'boolean' };
    case 'choice': return { ...base, type: 'string', enum: f.options ?? [] };
    case 'multiChoice': return { ...base, type: 'array', items: { type: 'string', enum: f.options ?? [] }, uniqueItems: true };
    case 'text': return { ...base, type: 'string', ...minLength, maxLength: 200 };
    case 'longText': return { ...base, type: 'string', ...minLength, maxLength: 5000 };
    case 'date': return { ...base, type: 'string', format: 'date' };
    case 'table': {
      const columns = f.columns ?? [];
      const required = columns.filter((c) => c.required).map((c) => c.name);
      return { ...base, type: 'array', items: { type: 'object', properties: Object.fromEntries(columns.map((c) => [c.name, fieldSchema(c)])), ...(required.length ? { required } : {}) } };
    }
    case 'computed': return { ...base, type: f.valueType ?? 'number', readOnly: true, 'x-formula': f.formula ?? '', ...(f.unit ? { 'x-unit': f.unit } : {}) };
  }
}

function fieldUi(f: BuilderField): Json | undefined {
  if (f.kind === 'longText') return { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } };
  if (f.kind === 'multiChoice') return { 'ui:widget': 'checkboxes' };
  if (f.kind === 'boolean') return { 'ui:widget': 'radio' };
  if (f.kind === 'table') return { 'ui:options': { orderable: false } };
  return undefined;
}

function indicatorSchema(n: BuilderIndicator): { schema: Json; ui: Json } {
  const isLeaf = n.children.length === 0;
  const x: Json = n.kind === 'standard' ? { code: n.code, kind: 'standard' } : { code: n.code, maxScore: n.maxScore };
  if (!isLeaf && n.aggregate && n.aggregate !== 'all' && (n.kind === 'standard' || n.aggregate === 'deduct')) x.aggregate = n.aggregate;
  if (n.criteria) x.criteria = n.criteria;
  if (isLeaf && n.method === 'formula') x.scoring = { method: 'formula', formula: n.formula };
  if (isLeaf && n.method === 'checklist') x.scoring = { method: 'checklist', items: n.items };
  if (isLeaf && n.method === 'sum') x.scoring = { method: 'sum' };
  if (!isLeaf && n.method !== 'sum') x.scoring = { method: n.method, ...(n.method === 'formula' ? { formula: n.formula } : {}) };
  if (n.veto && n.veto.formula) x.veto = n.veto;
  if (n.evidence) x.evidence = n.evidence;
  if (n.departments.length) x.departments = n.departments;
  Object.assign(x, n.keep);

  const properties: Json = {};
  const ui: Json = {};
  const required: string[] = [];
  const conditional = new Map<string, { field: string; equals: unknown; props: Json; required: string[] }>();
  for (const f of n.fields) {
    const u = fieldUi(f);
    if (u) ui[f.name] = u;
    if (f.showWhen) {
      const key = `${f.showWhen.field}=${JSON.stringify(f.showWhen.equals)}`;
      const branch = conditional.get(key) ?? { field: f.showWhen.field, equals: f.showWhen.equals, props: {}, required: [] };
      branch.props[f.name] = fieldSchema(f);
      if (f.required) branch.required.push(f.name);
      conditional.set(key, branch);
      continue;
    }
    properties[f.name] = fieldSchema(f);
    if (f.required && f.kind !== 'computed') required.push(f.name);
  }
  for (const child of n.children) {
    const c = indicatorSchema(child);
    properties[child.code] = c.schema;
    ui[child.code] = c.ui;
  }
  const schema: Json = { type: 'object', title: n.title, 'x-indicator': x, properties };
  if (required.length) schema.required = required;
  if (conditional.size || n.keepAllOf?.length) {
    schema.allOf = [...[...conditional.values()].map((b) => ({
      if: { properties: { [b.field]: { const: b.equals } }, required: [b.field] },
      then: { properties: b.props, ...(b.required.length ? { required: b.required } : {}) },
    })), ...(n.keepAllOf ?? [])];
  }
  return { schema, ui };
}

/** The system as stored: JSON Schema (draft 2020-12) and its ui-schema. */
export function toSchema(system: BuilderSystem): { schema: Json; uiSchema: Json } {
  const properties: Json = {};
  const uiSchema: Json = {};
  for (const n of system.indicators) {
    const c = indicatorSchema(n);
    properties[n.code] = c.schema;
    uiSchema[n.code] = c.ui;
  }
  // A table of 达标 items only has no points: no total, pass mark or grades (it passes by its results).
  const allStandard = system.indicators.length > 0 && system.indicators.every((n) => n.kind === 'standard');
  const xSystem: Json = allStandard ? { ...system.keep, code: system.code } : { ...system.keep, code: system.code, totalScore: system.totalScore, grades: system.grades };
  if (system.issuer) xSystem.issuer = system.issuer;
  if (system.targetLevel) xSystem.targetLevel = system.targetLevel;
  if (system.passScore !== undefined && !allStandard) xSystem.passScore = system.passScore;
  const schema: Json = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', title: system.title };
  if (system.description) schema.description = system.description;
  return { schema: { ...schema, 'x-system': xSystem, properties }, uiSchema };
}
