// Requests run as a role that owns nothing and may only read and write rows: whatever a
// request does, it cannot erase or rewrite the audit trail, reach the machine through the
// database, or change the schema. Migrations ran as the owner role, which is no superuser.
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';

let t: TestApp;
let app: pg.Client;
beforeAll(async () => {
  t = await startTestApp();
  app = new pg.Client({ connectionString: t.database.appUrl });
  await app.connect();
});
afterAll(async () => {
  await app?.end();
  await t?.close();
});

/** The SQLSTATE a statement fails with (42501: insufficient privilege), or 'ok'. */
async function outcome(client: pg.Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'ok';
  } catch (err) {
    return (err as { code?: string }).code ?? 'error';
  }
}

test('the server itself runs as the app role', async () => {
  const [{ user }] = await t.app.db.orm.em.fork().getConnection().execute<{ user: string }[]>('select current_user as "user"');
  expect(user).toBe(decodeURIComponent(new URL(t.database.appUrl).username));
  expect(user).toMatch(/_app$/);
});

test('the app role is no superuser, creates nothing and owns nothing', async () => {
  const { rows: [role] } = await app.query(`select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls from pg_roles where rolname = current_user`);
  expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false });
  const { rows: [owned] } = await app.query(`select (select count(*) from pg_class where relowner = r.oid)::int + (select count(*) from pg_proc where proowner = r.oid)::int as n from pg_roles r where rolname = current_user`);
  expect(owned.n).toBe(0);
  const { rows: [owner] } = await app.query(`select rolsuper from pg_roles where rolname = (select tableowner from pg_tables where tablename = 'audit_event')`);
  expect(owner.rolsuper).toBe(false);
});

test('the audit trail can be read and appended to, never rewritten or erased', async () => {
  expect(await outcome(app, 'select count(*) from audit_event')).toBe('ok');
  expect(await outcome(app, `insert into audit_event (action, ok, at) values ('roleTest', true, now())`)).toBe('ok');
  for (const sql of [
    `update audit_event set ok = false`,
    `delete from audit_event`,
    `truncate audit_event`,
    `alter table audit_event disable trigger audit_event_no_update`,
    `drop trigger audit_event_no_update on audit_event`,
    `drop function audit_event_append_only() cascade`,
    `set session_replication_role = replica`,
  ]) expect([sql, await outcome(app, sql)]).toEqual([sql, '42501']);
});

test('no shell, no files, no schema changes, no migrations table', async () => {
  for (const sql of [
    `copy (select 1) to program 'true'`,
    `copy audit_event to '/tmp/zhibiao-audit-copy'`,
    `select pg_read_file('/etc/hostname')`,
    `create table intruder (id int)`,
    `alter table assessment add column intruder int`,
    `drop table rate_limit`,
    `select * from mikro_orm_migrations`,
    `create role intruder`,
  ]) expect([sql, await outcome(app, sql)]).toEqual([sql, '42501']);
});

test('every other table takes reads and writes (the other test files run the whole product as this role)', async () => {
  // Every table but the audit trail and the migrations log takes reads and writes.
  const { rows } = await app.query<{ table_name: string; writable: boolean }>(`
    select table_name, has_table_privilege(current_user, quote_ident(table_name), 'select,insert,update,delete') as writable
      from information_schema.tables where table_schema = 'public' and table_name not in ('audit_event', 'mikro_orm_migrations')`);
  expect(rows.length).toBeGreaterThan(8);
  expect(rows.filter((r) => !r.writable)).toEqual([]);
});
