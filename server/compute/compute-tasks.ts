// The untrusted computations, as plain functions from JSON to JSON: checking an indicator
// system an administrator wrote, and running the engine on any schema and sample answers
// (the builder's test panel, previewAssessment). They run in the compute worker pool
// (compute-pool.ts), never on the thread that answers requests.
import { compileSystem, deepMerge, evaluate, gradeFor, validateAnswers, validateScores } from '../engine/index.js';
import type { Fault, JsonObject, ParsedSystem, SourceRow, SystemMeta, UnitContext } from '../engine/types.js';

export interface IndicatorSummary {
  code: string;
  title: string;
  level: number;
  parentCode?: string;
  maxScore: number;
  method: string;
  kind: string;
  /** The same as method and kind, for the contract's enum fields (the string ones are deprecated). */
  scoringMethod: string;
  measure: string;
  criteria?: string;
  formula?: string;
  vetoMessage?: string;
  evidenceRequired: boolean;
  departments: string[];
}

/** What checking a schema finds: its faults (paths relative to the schema), or its meta and indicator tree. */
export interface SystemCheck {
  faults: Fault[];
  meta?: SystemMeta;
  indicators: IndicatorSummary[];
}

export interface PreviewInput {
  schema: unknown;
  data: JsonObject;
  unit: UnitContext;
  selfScores: unknown;
  /** `$sources` rows, read by the caller from the campaigns it picked. */
  sources?: Record<string, SourceRow[]>;
}

export interface PreviewResult {
  valid: boolean;
  errors: Fault[];
  computed: Record<string, unknown>;
  indicatorScores: unknown[];
  total: number;
  vetoes: unknown[];
  vetoed: boolean;
  /** Whether the sample answers pass (the system's pass rule); null while it cannot be told. */
  passed: boolean | null;
  grade?: string;
}

/** Self-scores that do not fit the system are the caller's bad input, not a preview result. */
export type PreviewOutcome = { scoreFaults: Fault[] } | { preview: PreviewResult };

export type ComputeTask = { kind: 'check'; schema: unknown } | ({ kind: 'preview' } & PreviewInput);

export function indicatorSummaries(system: ParsedSystem): IndicatorSummary[] {
  return system.all.map((n) => ({
    code: n.code, title: n.title, level: n.level, parentCode: n.parentCode, maxScore: n.maxScore, method: n.method, kind: n.kind, scoringMethod: n.method, measure: n.kind,
    criteria: n.criteria, formula: n.formula, vetoMessage: n.veto?.message, evidenceRequired: n.evidence?.required ?? false,
    departments: n.departments,
  }));
}

export function checkSystem(schema: unknown): SystemCheck {
  const result = compileSystem(schema);
  if (!result.ok) return { faults: result.faults, indicators: [] };
  return { faults: [], meta: result.compiled.system.meta, indicators: indicatorSummaries(result.compiled.system) };
}

export async function previewAssessment({ schema, data, unit, selfScores, sources }: PreviewInput): Promise<PreviewOutcome> {
  const compiled = compileSystem(schema);
  if (!compiled.ok) {
    const errors = compiled.faults.map((f) => ({ ...f, path: `/schema${f.path === '/' ? '' : f.path}` }));
    return { preview: { valid: false, errors, computed: {}, indicatorScores: [], total: 0, vetoes: [], vetoed: false, passed: null } };
  }
  const cs = compiled.compiled;
  const scoreFaults = validateScores(cs, selfScores, '/selfScores');
  if (scoreFaults.length) return { scoreFaults };
  const evaluation = await evaluate(cs, { data, unit, selfScores: (selfScores ?? {}) as Record<string, number>, sources });
  const errors = [...validateAnswers(cs, deepMerge(data, evaluation.computed), 'submit', '/data'), ...evaluation.errors];
  return {
    preview: {
      valid: errors.length === 0, errors, computed: evaluation.computed, indicatorScores: evaluation.indicatorScores,
      total: evaluation.selfTotal, vetoes: evaluation.vetoes, vetoed: evaluation.vetoed, passed: evaluation.selfPassed,
      grade: gradeFor(cs.system.meta, evaluation.selfTotal, evaluation.vetoed) ?? undefined,
    },
  };
}

/** One entry for the worker: the task's kind picks the function. */
export async function runTask(task: ComputeTask): Promise<SystemCheck | PreviewOutcome> {
  return task.kind === 'check' ? checkSystem(task.schema) : previewAssessment(task);
}
