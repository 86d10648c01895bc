// A page of assessments is read without each row's documents — the answers, the computed
// values, the scores given by hand, the faults, the frozen `$sources` — because a list shows
// statuses and scores: with real answers (7 KB of data and as much computed each) reading them
// made a page of 100 half again as slow. A field that does need them (`data`, `computed`, …)
// loads them for the whole page in one query (`loaders.assessmentDocuments`, per request).
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { entityTable, nativeQuery, plainRowMapper } from '../../db/native-sql.js';
import { notFound } from '../../core/errors.js';
import { Assessment } from './assessment.entity.js';

const DOCUMENTS = ['data', 'computed', 'notApplicable', 'unitAttributes', 'selfScores', 'streetScores', 'expertScores', 'faults', 'sourceRows'] as const;
type Documents = Pick<Assessment, (typeof DOCUMENTS)[number]>;
const isDocument = (field: { name: string }) => (DOCUMENTS as readonly string[]).includes(field.name);

/** Rows read without their documents (a WeakSet: nothing is kept once the request is answered). */
const withoutDocuments = new WeakSet<object>();

/**
 * A list's rows: plain objects shaped like the entity (not managed: hydrating 100 assessments
 * cost a page 7 ms, see plainRowMapper), every column but the documents, marked as such.
 */
export async function listRows(em: EntityManager, where: FilterQuery<Assessment>, orderBy: QueryOrderMap<Assessment>, limit?: number): Promise<Assessment[]> {
  const properties = entityTable(em, Assessment).fields.filter((f) => !isDocument(f)).map((f) => f.name);
  const qb = em.createQueryBuilder(Assessment).select(properties as never).where(where as never).orderBy(orderBy);
  if (limit !== undefined) qb.limit(limit);
  const rows = (await qb.execute<Record<string, unknown>[]>('all', false)).map(plainRowMapper(em, Assessment));
  for (const row of rows) withoutDocuments.add(row);
  return rows;
}

/** Loads the documents of many assessments at once, mapped to the entity's properties. */
export function documentsLoader(em: EntityManager): DataLoader<number, Documents | undefined> {
  const fields = entityTable(em, Assessment).fields.filter(isDocument);
  const sql = `select id, ${fields.map((f) => f.column).join(', ')} from assessment where id = any($1::int[])`;
  return new DataLoader(async (ids) => {
    const { rows } = await nativeQuery<Record<string, unknown>>(em, sql, [[...ids]]);
    const byId = new Map(rows.map((row) => [row.id as number, Object.fromEntries(fields.map((f) => [f.name, row[f.column] ?? undefined])) as Documents]));
    return ids.map((id) => byId.get(id));
  });
}

/** The assessment with its documents: itself when it was read whole, else with them loaded. */
export async function withDocuments(a: Assessment, documents: DataLoader<number, Documents | undefined>): Promise<Assessment> {
  if (!withoutDocuments.has(a)) return a;
  const loaded = await documents.load(a.id);
  // Deleted between the page and this field (a campaign removed meanwhile): said, not shown empty.
  if (!loaded) throw notFound('评估记录');
  return { ...a, ...loaded } as Assessment;
}
