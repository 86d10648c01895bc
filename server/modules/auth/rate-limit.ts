// Counting attempts atomically in PostgreSQL: one statement adds a point and says how many the
// key has in its window, so parallel requests (on one server or several) cannot all slip past a
// limit that each of them read before the others counted.
import type { EntityManager } from '@mikro-orm/postgresql';

export interface Consumed {
  /** Points in the current window, this one included. */
  points: number;
  /** Seconds until the window ends (for Retry-After). */
  retryAfterSeconds: number;
}

/** Adds one point to `key`, opening a new window of `windowSeconds` when the last one has ended. */
export async function consumePoint(em: EntityManager, key: string, windowSeconds: number): Promise<Consumed> {
  const [row] = await em.getConnection().execute<{ points: number; retry_after: number }[]>(
    `insert into rate_limit (key, points, expires_at) values (?, 1, now() + make_interval(secs => ?))
     on conflict (key) do update set
       points = case when rate_limit.expires_at <= now() then 1 else rate_limit.points + 1 end,
       expires_at = case when rate_limit.expires_at <= now() then excluded.expires_at else rate_limit.expires_at end
     returning points, ceil(extract(epoch from expires_at - now()))::int as retry_after`,
    [key, windowSeconds], 'all', em.getTransactionContext(),
  );
  return { points: row.points, retryAfterSeconds: Math.max(1, row.retry_after) };
}

/** Gives one point back (a request that turned out fine), never below zero. */
export async function refundPoint(em: EntityManager, key: string): Promise<void> {
  await em.getConnection().execute('update rate_limit set points = greatest(points - 1, 0) where key = ?', [key], 'run', em.getTransactionContext());
}

/** Forgets `key` (a successful login clears its failures). */
export async function resetPoints(em: EntityManager, key: string): Promise<void> {
  await em.getConnection().execute('delete from rate_limit where key = ?', [key], 'run', em.getTransactionContext());
}
