// Scores by stage (self, street, expert, final), vetoes, totals and grades.
// Formula and checklist leaves compute their score from the answers; manual leaves take
// what a person entered; groups sum their children, clamped to their maximum.
import type { CompiledSystem } from './compiled.js';
import { computeFields } from './compute.js';
import { asFiniteNumber, describeNonNumber, evaluateWithInputs, newStepBudget, type StepBudget } from './formula.js';
import { objectAt } from './paths.js';
import { asResult, computeLeafResults, passes, type Results, rollUpResults } from './standard.js';
import { escapePointer } from './safety.js';
import type {
  Evaluation, FormulaError, Grade, IndicatorNode, IndicatorScore, JsonObject, Scores, SourceRow, SystemMeta, UnitContext, VetoResult,
} from './types.js';

export interface EvaluateInput {
  data: JsonObject;
  unit?: UnitContext;
  /** Points for manual score leaves, results (met/basic/unmet) for manual standard leaves. */
  selfScores?: Scores;
  /** Absent when that stage has not scored yet. */
  streetScores?: Scores;
  expertScores?: Scores;
  /** The campaign's pass mark; the system's when absent. */
  passScore?: number;
  /** The source campaigns' assessments of units inside this one, by the names the system declares. */
  sources?: Record<string, SourceRow[]>;
  /** 合理缺项: optional indicators the filler marked not applicable, with the reason. */
  notApplicable?: Record<string, string>;
}

const pointsIn = (stage: Scores | undefined, n: IndicatorNode) => {
  const v = stage?.[n.code];
  return typeof v === 'number' ? v : undefined;
};
const resultIn = (stage: Scores | undefined, n: IndicatorNode) => asResult(stage?.[n.code]);

export function clamp(value: number, max: number): number {
  return Math.min(Math.max(value, 0), max);
}

