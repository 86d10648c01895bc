// Per-request DataLoaders: listing a page of assessments with their units, campaigns and
// scores costs one query per kind, not one per row.
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Campaign } from '../modules/campaign/campaign.entity.js';
import { Attachment } from '../modules/evidence/attachment.entity.js';
import { IndicatorSystem, IndicatorSystemVersion } from '../modules/indicator-system/indicator-system.entity.js';
import { OrgUnit } from '../modules/org-unit/org-unit.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { entityTable, nativeQuery, plainRowMapper } from '../db/native-sql.js';
import { documentsLoader } from '../modules/assessment/assessment-documents.js';

function byId<T extends { id: number }>(em: EntityManager, entity: new () => T) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id));
  });
}

/** Read-only rows by id as plain objects shaped like the entity (see plainRowMapper). */
function plainById<T extends { id: number }>(em: EntityManager, entity: new () => T) {
  const map = plainRowMapper<T>(em, entity);
  const { table } = entityTable(em, entity);
  return new DataLoader<number, T | undefined>(async (ids) => {
    const { rows } = await nativeQuery(em, `select * from ${table} where id = any($1::int[])`, [[...ids]]);
    const byKey = new Map(rows.map((r) => [r.id as number, map(r)]));
    return ids.map((id) => byKey.get(id));
  });
}

function manyBy<T>(load: (ids: number[]) => Promise<T[]>, key: (row: T) => number) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await load([...ids]);
    const groups = new Map<number, T[]>();
    for (const row of rows) {
      const group = groups.get(key(row));
      if (group) group.push(row);
      else groups.set(key(row), [row]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export interface ScoreRow {
  assessmentId: number;
  code: string;
  title: string;
  level: number;
  maxScore: number;
  selfScore: number | null;
  streetScore: number | null;
  expertScore: number | null;
  finalScore: number | null;
  kind: string;
  selfResult: string | null;
  streetResult: string | null;
  expertResult: string | null;
  finalResult: string | null;
}

/** Each IndicatorScore field and the column it is read from (`measure` is read from `kind`). */
const SCORE_COLUMNS: Record<string, string> = {
  code: 'indicator_code as code', title: 'title', level: 'level', maxScore: 'max_score as "maxScore"',
  selfScore: 'self_score as "selfScore"', streetScore: 'street_score as "streetScore"', expertScore: 'expert_score as "expertScore"',
  finalScore: 'final_score as "finalScore"', kind: 'kind', measure: 'kind', selfResult: 'self_result as "selfResult"',
  streetResult: 'street_result as "streetResult"', expertResult: 'expert_result as "expertResult"', finalResult: 'final_result as "finalResult"',
};
const ALL_SCORE_COLUMNS = [...new Set(Object.values(SCORE_COLUMNS))];

/**
 * One DataLoader of score rows per set of selected fields (undefined: all of them, e.g. when a
 * fragment or a field this list does not know is selected).
 */
function scoreLoaders(em: EntityManager) {
  const loaders = new Map<string, DataLoader<number, ScoreRow[]>>();
  return (fields?: string[]) => {
    const columns = fields?.every((f) => f === '__typename' || SCORE_COLUMNS[f])
      ? [...new Set(fields.filter((f) => f !== '__typename').map((f) => SCORE_COLUMNS[f]))].sort()
      : ALL_SCORE_COLUMNS;
    const key = columns.join(',');
    let loader = loaders.get(key);
    if (!loader) {
      loader = manyBy(
        // In plain SQL with the ids as one array: 10,000 rows of a page went through the ORM's
        // result handling (measured: a fifth of the page) for rows that are not entities.
        async (ids) => (await nativeQuery<ScoreRow>(em,
          `select assessment_id as "assessmentId"${columns.length ? `, ${key}` : ''}
             from assessment_score where assessment_id = any($1::int[]) order by assessment_id, position`, [ids])).rows,
        (s) => s.assessmentId,
      );
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function createLoaders(em: EntityManager) {
  return {
    orgUnit: plainById(em, OrgUnit),
    // Plain rows: a campaign is read, never changed, through the API's fields (campaign(id), an assessment's campaign).
    campaign: plainById(em, Campaign),
    // `me`, asked on every page of the admin: a plain row by primary key, not the ORM's findOne.
    user: plainById(em, User),
    systemVersion: byId(em, IndicatorSystemVersion),
    system: byId(em, IndicatorSystem),
    // Plain rows, not entities, and only the columns the query selects: a page of 100
    // assessments has 10,000 score rows, and reading every column of each cost a fifth of the page.
    scoresByAssessment: scoreLoaders(em),
    /** The documents (answers, computed values, …) of assessments a page read without them. */
    assessmentDocuments: documentsLoader(em),
    attachmentsByAssessment: manyBy(
      (ids) => em.find(Attachment, { assessment: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
      (a) => a.assessment.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
