// The narrow score rows (assessment_score) as a change writes them. An assessment's indicators
// are fixed by its pinned version, so the rows are inserted once, on the first write, and then
// only the scores and results that changed are updated: a draft save changes a few or none,
// and rewriting all 100 rows with their three indexes was most of the database's work per save.
// When a change's scores are the ones the last change wrote (the assessment keeps a fingerprint
// of them), the rows are not even compared: that comparison was half of a save's statement.
// Between those, only codes and values travel, as arrays: a JSON parameter of the whole rows
// with their titles (25 KB for 100 indicators) cost the database more to take than to write.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndicatorScore } from '../../engine/index.js';
import { nativeQuery } from '../../db/native-sql.js';

/** The columns that follow the answers, with the array type each travels as. */
const VARYING = [
  ['self_score', 'float8'], ['street_score', 'float8'], ['expert_score', 'float8'], ['final_score', 'float8'],
  ['self_result', 'text'], ['street_result', 'text'], ['expert_result', 'text'], ['final_result', 'text'],
] as const;

const valuesOf = (s: IndicatorScore) => [s.selfScore, s.streetScore, s.expertScore, s.finalScore, s.selfResult, s.streetResult, s.expertResult, s.finalResult];

/** The parameters of `updateChangedScores`: the codes, then one array per varying column. */
export function scoreArrays(scores: readonly IndicatorScore[]): unknown[][] {
  const columns: unknown[][] = [scores.map((s) => s.code), ...VARYING.map(() => [] as unknown[])];
  for (const s of scores) valuesOf(s).forEach((v, i) => columns[i + 1].push(v ?? null));
  return columns;
}

/** What `scoresWritten` records of the arrays a change wrote: equal arrays, equal fingerprints. */
export function fingerprint(arrays: unknown[][]): string {
  return createHash('sha1').update(JSON.stringify(arrays)).digest('base64url');
}

/**
 * An UPDATE (for a CTE) of the rows of the assessment `idSql` whose values differ from the
 * arrays at parameters `$first` (codes) onwards.
 */
export function updateChangedScores(idSql: string, first: number, from: string): string {
  const names = VARYING.map(([c]) => c);
  const arrays = [`$${first}::text[]`, ...VARYING.map(([, type], i) => `$${first + 1 + i}::${type}[]`)];
  return `update assessment_score s set ${names.map((c) => `${c} = u.${c}`).join(', ')}
      from ${from}, unnest(${arrays.join(', ')}) as u(indicator_code, ${names.join(', ')})
     where s.assessment_id = ${idSql} and s.indicator_code = u.indicator_code
       and (${names.map((c) => `s.${c}`).join(', ')}) is distinct from (${names.map((c) => `u.${c}`).join(', ')})`;
}

/** Inserts the rows an assessment does not have yet (its first write), with what never changes. */
export async function insertMissingScores(tx: EntityManager, campaignId: number, assessmentId: number, scores: readonly IndicatorScore[]): Promise<void> {
  const rows = scores.map((s, position) => [s.code, s.title, s.level, position, s.maxScore, s.kind, ...valuesOf(s)]);
  await nativeQuery(tx, `
    insert into assessment_score (campaign_id, assessment_id, indicator_code, title, level, position, max_score, kind, ${VARYING.map(([c]) => c).join(', ')})
    select $1, $2, r->>0, r->>1, (r->>2)::int, (r->>3)::int, (r->>4)::float8, r->>5, ${VARYING.map(([, type], i) => `(r->>${6 + i})::${type}`).join(', ')}
      from jsonb_array_elements($3::jsonb) as r
    on conflict (assessment_id, indicator_code) do nothing`, [campaignId, assessmentId, JSON.stringify(rows)]);
}