/** Evaluates everything the engine knows about one assessment. */
export async function evaluate(cs: CompiledSystem, input: EvaluateInput): Promise<Evaluation> {
  const unit = input.unit ?? {};
  // Shared by every formula of this assessment: one step budget, the constants, the sources.
  const budget = newStepBudget({ const: cs.system.meta.constants, sources: input.sources ?? {} });
  // Items marked not applicable are not computed at all: no score, no fault, outside the total.
  const na = notApplicableCodes(cs, input.notApplicable);
  const active = na.size ? { ...cs, system: { ...cs.system, all: cs.system.all.filter((n) => !na.has(n.code)) } } : cs;
  const { computed, merged, errors } = await computeFields(active, input.data, unit, budget);
  const computedScores = await computeLeafScores(active, merged, unit, errors, budget);
  const computedResults = await computeLeafResults(active, merged, unit, errors, budget);
  const vetoes = await evaluateVetoes(active, merged, unit, errors, budget);
  const context = { merged, unit, budget, errors };

  // Points: score leaves only. A formula that could not be computed has no score (null), not 0: its fault is in `errors`.
  const computedOf = (n: IndicatorNode) => (n.kind === 'standard' || n.method === 'manual' ? null : (computedScores[n.code] ?? null));
  const selfOf = (n: IndicatorNode) => (n.kind === 'standard' || na.has(n.code) ? null : n.method === 'manual' ? (pointsIn(input.selfScores, n) ?? null) : computedOf(n));
  const leaf = (n: IndicatorNode, stage: Scores | undefined, fallback: (m: IndicatorNode) => number | null) =>
    stage === undefined || n.kind === 'standard' || na.has(n.code) ? null : (pointsIn(stage, n) ?? fallback(n));
  const self = rollUp(cs, selfOf);
  const street = rollUp(cs, (n) => leaf(n, input.streetScores, selfOf));
  const expert = rollUp(cs, (n) => leaf(n, input.expertScores, computedOf));

  // Results: standard leaves, by the same stages.
  const computedResultOf = (n: IndicatorNode) => (n.method === 'manual' ? null : (computedResults[n.code] ?? null));
  const selfResultOf = (n: IndicatorNode) => (na.has(n.code) ? null : n.method === 'manual' ? (resultIn(input.selfScores, n) ?? null) : computedResultOf(n));
  const noResults: Results = new Map();
  const selfR = await rollUpResults(cs, selfResultOf, context);
  const streetR = input.streetScores ? await rollUpResults(cs, (n) => resultIn(input.streetScores, n) ?? selfResultOf(n), context) : noResults;
  const expertR = input.expertScores ? await rollUpResults(cs, (n) => resultIn(input.expertScores, n) ?? computedResultOf(n), context) : noResults;

  const indicatorScores: IndicatorScore[] = cs.system.all.map((n) => ({
    code: n.code, title: n.title, level: n.level, parentCode: n.parentCode, maxScore: n.maxScore, method: n.method, kind: n.kind,
    computedScore: n.children.length ? null : computedOf(n),
    selfScore: self.get(n.code) ?? null,
    streetScore: street.get(n.code) ?? null,
    expertScore: expert.get(n.code) ?? null,
    finalScore: expert.get(n.code) ?? null,
    computedResult: n.kind === 'standard' && !n.children.length ? computedResultOf(n) : null,
    selfResult: selfR.get(n.code) ?? null,
    streetResult: streetR.get(n.code) ?? null,
    expertResult: expertR.get(n.code) ?? null,
    finalResult: expertR.get(n.code) ?? null,
    notApplicable: na.has(n.code),
  }));
  // 加分项 add and 扣分项 subtract outside the total; the total stays within 0 and maxTotal.
  // 合理缺项 leave the total: it is scaled back to the full scale (prorate) or they count as full marks.
  const naMax = topmost(cs, na).filter((n) => !n.extra).reduce((s, n) => s + n.maxScore, 0);
  const meta = cs.system.meta;
  const scaled = (sum: number) => {
    if (naMax === 0) return sum;
    if (meta.naScaling === 'full') return sum + naMax;
    return meta.totalScore > naMax ? (sum * meta.totalScore) / (meta.totalScore - naMax) : sum;
  };
  const total = (m: Map<string, number | null>, present: boolean) => {
    if (!present) return null;
    const regular = cs.system.roots.filter((r) => !r.extra).reduce((s, r) => s + (m.get(r.code) ?? 0), 0);
    const extras = cs.system.roots.filter((r) => r.extra).reduce((s, r) => s + (r.extra === 'penalty' ? -1 : 1) * (m.get(r.code) ?? 0), 0);
    return round(Math.min(Math.max(scaled(regular) + extras, 0), meta.maxTotal ?? Number.POSITIVE_INFINITY));
  };
  const vetoed = vetoes.some((v) => v.passed === false);
  const selfTotal = total(self, true) ?? 0;
  const expertTotal = total(expert, input.expertScores !== undefined);
  const passScore = input.passScore ?? cs.system.meta.passScore;
  return {
    computed, indicatorScores, vetoes, vetoed, selfTotal,
    streetTotal: total(street, input.streetScores !== undefined),
    expertTotal,
    selfPassed: await passes(cs, { total: selfTotal, results: selfR, vetoed, passScore }, context),
    expertPassed: expertTotal === null ? null : await passes(cs, { total: expertTotal, results: expertR, vetoed, passScore }, context),
    errors,
  };
}

