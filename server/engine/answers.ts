// Answer and score checks. Drafts may miss required answers but never have a wrong type
// or shape; submitting needs a fully valid document. Scores are 0..max in steps of 0.5.
import { ajvFaults } from './ajv.js';
import type { CompiledSystem } from './compiled.js';
import { clone, setAt } from './paths.js';
import { escapePointer } from './safety.js';
import { type Fault, type IndicatorNode, type JsonObject, type Scores, STANDARD_RESULTS, type StandardResult } from './types.js';

export type AnswerMode = 'draft' | 'submit';

/** Faults of an answer document (computed values merged in), pointers under `prefix`. */
export function validateAnswers(cs: CompiledSystem, merged: JsonObject, mode: AnswerMode, prefix = ''): Fault[] {
  const validate = mode === 'draft' ? cs.validateDraft : cs.validateSubmit;
  const doc = withIndicatorObjects(cs, merged);
  const unknown = unknownKeyFaults(cs.schema, merged, prefix);
  return validate(doc) ? unknown : [...ajvFaults(validate.errors, prefix), ...unknown];
}

/**
 * Keys the schema has nowhere: refused with their paths rather than copied into every revision.
 * A key is known when any branch of its object's schema (allOf, if/then/else, anyOf, oneOf,
 * dependentSchemas) declares it, so a conditional field's answer is never refused for its
 * condition; an object open to other keys (additionalProperties, patternProperties) takes any.
 */
export function unknownKeyFaults(schema: unknown, data: unknown, prefix = ''): Fault[] {
  const faults: Fault[] = [];
  walkKnown([schema], data, prefix, faults);
  return faults;
}

const BRANCHES = ['allOf', 'anyOf', 'oneOf'] as const;

/** The schema and every branch of it that applies to the same value. */
function branchesOf(schemas: unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (node: unknown) => {
    if (!node || typeof node !== 'object' || Array.isArray(node) || out.length > 500) return;
    const n = node as JsonObject;
    out.push(n);
    for (const key of BRANCHES) if (Array.isArray(n[key])) (n[key] as unknown[]).forEach(add);
    for (const key of ['if', 'then', 'else'] as const) add(n[key]);
    if (n.dependentSchemas && typeof n.dependentSchemas === 'object') Object.values(n.dependentSchemas as JsonObject).forEach(add);
  };
  schemas.forEach(add);
  return out;
}

function walkKnown(schemas: unknown[], data: unknown, path: string, faults: Fault[]): void {
  if (faults.length >= 50) return;
  const nodes = branchesOf(schemas);
  if (nodes.length === 0 || nodes.some((n) => n.$ref !== undefined)) return; // not ours to judge
  if (Array.isArray(data)) {
    const items = nodes.map((n) => n.items).filter((i) => i && typeof i === 'object');
    if (items.length) data.forEach((item, i) => walkKnown(items, item, `${path}/${i}`, faults));
    return;
  }
  if (!data || typeof data !== 'object') return;
  const open = nodes.some((n) => (n.additionalProperties !== undefined && n.additionalProperties !== false)
    || (n.unevaluatedProperties !== undefined && n.unevaluatedProperties !== false) || n.patternProperties !== undefined);
  const declared = nodes.filter((n) => n.properties && typeof n.properties === 'object');
  if (!declared.length && !nodes.some((n) => n.type === 'object')) return; // a schema that says nothing of objects
  for (const [key, value] of Object.entries(data)) {
    const here = `${path}/${escapePointer(key)}`;
    const subschemas = declared.map((n) => (n.properties as JsonObject)[key]).filter((v) => v !== undefined);
    if (subschemas.length) walkKnown(subschemas, value, here, faults);
    else if (!open) faults.push({ path: here, message: `指标体系中没有“${key}”这一项，请删除后再保存（可能是体系已更新，或数据来自其他体系）` });
  }
}

/** Every indicator's object present (empty where unanswered), so its required answers are reported too. */
function withIndicatorObjects(cs: CompiledSystem, doc: JsonObject): JsonObject {
  const out = clone(doc) ?? {};
  for (const node of cs.system.all) {
    // One walk down the indicator's path, filling gaps with empty objects; never past a wrong
    // value (its type error must still be reported). Below a gap there is nothing to be wrong.
    let at = out;
    for (const key of node.dataPath) {
      const value = Object.hasOwn(at, key) ? at[key] : undefined;
      if (value === undefined) setAt(at, [key], {});
      else if (typeof value !== 'object' || value === null || Array.isArray(value)) break;
      at = at[key] as JsonObject;
    }
  }
  return out;
}

