// Campaign statistics, computed in SQL over typed columns (never by loading every
// assessment), limited to the part of the tree the reader may see.
import type { EntityManager } from '@mikro-orm/postgresql';
import { levelsByCode } from '../org-level/org-level.service.js';
import { badInput } from '../../core/errors.js';
import { type Actor, scopeCondition } from '../auth/policy.js';
import type { IndicatorNode } from '../../engine/types.js';
import type {
  AttributeStatsType, CampaignComparisonType, CampaignStatsType, IndicatorGapType, IndicatorStatType, OrgUnitStatsType, ScoreBucketType, StandardStatType, ValueSpreadType,
} from './campaign.types.js';

const COUNTS = `count(*)::int as total,
  count(*) filter (where a.status <> 'DRAFT')::int as submitted,
  count(*) filter (where a.status = 'FINALIZED')::int as finalized,
  count(*) filter (where a.status = 'FINALIZED' and a.passed)::int as passed,
  round(avg(a.final_score) filter (where a.status = 'FINALIZED')::numeric, 2)::float8 as average_score`;

type Row = { total: number; submitted: number; finalized: number; passed: number; average_score: number | null };

/** The COUNTS of a row as the API answers them, with the pass coverage derived. */
function figures(r: Row) {
  return {
    total: r.total, submitted: r.submitted, finalized: r.finalized, passed: r.passed,
    averageScore: r.average_score ?? undefined, coverage: r.total ? round4(r.passed / r.total) : 0,
  };
}

export async function campaignStats(em: EntityManager, actor: Actor, campaignId: number): Promise<CampaignStatsType> {
  const scope = scopeCondition(actor, 'a.unit_path');
  const [row] = await em.getConnection().execute<(Row & { max_score: number | null; min_score: number | null })[]>(
    `select ${COUNTS},
       max(a.final_score) filter (where a.status = 'FINALIZED') as max_score,
       min(a.final_score) filter (where a.status = 'FINALIZED') as min_score
     from assessment a where a.campaign_id = ? and ${scope.sql}`,
    [campaignId, ...scope.params],
  );
  return { campaignId, ...figures(row), maxScore: row.max_score ?? undefined, minScore: row.min_score ?? undefined };
}

/**
 * The same figures per org unit of `level` (e.g. per street), each unit's subtree aggregated;
 * `under` keeps the units inside one unit (drilling down from a district to its streets).
 */
export async function statsByOrgUnit(em: EntityManager, actor: Actor, campaignId: number, level: string, under?: number): Promise<OrgUnitStatsType[]> {
  const levels = await levelsByCode(em);
  if (!levels.has(level)) throw badInput([{ path: '/level', message: `层级应为 ${[...levels.keys()].join('、')} 之一` }]);
  const scope = scopeCondition(actor, 'a.unit_path');
  const rows = await em.getConnection().execute<(Row & { org_unit_id: number })[]>(
    // Each assessment under its ancestor of that level, found by the ids in its path ("1.5.30.")
    // through the primary key: a few lookups per row, where matching every unit's path against
    // every assessment's grew with units × assessments.
    `select o.id as org_unit_id, ${COUNTS}
     from assessment a join org_unit o on o.id = any(string_to_array(rtrim(a.unit_path, '.'), '.')::int[]) and o.level = ?
     where a.campaign_id = ? and ${scope.sql} ${under ? `and o.path like (select path from org_unit where id = ?) || '%'` : ''}
     group by o.id order by o.id`,
    [level, campaignId, ...scope.params, ...(under ? [under] : [])],
  );
  return rows.map((r) => ({ orgUnitId: r.org_unit_id, ...figures(r) }));
}

/** The figures per value of a unit attribute (学段 小学 / 初中…), as snapshotted when the campaign opened. */
export async function statsByAttribute(em: EntityManager, actor: Actor, campaignId: number, attribute: string): Promise<AttributeStatsType[]> {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(attribute)) throw badInput([{ path: '/attribute', message: '应为单位属性名，如 stage' }]);
  const scope = scopeCondition(actor, 'a.unit_path');
  const rows = await em.getConnection().execute<(Row & { value: string | null })[]>(
    `select coalesce(a.unit_attributes, o.attributes) ->> ? as value, ${COUNTS}
       from assessment a join org_unit o on o.id = a.org_unit_id
      where a.campaign_id = ? and ${scope.sql}
      group by 1 order by 1 nulls last`,
    [attribute, campaignId, ...scope.params],
  );
  return rows.map((r) => ({ value: r.value ?? undefined, ...figures(r) }));
}

