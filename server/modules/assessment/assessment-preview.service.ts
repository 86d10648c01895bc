// previewAssessment: the engine run on any schema and sample answers, as the builder's test
// panel and third-party tools use it. Nothing is stored.
import { compileSystem, deepMerge, evaluate, gradeFor, validateAnswers, validateScores } from '../../engine/index.js';
import { unsafeFaults } from '../../engine/safety.js';
import type { JsonObject, UnitContext } from '../../engine/types.js';
import { badInput } from '../../graphql/errors.js';
import { type Actor, authorize } from '../auth/policy.js';
import type { AssessmentPreviewType } from './assessment.types.js';

export async function previewAssessment(
  actor: Actor | undefined, schema: unknown, data: unknown, unit: unknown, selfScores: unknown,
): Promise<AssessmentPreviewType> {
  authorize(actor, 'system:read', actor?.unitPath ?? '');
  const inputFaults = [
    ...(isObject(data) ? unsafeFaults(data, '/data') : [{ path: '/data', message: '答案应为 JSON 对象' }]),
    ...(unit === undefined || unit === null || isObject(unit) ? unsafeFaults(unit ?? {}, '/unit') : [{ path: '/unit', message: '单位应为 JSON 对象' }]),
  ];
  if (inputFaults.length) throw badInput(inputFaults);
  const compiled = compileSystem(schema);
  if (!compiled.ok) {
    const errors = compiled.faults.map((f) => ({ ...f, path: `/schema${f.path === '/' ? '' : f.path}` }));
    return { valid: false, errors, computed: {}, indicatorScores: [], total: 0, vetoes: [], vetoed: false };
  }
  const cs = compiled.compiled;
  const scoreFaults = validateScores(cs, selfScores, '/selfScores');
  if (scoreFaults.length) throw badInput(scoreFaults);
  const evaluation = await evaluate(cs, { data: data as JsonObject, unit: (unit ?? {}) as UnitContext, selfScores: (selfScores ?? {}) as Record<string, number> });
  const errors = [
    ...validateAnswers(cs, deepMerge(data as JsonObject, evaluation.computed), 'submit', '/data'),
    ...evaluation.errors,
  ];
  return {
    valid: errors.length === 0, errors, computed: evaluation.computed, indicatorScores: evaluation.indicatorScores,
    total: evaluation.selfTotal, vetoes: evaluation.vetoes, vetoed: evaluation.vetoed,
    grade: gradeFor(cs.system.meta, evaluation.selfTotal, evaluation.vetoed) ?? undefined,
  };
}

function isObject(value: unknown): value is JsonObject {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
