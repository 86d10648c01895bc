// A page of entities newest first (keyset on id, descending), the rows chosen by an SQL clause
// whose conditions come from the policy module: the ids in SQL, the entities by id, the total
// counted only when asked for. Shared by the lists that filter in SQL (my work, campaigns).
import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, type Page, pageSize, toPage } from '../core/paging.js';

/**
 * `from`: "from <table> <alias> … where …" over rows whose id is `${alias}.id`. `load` reads the
 * page's rows by id, newest first (managed entities unless the caller reads them its own way).
 */
export async function pageNewestFirst<T extends { id: number }>(
  em: EntityManager, entity: EntityClass<T>, alias: string, from: string, params: unknown[], args: { first?: number | null; after?: string | null },
  load: (ids: number[]) => Promise<T[]> = (ids) => em.find(entity, { id: { $in: ids } } as never, { orderBy: { id: 'desc' } as never }) as Promise<T[]>,
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const connection = em.getConnection();
  const ids = await connection.execute<{ id: number }[]>(
    `select ${alias}.id ${from}${after ? ` and ${alias}.id < ?` : ''} order by ${alias}.id desc limit ${size + 1}`, after ? [...params, after] : params);
  const rows = ids.length ? await load(ids.map((r) => r.id)) : [];
  const count = async () => (await connection.execute<{ n: number }[]>(`select count(*)::int as n ${from}`, params))[0].n;
  return toPage(rows as T[], size, count, after);
}
