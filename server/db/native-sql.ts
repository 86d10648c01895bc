// Statements on the hottest paths (a save, its audit row, the session of every request) with
// real parameters ($1, $2 …), prepared once per connection. MikroORM's `execute` inlines every
// parameter into the SQL text (formatting a save's JSON that way cost the one Node thread more
// than PostgreSQL spent writing it), and a statement sent as text is parsed and planned again
// each time (0.7 ms of planning for a save's one statement).
import { createHash } from 'node:crypto';
import { type EntityManager, type EntityName, JsonType } from '@mikro-orm/postgresql';
import { type CompiledQuery, createQueryId, RawNode } from 'kysely';

export interface NativeResult<R> {
  rows: R[];
  /** Rows an INSERT, UPDATE or DELETE touched. */
  affected: number;
}

/** Prepared statement names by text; the texts are built from a few fixed shapes, so this stays small. */
const names = new Map<string, string>();
const MAX_PREPARED = 500;

function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (!name && names.size < MAX_PREPARED) names.set(sql, (name = `zb_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`));
  return name;
}

/** Runs `sql` in the entity manager's transaction when it has one, else on its pool. */
export async function nativeQuery<R = Record<string, unknown>>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<NativeResult<R>> {
  const runner = em.getTransactionContext() ?? em.getConnection().getClient();
  // Kysely's PostgreSQL driver hands `sql` to node-postgres' `client.query(sql, parameters)`,
  // which takes a query config too: with a `name` the statement is parsed once per connection
  // and PostgreSQL may keep its plan (test/integration/native-sql.test.ts checks both).
  const name = statementName(sql);
  const compiled = { sql: (name ? { text: sql, name } : sql) as unknown as string, query: RawNode.createWithSql(sql), parameters: params, queryId: createQueryId() } satisfies CompiledQuery;
  const result = await runner.getExecutor().executeQuery(compiled);
  return { rows: result.rows as R[], affected: Number(result.numAffectedRows ?? 0) };
}

/** The table column of each of an entity's scalar properties, and whether it holds JSON. */
export function columnsOf(em: EntityManager, entity: EntityName): Map<string, { column: string; json: boolean }> {
  const meta = em.getMetadata().get(entity);
  return new Map(Object.values(meta.properties).filter((p) => p.fieldNames?.length === 1).map((p) => [p.name, { column: p.fieldNames[0], json: p.customType instanceof JsonType }]));
}
