// Replicas started at the same moment on one PostgreSQL take turns through start-up: the first
// migrates and loads the built-in systems (and the demo), the others wait on this lock and then
// find it done. Without it two processes ran the same CREATE TABLE and one crashed.
import pg from 'pg';

const KEY = 'zhibiao:start-up';

/** Waits for the start-up lock on its own connection; the answer releases it (so does the connection ending). */
export async function takeStartupLock(url: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url, application_name: 'zhibiao start-up' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [KEY]);
  } catch (err) {
    await client.end();
    throw err;
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    try {
      await client.query('select pg_advisory_unlock(hashtext($1))', [KEY]);
    } finally {
      await client.end();
    }
  };
}
