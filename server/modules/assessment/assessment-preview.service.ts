// previewAssessment: the engine run on any schema and sample answers, as the builder's test
// panel and third-party tools use it. Nothing is stored; the work runs in the compute pool.
import type { ComputePool } from '../../compute/compute-pool.js';
import type { PreviewResult } from '../../compute/compute-tasks.js';
import { unsafeFaults } from '../../engine/safety.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Fault, JsonObject, SourceDeclaration, SourceRow, UnitContext } from '../../engine/types.js';
import { linkSources } from '../campaign/campaign.service.js';
import type { CampaignSourceInput } from '../campaign/campaign.types.js';
import { readSourceCampaign } from './assessment-sources.js';
import { badInput } from '../../core/errors.js';
import { type Actor, authorize } from '../auth/policy.js';

export async function previewAssessment(
  em: EntityManager, compute: ComputePool, actor: Actor | undefined, schema: unknown, data: unknown, unit: unknown, selfScores: unknown, sources?: CampaignSourceInput[] | null,
): Promise<PreviewResult & { sourceValues: Record<string, SourceRow[]> }> {
  authorize(actor, 'system:read', actor?.unitPath ?? '');
  // Refused before any work is queued: these walks are linear and stop at the size limits.
  const inputFaults = [
    ...(isObject(data) ? unsafeFaults(data, '/data') : [{ path: '/data', message: '答案应为 JSON 对象' }]),
    ...(unit === undefined || unit === null || isObject(unit) ? unsafeFaults(unit ?? {}, '/unit') : [{ path: '/unit', message: '单位应为 JSON 对象' }]),
  ];
  if (inputFaults.length) throw badInput(inputFaults);
  const sourceValues = sources?.length ? await sampleSources(em, actor as Actor, schema, sources) : {};
  const outcome = await compute.preview({ schema, data: data as JsonObject, unit: (unit ?? {}) as UnitContext, selfScores, sources: sourceValues });
  if ('scoreFaults' in outcome) throw badInput(outcome.scoreFaults);
  return { ...outcome.preview, sourceValues };
}

/**
 * `$sources` for a preview: the rows of real campaigns the builder picked, for the units in the
 * administrator's own subtree — what the system's formulas would read once linked to them.
 */
async function sampleSources(em: EntityManager, actor: Actor, schema: unknown, given: CampaignSourceInput[]): Promise<Record<string, SourceRow[]>> {
  authorize(actor, 'system:manage', actor.unitPath ?? '');
  const declared = declaredIn(schema);
  const faults: Fault[] = [];
  const links = await linkSources(em, actor, declared, given, faults, { path: '/sources', requireAll: false });
  if (faults.length) throw badInput(faults);
  const out: Record<string, SourceRow[]> = {};
  for (const [name, campaignId] of Object.entries(links)) out[name] = await readSourceCampaign(em, campaignId, actor.unitPath ?? '', declared[name]);
  return out;
}

/** The sources the previewed schema declares, read defensively: the schema itself is checked in the worker, not here. */
function declaredIn(schema: unknown): Record<string, SourceDeclaration> {
  const sources = isObject(schema) && isObject(schema['x-system']) ? schema['x-system'].sources : undefined;
  if (!isObject(sources)) return {};
  const out: Record<string, SourceDeclaration> = {};
  for (const [name, s] of Object.entries(sources)) {
    if (!isObject(s) || typeof s.system !== 'string') continue;
    const statuses = Array.isArray(s.statuses) && s.statuses.length && s.statuses.every((x) => typeof x === 'string') ? (s.statuses as string[]).slice(0, 8) : ['FINALIZED'];
    out[name] = { system: s.system, level: typeof s.level === 'string' ? s.level : undefined, statuses };
  }
  return out;
}

function isObject(value: unknown): value is JsonObject {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
