// Logging in, sessions that expire, accounts that lock, the cookie, and the audit trail.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN_PASSWORD, errorOf, startTestApp, type TestApp } from '../factories/app.factory.js';
import { CREATE_USER, PASSWORD } from '../factories/world.factory.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role } } }`;
let t: TestApp;
let db: pg.Client;
beforeAll(async () => {
  t = await startTestApp({ maxLoginFailures: 5, lockoutSeconds: 900, sessionIdleSeconds: 1800, sessionMaxSeconds: 43_200 });
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  for (const username of ['alice', 'bob']) {
    await t.gql(CREATE_USER, { input: { username, password: PASSWORD, displayName: username, role: 'ADMIN' } }, t.adminToken);
  }
});
afterAll(async () => {
  await db?.end();
  await t?.close();
});

describe('login', () => {
  test('the first administrator exists with ADMIN_PASSWORD', async () => {
    const r = await t.gql(LOGIN, { u: 'admin', p: ADMIN_PASSWORD });
    expect(r.data!.login.user).toEqual({ username: 'admin', role: 'ADMIN' });
    expect(r.data!.login.token.length).toBeGreaterThan(30);
  });

  test('the admin SPA gets an HTTP-only SameSite cookie that works on its own', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN, variables: { u: 'alice', p: PASSWORD } }) });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^zb_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] }, body: JSON.stringify({ query: '{ me { username } }' }) });
    expect(await me.json()).toEqual({ data: { me: { username: 'alice' } } });
  });

  test('a wrong password and an unknown user get the same answer', async () => {
    const wrong = await t.gql(LOGIN, { u: 'alice', p: 'nope-123456' });
    const unknown = await t.gql(LOGIN, { u: 'nobody', p: 'nope-123456' });
    expect(errorOf(wrong).code).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  test('empty credentials are bad input with paths', async () => {
    expect(errorOf(await t.gql(LOGIN, { u: '', p: '' }))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/username', '/password'] });
  });

  test('five failures lock the account for fifteen minutes, even for the right password', async () => {
    for (let i = 0; i < 5; i++) expect(errorOf(await t.gql(LOGIN, { u: 'bob', p: `wrong-${i}x` })).code).toBe('UNAUTHENTICATED');
    const locked = await t.gql(LOGIN, { u: 'bob', p: PASSWORD });
    expect(errorOf(locked).code).toBe('UNAUTHENTICATED');
    expect(locked.errors![0].message).toContain('锁定');
    const { rows } = await db.query(`select extract(epoch from locked_until - now()) as s from app_user where username = 'bob'`);
    expect(Number(rows[0].s)).toBeGreaterThan(14 * 60);
    // What an administrator's unlock does: the account's lock and its count of failures are lifted.
    await db.query(`update app_user set locked_until = null where username = 'bob'`);
    await db.query(`delete from rate_limit where key = 'login-user:bob'`);
    expect((await t.gql(LOGIN, { u: 'bob', p: PASSWORD })).data!.login.user.username).toBe('bob');
  });
});

describe('sessions', () => {
  /** Who the bearer token is; a token that names no valid session is refused with 401 UNAUTHENTICATED. */
  const me = async (token: string) => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ me { username } }' }) });
    const body = await res.json();
    return res.status === 401 ? `401 ${body.errors[0].extensions.code}` : body.data.me;
  };

  test('an idle session expires', async () => {
    const token = await t.login('alice', PASSWORD);
    expect(await me(token)).toEqual({ username: 'alice' });
    await db.query(`update session set last_seen_at = now() - interval '31 minutes' where user_id = (select id from app_user where username = 'alice')`);
    expect(await me(token)).toBe('401 UNAUTHENTICATED');
    expect(errorOf(await t.gql('{ campaigns { id } }', {}, token)).code).toBe('UNAUTHENTICATED');
  });

  test('a session ends at its absolute end whatever the activity', async () => {
    const token = await t.login('alice', PASSWORD);
    await db.query(`update session set expires_at = now() - interval '1 second', last_seen_at = now() where user_id = (select id from app_user where username = 'alice')`);
    expect(await me(token)).toBe('401 UNAUTHENTICATED');
  });

  test('logging out revokes the token', async () => {
    const token = await t.login('alice', PASSWORD);
    expect((await t.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect(await me(token)).toBe('401 UNAUTHENTICATED');
  });

  test('an unknown bearer token is a 401 with a Chinese message, never an anonymous answer; no token is anonymous', async () => {
    expect(await me('not-a-real-token')).toBe('401 UNAUTHENTICATED');
    expect(await me('zbt_not-a-real-api-token')).toBe('401 UNAUTHENTICATED');
    expect(await me('x'.repeat(500))).toBe('401 UNAUTHENTICATED');
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nope' }, body: JSON.stringify({ query: '{ me { username } }' }) });
    expect((await res.json()).errors[0].message).toContain('请重新登录');
    expect((await t.gql('{ me { username } }')).data).toEqual({ me: null });
    const upload = await fetch(`${t.url}/api/evidence/00000000-0000-4000-8000-000000000000`, { headers: { authorization: 'Bearer nope' } });
    expect(upload.status).toBe(401);
  });

  test('tokens are stored only as hashes', async () => {
    const token = await t.login('alice', PASSWORD);
    const { rows } = await db.query('select count(*)::int as n from session where token_hash = $1', [token]);
    expect(rows[0].n).toBe(0);
  });
});

describe('secrets and the audit trail', () => {
  test('no password or hash is reachable through the schema (only the yes/no flag that one must be changed)', async () => {
    const r = await t.gql(`{ __type(name: "User") { fields { name type { name ofType { name } } } } }`);
    const named = r.data!.__type.fields.filter((f: { name: string }) => /password|hash/i.test(f.name))
      .map((f: { name: string; type: { name: string | null; ofType: { name: string } | null } }) => [f.name, f.type.name ?? f.type.ofType?.name]);
    expect(named).toEqual([['mustChangePassword', 'Boolean']]);
  });

  test('every login, failed ones included, and every mutation is audited without the password', async () => {
    await t.gql(LOGIN, { u: 'alice', p: 'bad-pass-99' });
    await t.gql(CREATE_USER, { input: { username: 'carol', password: PASSWORD, displayName: 'Carol', role: 'ADMIN' } }, t.adminToken);
    const { rows } = await db.query(`select action, ok, username, error_code, detail::text as detail from audit_event order by id desc limit 2`);
    expect(rows[0]).toMatchObject({ action: 'createUser', ok: true, username: 'admin' });
    expect(rows[1]).toMatchObject({ action: 'login', ok: false, username: 'alice', error_code: 'UNAUTHENTICATED' });
    const all = await db.query(`select detail::text as d from audit_event`);
    for (const { d } of all.rows) {
      expect(d ?? '').not.toContain(PASSWORD);
      expect(d ?? '').not.toContain('bad-pass-99');
    }
  });
});

describe('the audit trail is append-only', () => {
  test('the database refuses to change or delete an event', async () => {
    await expect(db.query(`update audit_event set ok = true`)).rejects.toThrow(/append-only/);
    await expect(db.query(`delete from audit_event`)).rejects.toThrow(/append-only/);
  });
});
