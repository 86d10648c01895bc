// JSON Schema with the x- vocabulary → builder model: what the JSON view and an existing
// system open into. Fields the builder cannot describe are kept as they are ("raw").
import { type BuilderField, type BuilderIndicator, type BuilderSystem, type FieldKind, type Method, newId } from './types.js';

type Json = Record<string, any>;

export function fieldFromSchema(name: string, s: Json, required: boolean): BuilderField {
  const f: BuilderField = { name, kind: 'raw', title: s.title ?? name, required };
  if (s.description) f.help = s.description;
  if (s.minimum !== undefined) f.min = s.minimum;
  if (s.maximum !== undefined) f.max = s.maximum;
  if (s['x-unit']) f.unit = s['x-unit'];
  if (s.type === 'string' && typeof s.minLength === 'number') f.minLength = s.minLength;
  const kind = ((): FieldKind => {
    if (s['x-formula'] !== undefined) return 'computed';
    if (s.type === 'number' && s['x-unit'] === '%') return 'percent';
    if (s.type === 'number') return 'number';
    if (s.type === 'integer') return 'integer';
    if (s.type === 'boolean') return 'boolean';
    if (s.type === 'string' && Array.isArray(s.enum)) return 'choice';
    if (s.type === 'string' && s.format === 'date') return 'date';
    if (s.type === 'string') return (s.maxLength ?? 5000) > 200 ? 'longText' : 'text';
    if (s.type === 'array' && s.items?.type === 'string' && Array.isArray(s.items.enum)) return 'multiChoice';
    if (s.type === 'array' && s.items?.type === 'object') return 'table';
    return 'raw';
  })();
  f.kind = kind;
  if (kind === 'percent') {
    // 0–100 and % are what "percentage" means; only other bounds are worth keeping.
    delete f.unit;
    if (f.min === 0) delete f.min;
    if (f.max === 100) delete f.max;
  }
  if (kind === 'computed') f.formula = s['x-formula'];
  if (kind === 'computed' && ['integer', 'string', 'boolean'].includes(s.type)) f.valueType = s.type;
  if (kind === 'choice') f.options = s.enum.map(String);
  if (kind === 'multiChoice') f.options = s.items.enum.map(String);
  if (kind === 'table') {
    const req = new Set<string>(s.items.required ?? []);
    f.columns = Object.entries((s.items.properties ?? {}) as Json).map(([n, c]) => fieldFromSchema(n, c, req.has(n)));
  }
  if (kind === 'raw') f.raw = s;
  return f;
}

function indicatorFromSchema(s: Json): BuilderIndicator {
  const x = s['x-indicator'] ?? {};
  const required = new Set<string>(s.required ?? []);
  const fields: BuilderField[] = [];
  const children: BuilderIndicator[] = [];
  for (const [name, child] of Object.entries((s.properties ?? {}) as Json)) {
    if (child?.['x-indicator']) children.push(indicatorFromSchema(child));
    else fields.push(fieldFromSchema(name, child ?? {}, required.has(name)));
  }
  const keepAllOf: Json[] = [];
  for (const branch of (s.allOf ?? []) as Json[]) {
    // "Show when <field> is <value>" is the builder's own shape; any other condition is kept as written.
    const conditions = Object.entries((branch?.if?.properties ?? {}) as Json);
    if (conditions.length !== 1 || !conditions[0][1] || !('const' in conditions[0][1]) || Object.keys(branch).some((k) => k !== 'if' && k !== 'then')) {
      keepAllOf.push(branch);
      continue;
    }
    const [field, cond] = conditions[0];
    const thenRequired = new Set<string>(branch?.then?.required ?? []);
    for (const [name, child] of Object.entries((branch?.then?.properties ?? {}) as Json)) {
      const f = fieldFromSchema(name, child ?? {}, thenRequired.has(name));
      if (field && cond && 'const' in cond) f.showWhen = { field, equals: cond.const };
      fields.push(f);
    }
  }
  const method: Method = x.scoring?.method ?? (children.length ? 'sum' : 'manual');
  return {
    id: newId(), code: String(x.code ?? ''), title: s.title ?? String(x.code ?? ''), kind: x.kind === 'standard' ? 'standard' : 'score',
    ...(x.aggregate !== undefined ? { aggregate: x.aggregate } : {}), ...keptOf(x, INDICATOR_KEYS),
    maxScore: Number(x.maxScore ?? 0), criteria: x.criteria ?? '',
    method, formula: x.scoring?.formula ?? '', items: x.scoring?.items ?? {},
    veto: x.veto, evidence: x.evidence ? { required: !!x.evidence.required, minFiles: x.evidence.minFiles ?? (x.evidence.required ? 1 : 0), accept: x.evidence.accept ?? [] } : undefined,
    departments: x.departments ?? [], fields, children, ...(keepAllOf.length ? { keepAllOf } : {}),
  };
}

/** Reads a schema the builder or a person wrote; never throws on a half-finished one. */
export function fromSchema(schema: Json): BuilderSystem {
  const sys = schema?.['x-system'] ?? {};
  const indicators = Object.values((schema?.properties ?? {}) as Json).filter((p) => p?.['x-indicator']).map(indicatorFromSchema);
  return {
    code: sys.code ?? '', title: schema?.title ?? '', issuer: sys.issuer ?? '', targetLevel: sys.targetLevel ?? '',
    totalScore: sys.totalScore ?? indicators.reduce((s, n) => s + n.maxScore, 0), passScore: sys.passScore,
    grades: sys.grades ?? [], description: schema?.description, ...keptOf(sys, SYSTEM_KEYS), indicators,
  };
}

/** The keywords the builder edits; any other is kept verbatim, so a hand-written system loses nothing. */
const INDICATOR_KEYS = new Set(['code', 'kind', 'aggregate', 'maxScore', 'criteria', 'scoring', 'veto', 'evidence', 'departments']);
const SYSTEM_KEYS = new Set(['code', 'issuer', 'targetLevel', 'totalScore', 'passScore', 'grades']);

function keptOf(x: Json, known: Set<string>): { keep?: Json } {
  const keep = Object.fromEntries(Object.entries(x ?? {}).filter(([k]) => !known.has(k)));
  return Object.keys(keep).length ? { keep } : {};
}
