// Statements on the hottest paths (a save, its audit row, the session of every request) with
// real parameters ($1, $2 …), prepared once per connection. MikroORM's `execute` inlines every
// parameter into the SQL text (formatting a save's JSON that way cost the one Node thread more
// than PostgreSQL spent writing it), and a statement sent as text is parsed and planned again
// each time (0.7 ms of planning for a save's one statement).
import { createHash } from 'node:crypto';
import { type EntityManager, type EntityName, JsonType, ReferenceKind } from '@mikro-orm/postgresql';
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
  const connection = em.getConnection();
  const runner = em.getTransactionContext() ?? connection.getClient();
  // Through the ORM's query log like its own statements (tests count them; debug logging shows them).
  (connection as unknown as { logQuery(sql: string): void }).logQuery(sql);
  // Kysely's PostgreSQL driver hands `sql` to node-postgres' `client.query(sql, parameters)`,
  // which takes a query config too: with a `name` the statement is parsed once per connection
  // and PostgreSQL may keep its plan (test/integration/native-sql.test.ts checks both).
  const name = statementName(sql);
  const compiled = { sql: (name ? { text: sql, name } : sql) as unknown as string, query: RawNode.createWithSql(sql), parameters: params, queryId: createQueryId() } satisfies CompiledQuery;
  const result = await runner.getExecutor().executeQuery(compiled);
  return { rows: result.rows as R[], affected: Number(result.numAffectedRows ?? 0) };
}

/** One single-column property of an entity: its table column and how its value is stored. */
export interface EntityField {
  name: string;
  column: string;
  json: boolean;
  /** A many-to-one or one-to-one: the column holds the other row's id. */
  reference: boolean;
  date: boolean;
}

export interface EntityTable {
  table: string;
  fields: EntityField[];
  byName: Map<string, EntityField>;
}

/** An entity's table and its persisted single-column properties, read once from the ORM's metadata. */
export function entityTable(em: EntityManager, entity: EntityName): EntityTable {
  const meta = em.getMetadata().get(entity);
  const known = tables.get(meta);
  if (known) return known;
  const fields = Object.values(meta.properties).filter((p) => p.fieldNames?.length === 1 && p.persist !== false).map((p) => ({
    name: p.name, column: p.fieldNames[0], json: p.customType instanceof JsonType,
    reference: p.kind === ReferenceKind.MANY_TO_ONE || p.kind === ReferenceKind.ONE_TO_ONE, date: p.runtimeType === 'Date',
  }));
  const table = { table: meta.tableName, fields, byName: new Map(fields.map((f) => [f.name, f])) };
  tables.set(meta, table);
  return table;
}
const tables = new WeakMap<object, EntityTable>();

/**
 * Maps rows of an entity's table to plain objects shaped like the entity (properties by name, a
 * many-to-one as `{ id }`), for read-only views such as the GraphQL loaders: loading 1,625 units
 * as managed entities for one statistics answer allocated ~4 KB each (snapshots, helpers) and
 * grew the server's heap by 200 MB over a few requests. They are not managed: never flush them.
 */
export function plainRowMapper<T>(em: EntityManager, entity: EntityName<T>): (row: Record<string, unknown>) => T {
  const { fields } = entityTable(em, entity as EntityName);
  return (row: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const value = row[f.column];
      // The ORM's connection reads timestamps as text (it converts them itself for entities).
      out[f.name] = value === null || value === undefined ? undefined : f.reference ? { id: value } : f.date && !(value instanceof Date) ? new Date(value as string) : value;
    }
    return out as T;
  };
}
