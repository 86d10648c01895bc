// Answer and score checks. Drafts may miss required answers but never have a wrong type
// or shape; submitting needs a fully valid document. Scores are 0..max in steps of 0.5.
import { ajvFaults } from './ajv.js';
import type { CompiledSystem } from './compiled.js';
import { clone, getAt, setAt } from './paths.js';
import type { Fault, IndicatorNode, JsonObject, Scores } from './types.js';

export type AnswerMode = 'draft' | 'submit';

/** Faults of an answer document (computed values merged in), pointers under `prefix`. */
export function validateAnswers(cs: CompiledSystem, merged: JsonObject, mode: AnswerMode, prefix = ''): Fault[] {
  const validate = mode === 'draft' ? cs.validateDraft : cs.validateSubmit;
  const doc = withIndicatorObjects(cs, merged);
  return validate(doc) ? [] : ajvFaults(validate.errors, prefix);
}

/** Every indicator's object present (empty where unanswered), so its required answers are reported too. */
function withIndicatorObjects(cs: CompiledSystem, doc: JsonObject): JsonObject {
  const out = clone(doc) ?? {};
  for (const node of cs.system.all) {
    // Never replace a wrong value (its type error must still be reported), only fill gaps.
    const blocked = node.dataPath.some((_, i) => {
      const value = getAt(out, node.dataPath.slice(0, i + 1));
      return value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value));
    });
    if (!blocked && getAt(out, node.dataPath) === undefined) setAt(out, node.dataPath, {});
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
    else if (typeof value !== 'number' || !Number.isFinite(value)) faults.push({ path, message: '分数应为数字' });
    else if (value < 0 || value > node.maxScore) faults.push({ path, message: `分数应在 0 到 ${node.maxScore} 之间` });
    else if (Math.round(value * 2) !== value * 2) faults.push({ path, message: '分数以 0.5 分为单位，请调整' });
  }
  return faults;
}

/** Manual leaves that have no score in `scores`. */
export function missingManualScores(cs: CompiledSystem, scores: Scores | undefined, prefix: string): Fault[] {
  return leaves(cs)
    .filter((n) => n.method === 'manual' && typeof scores?.[n.code] !== 'number')
    .map((n) => ({ path: `${prefix}/${n.code}`, message: `请为“${n.code} ${n.title}”打分（人工评分项必须打分）` }));
}
