// Administering accounts: an administrator lists and searches the accounts of its subtree,
// resets a password (shown once, to be changed at the next login, old sessions ended), unlocks
// a locked account, disables one (its sessions stop at once) and enables it again; everyone
// changes their own password. Nothing reaches another subtree or leaks a password.
import pg from 'pg';
import { expect, test } from 'vitest';
import { errorOf, type TestApp } from '../factories/app.factory.js';
import { CREATE_USER, PASSWORD, type World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const idOf = async (username: string) => {
  const r = await t.gql(`query($s: String) { users(search: $s, first: 5) { nodes { id username } } }`, { s: username }, t.adminToken);
  return r.data!.users.nodes.find((u: { username: string }) => u.username === username).id as string;
};
const ME = `{ me { username mustChangePassword } }`;

test('a district administrator sees and searches only the accounts of its subtree', async () => {
  const all = (await t.gql(`{ users(first: 100) { totalCount nodes { username orgUnit { name } } } }`, {}, w.tokens.districtAdmin)).data!.users;
  expect(all.nodes.map((u: { username: string }) => u.username).sort()).toEqual(['dzt-staff', 'lg-admin', 'lg-expert', 'nw-reviewer', 'ph-expert', 'ph-reviewer', 'ss-staff']);
  expect(all.totalCount).toBe(7);
  const found = (await t.gql(`{ users(search: "reviewer") { nodes { username } } }`, {}, w.tokens.districtAdmin)).data!.users.nodes;
  expect(found.map((u: { username: string }) => u.username).sort()).toEqual(['nw-reviewer', 'ph-reviewer']);
  expect(errorOf(await t.gql(`{ users { totalCount } }`, {}, w.tokens.staff)).code).toBe('FORBIDDEN');
});

test('a reset password is shown once, ends the old sessions, and must be changed at the next login', async () => {
  await t.gql(CREATE_USER, { input: { username: 'reset-me', password: PASSWORD, displayName: '待重置', role: 'STAFF', orgUnitId: w.units.danping } }, t.adminToken);
  const old = await t.login('reset-me', PASSWORD);
  const id = await idOf('reset-me');
  const reset = await t.gql(`mutation($id: ID!) { resetUserPassword(id: $id) { password user { username mustChangePassword } } }`, { id }, w.tokens.districtAdmin);
  const { password, user } = reset.data!.resetUserPassword;
  expect(user).toEqual({ username: 'reset-me', mustChangePassword: true });
  expect(password).toMatch(/.{12,}/);
  expect(errorOf(await t.gql(ME, {}, old)).code).toBe('UNAUTHENTICATED');
  const fresh = await t.login('reset-me', password);
  expect((await t.gql(ME, {}, fresh)).data!.me).toEqual({ username: 'reset-me', mustChangePassword: true });

  const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { mustChangePassword } }`;
  expect(errorOf(await t.gql(CHANGE, { c: 'wrong-password-1', n: 'Another-pass-2' }, fresh))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/currentPassword'] });
  expect(errorOf(await t.gql(CHANGE, { c: password, n: 'short' }, fresh))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/newPassword'] });
  expect((await t.gql(CHANGE, { c: password, n: 'Another-pass-2' }, fresh)).data!.changePassword).toEqual({ mustChangePassword: false });
  expect((await t.gql(ME, {}, await t.login('reset-me', 'Another-pass-2'))).data!.me.mustChangePassword).toBe(false);

  // The audit trail records the reset and the change, never a password.
  const db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  try {
    const audit = await db.query(`select action, detail::text as detail from audit_event where action in ('resetUserPassword', 'changePassword')`);
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['changePassword', 'changePassword', 'changePassword', 'resetUserPassword']);
    for (const row of audit.rows) for (const secret of [password, 'Another-pass-2']) expect(row.detail ?? '').not.toContain(secret);
  } finally {
    await db.end();
  }
});

test('a disabled account cannot log in and its sessions stop at once; enabled, it can again', async () => {
  await t.gql(CREATE_USER, { input: { username: 'leaver', password: PASSWORD, displayName: '离职人员', role: 'STAFF', orgUnitId: w.units.shansha } }, t.adminToken);
  const session = await t.login('leaver', PASSWORD);
  const id = await idOf('leaver');
  const SET = `mutation($id: ID!, $d: Boolean!) { setUserDisabled(id: $id, disabled: $d) { disabled } }`;
  expect((await t.gql(SET, { id, d: true }, w.tokens.districtAdmin)).data!.setUserDisabled.disabled).toBe(true);
  expect(errorOf(await t.gql(ME, {}, session)).code).toBe('UNAUTHENTICATED');
  const refused = await t.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'leaver', p: PASSWORD });
  expect(errorOf(refused).code).toBe('FORBIDDEN');
  expect(refused.errors![0].message).toContain('已停用');
  await t.gql(SET, { id, d: false }, w.tokens.districtAdmin);
  expect((await t.gql(ME, {}, await t.login('leaver', PASSWORD))).data!.me.username).toBe('leaver');
});

test('an account locked by failed logins is unlocked by its administrator', async () => {
  await t.gql(CREATE_USER, { input: { username: 'forgetful', password: PASSWORD, displayName: '忘记密码', role: 'STAFF', orgUnitId: w.units.danping } }, t.adminToken);
  const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
  let message = '';
  for (let i = 0; i < 20 && !message.includes('已被暂时锁定'); i++) message = (await t.gql(LOGIN, { u: 'forgetful', p: `wrong-${i}-Password` })).errors![0].message;
  expect(message).toContain('联系管理员解锁');
  const id = await idOf('forgetful');
  const locked = (await t.gql(`{ users(search: "forgetful") { nodes { lockedUntil } } }`, {}, w.tokens.districtAdmin)).data!.users.nodes[0];
  expect(locked.lockedUntil).not.toBeNull();
  expect((await t.gql(`mutation($id: ID!) { unlockUser(id: $id) { lockedUntil } }`, { id }, w.tokens.districtAdmin)).data!.unlockUser.lockedUntil).toBeNull();
  expect((await t.gql(LOGIN, { u: 'forgetful', p: PASSWORD })).data!.login.token).toBeTruthy();
});

test('an administrator cannot reach another subtree, nor disable or reset itself', async () => {
  await t.gql(CREATE_USER, { input: { username: 'nw-admin', password: PASSWORD, displayName: '南湾管理员', role: 'ADMIN', orgUnitId: w.units.nanwan } }, t.adminToken);
  const nanwanAdmin = await t.login('nw-admin', PASSWORD);
  const other = await idOf('ss-staff');
  expect(errorOf(await t.gql(`mutation($id: ID!) { resetUserPassword(id: $id) { password } }`, { id: other }, nanwanAdmin)).code).toBe('FORBIDDEN');
  expect(errorOf(await t.gql(`mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabled } }`, { id: await idOf('lg-admin') }, w.tokens.districtAdmin)))
    .toEqual({ code: 'BAD_USER_INPUT', paths: ['/id'] });
  expect(errorOf(await t.gql(`mutation($id: ID!) { resetUserPassword(id: $id) { password } }`, { id: other }, w.tokens.staff)).code).toBe('FORBIDDEN');
});
