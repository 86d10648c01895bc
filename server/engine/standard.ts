// 达标 (standard) indicators: results instead of points. A standard leaf is judged by a
// person (manual) or by a formula giving true/false or met/basic/unmet; a standard group
// combines its children by `aggregate`; the system passes by its `pass` rule or its kind's
// default. A result that cannot be told yet is null — never "met" and never "unmet".
import type { CompiledSystem } from './compiled.js';
import { evaluateFormula, evaluateWithInputs, type StepBudget } from './formula.js';
import { objectAt } from './paths.js';
import { escapePointer } from './safety.js';
import type { FormulaError, IndicatorNode, JsonObject, StandardResult, UnitContext } from './types.js';

export type Results = Map<string, StandardResult | null>;

/** The words people and formulas use for a result. */
const RESULT_WORDS: Record<string, StandardResult> = {
  met: 'met', basic: 'basic', unmet: 'unmet', 达标: 'met', 合格: 'met', 基本达标: 'basic', 基本合格: 'basic', 未达标: 'unmet', 不合格: 'unmet',
};

export function asResult(value: unknown): StandardResult | undefined {
  if (value === true) return 'met';
  if (value === false) return 'unmet';
  return typeof value === 'string' ? RESULT_WORDS[value] : undefined;
}

const pointerOf = (node: IndicatorNode) => `/${node.dataPath.map(escapePointer).join('/')}`;

/** Results of standard leaves judged by a formula; a formula that cannot decide is a fault, and the result stays null. */
export async function computeLeafResults(
  cs: CompiledSystem, merged: JsonObject, unit: UnitContext, errors: FormulaError[], budget: StepBudget,
): Promise<Record<string, StandardResult>> {
  const results: Record<string, StandardResult> = {};
  for (const node of cs.system.all) {
    if (node.kind !== 'standard' || node.children.length || node.method !== 'formula') continue;
    const formula = cs.formulas.get(`${node.schemaPath}/x-indicator/scoring/formula`);
    if (!formula) continue;
    const outcome = await evaluateWithInputs(formula, objectAt(merged, node.dataPath), merged, unit, budget);
    const result = outcome.ok ? asResult(outcome.value) : undefined;
    if (result) results[node.code] = result;
    else {
      errors.push({
        path: pointerOf(node), indicator: node.code, code: outcome.ok ? undefined : outcome.code,
        message: outcome.ok ? `达标公式应得出 true/false 或 met/basic/unmet，实际为 ${JSON.stringify(outcome.value)?.slice(0, 40) ?? '空'}，请检查公式` : outcome.message,
      });
    }
  }
  return results;
}

/** Leaf results from `leafResult`, groups by their aggregate; scored indicators are absent. */
export async function rollUpResults(
  cs: CompiledSystem, leafResult: (n: IndicatorNode) => StandardResult | null, context: { merged: JsonObject; unit: UnitContext; budget: StepBudget; errors: FormulaError[] },
): Promise<Results> {
  const out: Results = new Map();
  const visit = async (node: IndicatorNode): Promise<void> => {
    for (const child of node.children) await visit(child);
    if (node.kind !== 'standard') return;
    if (node.children.length === 0) {
      out.set(node.code, leafResult(node));
      return;
    }
    out.set(node.code, await combine(cs, node, node.children.map((c) => out.get(c.code) ?? null), context));
  };
  for (const root of cs.system.roots) await visit(root);
  return out;
}

async function combine(
  cs: CompiledSystem, node: IndicatorNode, parts: (StandardResult | null)[], context: { merged: JsonObject; unit: UnitContext; budget: StepBudget; errors: FormulaError[] },
): Promise<StandardResult | null> {
  const count = (r: StandardResult) => parts.filter((p) => p === r).length;
  const unknown = parts.some((p) => p === null);
  const aggregate = node.aggregate ?? 'all';
  if (aggregate === 'all') {
    if (count('unmet')) return 'unmet';
    if (unknown) return null;
    return count('basic') ? 'basic' : 'met';
  }
  if ('atLeast' in aggregate) {
    if (count('met') >= aggregate.atLeast) return 'met';
    if (unknown) return null;
    return count('met') + count('basic') >= aggregate.atLeast ? 'basic' : 'unmet';
  }
  if (unknown) return null; // a rule over the children's results waits until all are known
  const formula = cs.formulas.get(`${node.schemaPath}/x-indicator/aggregate/formula`);
  if (!formula) return null;
  const results = Object.fromEntries(node.children.map((c, i) => [c.code, parts[i]]));
  const outcome = await evaluateFormula(formula, results, context.merged, context.unit, context.budget, { results });
  const result = outcome.ok ? asResult(outcome.value) : undefined;
  if (!result) {
    context.errors.push({
      path: pointerOf(node), indicator: node.code, code: outcome.ok ? undefined : outcome.code,
      message: outcome.ok ? '汇总规则应得出 true/false 或 met/basic/unmet，请检查 aggregate.formula' : outcome.message,
    });
  }
  return result ?? null;
}

/**
 * Whether an assessment passes: the system's `pass` rule, or by its kind — total ≥ pass mark
 * (score), every level-1 standard indicator met (standard), both (mixed); a veto fails it.
 * null while a part it needs is unknown.
 */
export async function passes(
  cs: CompiledSystem, input: { total: number; results: Results; vetoed: boolean; passScore?: number },
  context: { merged: JsonObject; unit: UnitContext; budget: StepBudget; errors: FormulaError[] },
): Promise<boolean | null> {
  const meta = cs.system.meta;
  if (input.vetoed) return false;
  const leafResults = cs.system.all.filter((n) => n.kind === 'standard' && n.children.length === 0).map((n) => input.results.get(n.code) ?? null);
  if (meta.pass) {
    const formula = cs.formulas.get('/x-system/pass');
    if (!formula) return null;
    const count = (r: StandardResult) => leafResults.filter((x) => x === r).length;
    const outcome = await evaluateFormula(formula, {}, context.merged, context.unit, context.budget, {
      total: input.total, met: count('met'), basic: count('basic'), unmet: count('unmet'), results: Object.fromEntries(input.results), vetoed: input.vetoed,
    });
    if (outcome.ok && typeof outcome.value === 'boolean') return outcome.value;
    context.errors.push({ path: '/', code: outcome.ok ? undefined : outcome.code, message: `合格规则（x-system.pass）${outcome.ok ? '应得出 true/false' : `无法计算：${outcome.message}`}，请检查` });
    return null;
  }
  const scorePart = meta.kind === 'standard' || input.passScore === undefined ? true : input.total >= input.passScore;
  if (meta.kind === 'score') return scorePart;
  const roots = cs.system.roots.filter((r) => r.kind === 'standard').map((r) => input.results.get(r.code) ?? null);
  if (!scorePart || roots.some((r) => r !== null && r !== 'met')) return false;
  return roots.some((r) => r === null) ? null : true;
}