/** How the finalised units' scores spread over `buckets` equal ranges from 0 to the system's total. */
export async function scoreDistribution(em: EntityManager, actor: Actor, campaignId: number, buckets: number, totalScore: number): Promise<ScoreBucketType[]> {
  if (!Number.isInteger(buckets) || buckets < 1 || buckets > 50) throw badInput([{ path: '/buckets', message: '分段数应在 1 到 50 之间' }]);
  const scope = scopeCondition(actor, 'a.unit_path');
  const rows = await em.getConnection().execute<{ bucket: number; units: number }[]>(
    `select least(width_bucket(a.final_score, 0, ?, ?), ?) as bucket, count(*)::int as units
       from assessment a where a.campaign_id = ? and a.status = 'FINALIZED' and a.final_score is not null and ${scope.sql}
      group by 1`,
    [totalScore, buckets, buckets, campaignId, ...scope.params],
  );
  const width = totalScore / buckets;
  const count = new Map(rows.map((r) => [Math.max(1, r.bucket), r.units]));
  return Array.from({ length: buckets }, (_, i) => ({ from: round4(i * width), to: round4((i + 1) * width), units: count.get(i + 1) ?? 0 }));
}

/** Per scored indicator, the finalised units' average self-score against their final score (自评偏差). */
export async function indicatorGaps(em: EntityManager, actor: Actor, campaignId: number, level?: number): Promise<IndicatorGapType[]> {
  const scope = scopeCondition(actor, 'a.unit_path');
  const rows = await em.getConnection().execute<{ code: string; title: string; level: number; max_score: number; self: number; final: number; units: number }[]>(
    `select s.indicator_code as code, min(s.title) as title, min(s.level) as level, min(s.max_score) as max_score,
            avg(s.self_score) as self, avg(s.final_score) as final, count(*)::int as units
       from assessment_score s join assessment a on a.id = s.assessment_id
      where s.campaign_id = ? and a.status = 'FINALIZED' and s.kind = 'score' and s.self_score is not null and s.final_score is not null and ${scope.sql}
        ${level ? 'and s.level = ?' : ''}
      group by s.indicator_code order by min(s.position)`,
    [campaignId, ...scope.params, ...(level ? [level] : [])],
  );
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return rows.map((r) => ({ code: r.code, title: r.title, level: r.level, maxScore: r.max_score, averageSelf: r2(r.self), averageFinal: r2(r.final), gap: r2(r.final - r.self), units: r.units }));
}

/** Per indicator, the average share of its maximum (scored) or the met rate (达标) over finalised units. */
async function indicatorRates(em: EntityManager, actor: Actor, campaignId: number): Promise<Map<string, { title: string; rate: number | null }>> {
  const scope = scopeCondition(actor, 'a.unit_path');
  const rows = await em.getConnection().execute<{ code: string; title: string; rate: number | null }[]>(
    `select s.indicator_code as code, min(s.title) as title,
            case when min(s.kind) = 'standard' then avg(case when s.final_result = 'met' then 1.0 when s.final_result is null then null else 0.0 end)
                 else avg(s.final_score / nullif(s.max_score, 0)) end as rate
       from assessment_score s join assessment a on a.id = s.assessment_id
      where s.campaign_id = ? and a.status = 'FINALIZED' and ${scope.sql}
      group by s.indicator_code`,
    [campaignId, ...scope.params],
  );
  return new Map(rows.map((r) => [r.code, { title: r.title, rate: r.rate === null ? null : round4(Number(r.rate)) }]));
}

/**
 * This campaign against another (last year's, another district's…), each within the reader's
 * scope. Indicators are matched by code, or by this system's `x-indicator.sameAs` when the
 * code changed between systems; the other's indicators left unmatched are listed, not dropped.
 */
export async function compareCampaigns(em: EntityManager, actor: Actor, campaignId: number, otherId: number, indicators: IndicatorNode[]): Promise<CampaignComparisonType> {
  const [mine, theirs, [a], [b]] = await Promise.all([
    indicatorRates(em, actor, campaignId), indicatorRates(em, actor, otherId), campaignStats(em, actor, campaignId).then((x) => [x]), campaignStats(em, actor, otherId).then((x) => [x]),
  ]);
  const used = new Set<string>();
  const rows = indicators.map((n) => {
    const otherCode = [n.code, ...(n.sameAs ?? [])].find((c) => theirs.has(c));
    if (otherCode) used.add(otherCode);
    const rate = mine.get(n.code)?.rate ?? undefined;
    const other = otherCode ? theirs.get(otherCode) : undefined;
    const otherRate = other?.rate ?? undefined;
    return {
      code: n.code, title: n.title, level: n.level, rate, otherCode, otherTitle: other?.title, otherRate,
      change: rate !== undefined && otherRate !== undefined ? round4(rate - otherRate) : undefined,
    };
  });
  const passRate = (x: CampaignStatsType) => (x.finalized ? round4(x.passed / x.finalized) : undefined);
  return {
    averageScore: a.averageScore, otherAverageScore: b.averageScore, passRate: passRate(a), otherPassRate: passRate(b),
    indicators: rows, unmatched: [...theirs.keys()].filter((c) => !used.has(c)).sort(),
  };
}