export function leaves(cs: CompiledSystem): IndicatorNode[] {
  return cs.system.all.filter((n) => n.children.length === 0);
}

/** Checks a { code: points } object: leaf codes only, 0..maxScore, steps of 0.5. */
export function validateScores(cs: CompiledSystem, scores: unknown, prefix: string): Fault[] {
  if (scores === undefined || scores === null) return [];
  if (typeof scores !== 'object' || Array.isArray(scores)) return [{ path: prefix, message: '分数应为 { 指标编码: 分数 } 形式的对象' }];
  const byCode = new Map(cs.system.all.map((n) => [n.code, n]));
  const faults: Fault[] = [];
  for (const [code, value] of Object.entries(scores)) {
    const path = `${prefix}/${code}`;
    const node = byCode.get(code);
    if (!node) faults.push({ path, message: `没有编码为“${code}”的指标，请检查编码` });
    else if (node.children.length) faults.push({ path, message: `“${code}”有下级指标，其分数由下级合计，请为末级指标打分` });
    else if (node.kind === 'standard') {
      if (!STANDARD_RESULTS.includes(value as StandardResult)) faults.push({ path, message: '达标类指标应认定为 met（达标）、basic（基本达标）或 unmet（未达标），不打分' });
    } else if (typeof value !== 'number' || !Number.isFinite(value)) faults.push({ path, message: '分数应为数字' });
    else if (value < 0 || value > node.maxScore) faults.push({ path, message: `分数应在 0 到 ${node.maxScore} 之间` });
    else if (Math.round(value * 2) !== value * 2) faults.push({ path, message: '分数以 0.5 分为单位，请调整' });
  }
  return faults;
}

/** Manual leaves that have no score (score leaves) or no result (standard leaves) in `scores`. */
export function missingManualScores(cs: CompiledSystem, scores: Scores | undefined, prefix: string): Fault[] {
  return leaves(cs)
    .filter((n) => n.method === 'manual' && (n.kind === 'standard' ? !STANDARD_RESULTS.includes(scores?.[n.code] as StandardResult) : typeof scores?.[n.code] !== 'number'))
    .map((n) => ({
      path: `${prefix}/${n.code}`,
      message: n.kind === 'standard' ? `请认定“${n.code} ${n.title}”是否达标（达标、基本达标或未达标）` : `请为“${n.code} ${n.title}”打分（人工评分项必须打分）`,
    }));
}

/** 合理缺项 as the filler marks them: { code: reason } for optional indicators only, each with a reason. */
export function validateNotApplicable(cs: CompiledSystem, value: unknown, prefix: string): Fault[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [{ path: prefix, message: '不适用项应为 { 指标编码: 理由 } 形式的对象' }];
  const byCode = new Map(cs.system.all.map((n) => [n.code, n]));
  const faults: Fault[] = [];
  for (const [code, reason] of Object.entries(value)) {
    const path = `${prefix}/${escapePointer(code)}`;
    const node = byCode.get(code);
    if (!node) faults.push({ path, message: `没有编码为“${code}”的指标，请检查编码` });
    else if (!node.optional) faults.push({ path, message: `“${code} ${node.title}”不是合理缺项，不能标为不适用；如确有特殊情况请在说明中写明` });
    else if (typeof reason !== 'string' || !reason.trim() || reason.length > 500) faults.push({ path, message: '请写明不适用的理由（不超过 500 字）' });
  }
  return faults;
}

/** Faults about answers or scores of indicators marked not applicable: those need nothing. */
export function outsideNotApplicable(cs: CompiledSystem, na: Set<string>, faults: Fault[]): Fault[] {
  if (na.size === 0) return faults;
  const marked = cs.system.all.filter((n) => na.has(n.code));
  const dataPaths = marked.map((n) => `/data/${n.dataPath.map(escapePointer).join('/')}`);
  return faults.filter((f) => !dataPaths.some((p) => f.path === p || f.path.startsWith(`${p}/`)) && !marked.some((n) => f.path.endsWith(`/${n.code}`) && /^\/(selfScores|evidence|scores)\//.test(f.path)));
}
