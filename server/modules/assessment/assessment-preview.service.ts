// previewAssessment: the engine run on any schema and sample answers, as the builder's test
// panel and third-party tools use it. Nothing is stored; the work runs in the compute pool.
import type { ComputePool } from '../../compute/compute-pool.js';
import type { PreviewResult } from '../../compute/compute-tasks.js';
import { unsafeFaults } from '../../engine/safety.js';
import type { JsonObject, UnitContext } from '../../engine/types.js';
import { badInput } from '../../graphql/errors.js';
import { type Actor, authorize } from '../auth/policy.js';

export async function previewAssessment(
  compute: ComputePool, actor: Actor | undefined, schema: unknown, data: unknown, unit: unknown, selfScores: unknown,
): Promise<PreviewResult> {
  authorize(actor, 'system:read', actor?.unitPath ?? '');
  // Refused before any work is queued: these walks are linear and stop at the size limits.
  const inputFaults = [
    ...(isObject(data) ? unsafeFaults(data, '/data') : [{ path: '/data', message: '答案应为 JSON 对象' }]),
    ...(unit === undefined || unit === null || isObject(unit) ? unsafeFaults(unit ?? {}, '/unit') : [{ path: '/unit', message: '单位应为 JSON 对象' }]),
  ];
  if (inputFaults.length) throw badInput(inputFaults);
  const outcome = await compute.preview({ schema, data: data as JsonObject, unit: (unit ?? {}) as UnitContext, selfScores });
  if ('scoreFaults' in outcome) throw badInput(outcome.scoreFaults);
  return outcome.preview;
}

function isObject(value: unknown): value is JsonObject {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