async function computeLeafScores(cs: CompiledSystem, merged: JsonObject, unit: UnitContext, errors: FormulaError[], budget: StepBudget): Promise<Record<string, number>> {
  const scores: Record<string, number> = {};
  for (const node of cs.system.all) {
    const own = objectAt(merged, node.dataPath);
    if (node.kind === 'standard') continue; // results, not points: standard.ts
    if (node.method === 'checklist' && node.items) {
      const points = Object.entries(node.items).reduce((s, [field, p]) => s + (own[field] === true ? p : 0), 0);
      scores[node.code] = clamp(points, node.maxScore);
    }
    if (node.method === 'formula') {
      const formula = cs.formulas.get(`${node.schemaPath}/x-indicator/scoring/formula`);
      if (!formula) continue;
      const outcome = await evaluateWithInputs(formula, own, merged, unit, budget);
      const value = outcome.ok ? asFiniteNumber(outcome.value) : undefined;
      if (value === undefined) {
        // No score, and a fault on the indicator: never a silent 0 (a draft may have it; submitting may not).
        errors.push({ path: pointerOf(node), indicator: node.code, code: outcome.ok ? undefined : outcome.code, message: outcome.ok ? describeNonNumber(outcome.value) : outcome.message });
        continue;
      }
      scores[node.code] = clamp(round(value), node.maxScore);
    }
  }
  return scores;
}

async function evaluateVetoes(cs: CompiledSystem, merged: JsonObject, unit: UnitContext, errors: FormulaError[], budget: StepBudget): Promise<VetoResult[]> {
  const results: VetoResult[] = [];
  for (const node of cs.system.all) {
    if (!node.veto) continue;
    const formula = cs.formulas.get(`${node.schemaPath}/x-indicator/veto/formula`);
    if (!formula) continue;
    const outcome = await evaluateWithInputs(formula, objectAt(merged, node.dataPath), merged, unit, budget);
    let passed: boolean | null = null;
    if (outcome.ok && typeof outcome.value === 'boolean') passed = outcome.value;
    else errors.push({ path: pointerOf(node), indicator: node.code, code: outcome.ok ? undefined : outcome.code, message: outcome.ok ? '否决项公式应得出“是/否”，请补全相关数据' : `否决项无法判断：${outcome.message}` });
    results.push({ code: node.code, message: node.veto.message, passed });
  }
  return results;
}

/** Leaf values from `leafValue`, groups as the clamped sum of their children; null where nothing is known. */
function rollUp(cs: CompiledSystem, leafValue: (n: IndicatorNode) => number | null): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const visit = (node: IndicatorNode): number | null => {
    let value: number | null;
    if (node.children.length === 0) value = leafValue(node);
    else {
      const parts = node.children.map(visit);
      const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
      // 扣分制: the children are deductions from the group's maximum.
      const raw = node.scoreAggregate === 'deduct' ? node.maxScore - sum : sum;
      value = parts.every((p) => p === null) ? null : clamp(round(raw), node.maxScore);
    }
    out.set(node.code, value);
    return value;
  };
  cs.system.roots.forEach(visit);
  return out;
}

/** Optional indicators marked not applicable, with everything below them. */
export function notApplicableCodes(cs: CompiledSystem, marked: Record<string, string> | undefined): Set<string> {
  const out = new Set<string>();
  const add = (n: IndicatorNode) => {
    out.add(n.code);
    n.children.forEach(add);
  };
  for (const n of cs.system.all) if (n.optional && marked?.[n.code] !== undefined) add(n);
  return out;
}

/** The marked indicators that are not inside another marked one. */
function topmost(cs: CompiledSystem, na: Set<string>): IndicatorNode[] {
  return cs.system.all.filter((n) => na.has(n.code) && !(n.parentCode && na.has(n.parentCode)));
}

/** The grade of a total: a triggered veto gives the lowest grade. */
export function gradeFor(meta: SystemMeta, total: number, vetoed: boolean): string | null {
  const grades: Grade[] = meta.grades;
  if (grades.length === 0) return null;
  if (vetoed) return grades[grades.length - 1].label;
  return grades.find((g) => g.min <= total)?.label ?? grades[grades.length - 1].label;
}

export function passedFor(passScore: number, total: number, vetoed: boolean): boolean {
  return !vetoed && total >= passScore;
}

function pointerOf(node: IndicatorNode): string {
  return `/${node.dataPath.map(escapePointer).join('/')}`;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
