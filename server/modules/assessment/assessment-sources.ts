// `$sources.<name>`: the source campaign's assessments of units inside the assessed unit, as
// formulas read them (a county's 校际差异系数 from its schools' own assessments). Read live
// while the assessment is a draft; frozen into it at submit, so the reviews see what was
// submitted even if a school is assessed again later.
import type { EntityManager } from '@mikro-orm/postgresql';
import { deepMerge } from '../../engine/index.js';
import type { JsonObject, SourceDeclaration, SourceRow, SystemMeta } from '../../engine/types.js';
import type { Campaign } from '../campaign/campaign.entity.js';

interface Row {
  id: number;
  status: string;
  passed: boolean | null;
  total: number | null;
  grade: string | null;
  data: JsonObject;
  computed: JsonObject;
  code: string;
  name: string;
  level: string;
  attributes: Record<string, unknown>;
}

/** Every declared source's rows for the unit at `unitPath`; undefined when the system declares none. */
export async function loadSourceRows(em: EntityManager, campaign: Campaign, unitPath: string, meta: SystemMeta): Promise<Record<string, SourceRow[]> | undefined> {
  const declared = Object.entries(meta.sources);
  if (declared.length === 0) return undefined;
  const out: Record<string, SourceRow[]> = {};
  for (const [name, source] of declared) {
    const campaignId = campaign.sources?.[name];
    out[name] = campaignId ? await readSourceCampaign(em, campaignId, unitPath, source) : [];
  }
  return out;
}

/**
 * The rows last read per source campaign and unit, with a fingerprint of what they were read
 * from: while nothing behind them changed, every save of a county reuses the same rows object,
 * and with it the derived values the engine remembers for it (formula.ts, derivedMemo).
 */
const recent = new Map<string, { fingerprint: string; rows: SourceRow[] }>();
const RECENT_LIMIT = 64;

/** One source campaign's assessments of units under `unitPath`, in the statuses and at the level the source declares. */
export async function readSourceCampaign(em: EntityManager, campaignId: number, unitPath: string, source: Pick<SourceDeclaration, 'level' | 'statuses'>): Promise<SourceRow[]> {
  // Inside the caller's transaction, so a save sees what that transaction has written.
  const execute = async <T>(sql: string, params: unknown[]) => (await em.getConnection().execute(sql, params, 'all', em.getTransactionContext())) as T;
  const where = `a.campaign_id = ? and a.unit_path like ? and a.status in (${source.statuses.map(() => '?').join(', ')}) ${source.level ? 'and o.level = ?' : ''}`;
  const params = [campaignId, `${unitPath}%`, ...source.statuses, ...(source.level ? [source.level] : [])];
  // Every change to an assessment bumps its revision (and a unit's, its own): count and sums name the content.
  const [print] = await execute<{ n: number; a: string; o: string; t: string }[]>(
    `select count(*)::int as n, coalesce(sum(a.revision), 0)::text as a, coalesce(sum(o.revision), 0)::text as o, coalesce(max(a.updated_at)::text, '') as t
       from assessment a join org_unit o on o.id = a.org_unit_id where ${where}`, params);
  const key = JSON.stringify([em.config.get('dbName') ?? null, campaignId, unitPath, source.level ?? null, source.statuses]);
  const fingerprint = `${print.n}/${print.a}/${print.o}/${print.t}`;
  const known = recent.get(key);
  if (known?.fingerprint === fingerprint) return known.rows;
  const rows = await execute<Row[]>(
    `select a.id, a.status, a.passed, coalesce(a.final_score, a.self_score) as total, a.grade, a.data, a.computed,
            o.code, o.name, o.level, coalesce(a.unit_attributes, o.attributes) as attributes
       from assessment a join org_unit o on o.id = a.org_unit_id
      where ${where}
      order by o.code`,
    params,
  );
  const scores = rows.length
    ? await execute<{ assessment_id: number; code: string; score: number | null; result: string | null }[]>(
      `select assessment_id, indicator_code as code, coalesce(final_score, self_score) as score, coalesce(final_result, self_result) as result
         from assessment_score where assessment_id in (${rows.map(() => '?').join(', ')})`, rows.map((r) => r.id))
    : [];
  const read = rows.map((r) => {
    const own = scores.filter((s) => s.assessment_id === r.id);
    return {
      unit: { code: r.code, name: r.name, level: r.level, attributes: r.attributes ?? {} },
      status: r.status, passed: r.passed, total: r.total, grade: r.grade,
      results: Object.fromEntries(own.filter((s) => s.result).map((s) => [s.code, s.result as string])),
      scores: Object.fromEntries(own.filter((s) => s.score !== null).map((s) => [s.code, s.score as number])),
      values: deepMerge(r.data ?? {}, r.computed ?? {}),
    };
  });
  recent.delete(key);
  recent.set(key, { fingerprint, rows: read });
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  return read;
}

type WithSources = { status: string; unitPath: string; sourceRows?: Record<string, SourceRow[]> | null };

/** The `$sources` frozen at submit, once an assessment has left the draft; undefined while they are read live. */
export function frozenSources(assessment: WithSources): Record<string, SourceRow[]> | undefined {
  return assessment.status !== 'DRAFT' && assessment.sourceRows ? assessment.sourceRows : undefined;
}

/** An assessment's `$sources`: frozen, or read live. */
export async function sourcesOf(em: EntityManager, assessment: WithSources, campaign: Campaign, meta: SystemMeta): Promise<Record<string, SourceRow[]> | undefined> {
  return frozenSources(assessment) ?? loadSourceRows(em, campaign, assessment.unitPath, meta);
}