/** Indicators with the lowest average share of their maximum across finalised units (短板弱项). */
export async function weakestIndicators(em: EntityManager, actor: Actor, campaignId: number, limit: number, level?: number): Promise<IndicatorStatType[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput([{ path: '/limit', message: '条数应在 1 到 100 之间' }]);
  const scope = scopeCondition(actor, 'a.unit_path');
  const rows = await em.getConnection().execute<{ code: string; title: string; level: number; max_score: number; average_score: number; units: number }[]>(
    `select s.indicator_code as code, min(s.title) as title, min(s.level) as level, min(s.max_score) as max_score,
       avg(s.final_score) as average_score, count(*)::int as units
     from assessment_score s join assessment a on a.id = s.assessment_id
     where s.campaign_id = ? and a.status = 'FINALIZED' and s.final_score is not null and s.max_score > 0 and ${scope.sql}
       ${level ? 'and s.level = ?' : ''}
     group by s.indicator_code
     order by avg(s.final_score / s.max_score) asc, s.indicator_code asc limit ?`,
    [campaignId, ...scope.params, ...(level ? [level] : []), limit],
  );
  return rows.map((r) => ({
    code: r.code, title: r.title, level: r.level, maxScore: r.max_score, units: r.units,
    averageScore: Math.round(r.average_score * 100) / 100, share: round4(r.average_score / r.max_score),
  }));
}

/** Per standard (达标) indicator, how many finalised units met it, basically met it, did not, or have no result. */
export async function standardResults(em: EntityManager, actor: Actor, campaignId: number, level?: number): Promise<StandardStatType[]> {
  const scope = scopeCondition(actor, 'a.unit_path');
  const rows = await em.getConnection().execute<{ code: string; title: string; level: number; met: number; basic: number; unmet: number; unknown: number }[]>(
    `select s.indicator_code as code, min(s.title) as title, min(s.level) as level,
       count(*) filter (where s.final_result = 'met')::int as met, count(*) filter (where s.final_result = 'basic')::int as basic,
       count(*) filter (where s.final_result = 'unmet')::int as unmet, count(*) filter (where s.final_result is null)::int as unknown
     from assessment_score s join assessment a on a.id = s.assessment_id
     where s.campaign_id = ? and a.status = 'FINALIZED' and s.kind = 'standard' and ${scope.sql} ${level ? 'and s.level = ?' : ''}
     group by s.indicator_code order by min(s.position)`,
    [campaignId, ...scope.params, ...(level ? [level] : [])],
  );
  return rows;
}

/**
 * The spread of one answered or computed value (a dotted path such as D.D2.perCapita) across
 * the finalised units the reader may see: count, mean, population standard deviation, CV,
 * min, max — optionally weighted by a unit attribute (students, population). Units without a
 * number there are counted apart, never as 0.
 */
export async function valueSpread(em: EntityManager, actor: Actor, campaignId: number, path: string, weightAttribute?: string): Promise<ValueSpreadType> {
  const steps = path.split('.');
  if (!steps.every((s) => /^[A-Za-z0-9_.\-\u4e00-\u9fa5]{1,64}$/.test(s)) || steps.length > 8) {
    throw badInput([{ path: '/path', message: '路径应为用点分隔的指标和字段名，如 D.D2.perCapita' }]);
  }
  if (weightAttribute !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(weightAttribute)) throw badInput([{ path: '/weightAttribute', message: '权重应为单位属性名，如 students' }]);
  const scope = scopeCondition(actor, 'a.unit_path');
  const rows = await em.getConnection().execute<{ value: unknown; weight: unknown }[]>(
    `select coalesce(a.computed #> ?::text[], a.data #> ?::text[]) as value, coalesce(a.unit_attributes, o.attributes) -> ?::text as weight
       from assessment a join org_unit o on o.id = a.org_unit_id
      where a.campaign_id = ? and a.status = 'FINALIZED' and ${scope.sql}`,
    [`{${steps.join(',')}}`, `{${steps.join(',')}}`, weightAttribute ?? '', campaignId, ...scope.params],
  );
  const pairs = rows.map((r) => ({ x: r.value, w: weightAttribute ? r.weight : 1 }))
    .filter((p): p is { x: number; w: number } => typeof p.x === 'number' && Number.isFinite(p.x) && typeof p.w === 'number' && p.w > 0);
  const total = pairs.reduce((s, p) => s + p.w, 0);
  const mean = total ? pairs.reduce((s, p) => s + p.w * p.x, 0) / total : undefined;
  const sd = total && mean !== undefined ? Math.sqrt(pairs.reduce((s, p) => s + p.w * (p.x - mean) ** 2, 0) / total) : undefined;
  return {
    path, units: pairs.length, missing: rows.length - pairs.length,
    mean: mean === undefined ? undefined : round4(mean), stddev: sd === undefined ? undefined : round4(sd),
    cv: sd !== undefined && mean ? round4(sd / mean) : undefined,
    min: pairs.length ? Math.min(...pairs.map((p) => p.x)) : undefined, max: pairs.length ? Math.max(...pairs.map((p) => p.x)) : undefined,
  };
}

function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
