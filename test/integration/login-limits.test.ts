// Guessing passwords: attempts are counted before they are checked, atomically in PostgreSQL,
// so a burst of parallel guesses gets no more checks than the limit allows; a lockout reads the
// same for a username that does not exist; an address that fails too often waits (429 + Retry-After).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { CREATE_USER, PASSWORD } from '../factories/world.factory.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ maxLoginFailures: 5, lockoutSeconds: 900, maxLoginFailuresPerAddress: 40, trustProxy: 'loopback' });
  for (const username of ['carol', 'dave']) {
    await t.gql(CREATE_USER, { input: { username, password: PASSWORD, displayName: username, role: 'ADMIN' } }, t.adminToken);
  }
});
afterAll(() => t?.close());

/** A login from `address` (this server trusts X-Forwarded-For from loopback: TRUST_PROXY=loopback, as behind a local proxy). */
async function login(username: string, password: string, address: string) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body = await res.json();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ok: !!body.data?.login, code: body.errors?.[0]?.extensions?.code as string | undefined, message: body.errors?.[0]?.message as string | undefined };
}

const checked = (r: { message?: string; ok: boolean }) => r.ok || !!r.message?.includes('用户名或密码错误');
const locked = (r: { message?: string }) => !!r.message?.includes('锁定');

describe('password guessing', () => {
  test('150 parallel wrong guesses and the right password among them: at most 5 are checked, the rest are refused unchecked', async () => {
    const burst = await Promise.all([
      ...Array.from({ length: 75 }, (_, i) => login('carol', `wrong-${i}x`, `10.1.0.${i % 200}`)),
      login('carol', PASSWORD, '10.1.1.1'),
      ...Array.from({ length: 75 }, (_, i) => login('carol', `wrong-b${i}x`, `10.1.2.${i % 200}`)),
    ]);
    expect(burst.filter(checked).length).toBeLessThanOrEqual(5);
    expect(burst.filter((r) => !checked(r)).every(locked)).toBe(true);
    expect(burst.filter(locked).length).toBeGreaterThanOrEqual(146);
    // Once the burst is over, the account is locked for the right password too, and says for how long.
    const after = await login('carol', PASSWORD, '10.1.3.1');
    expect(after).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(locked(after)).toBe(true);
    expect(Number(after.retryAfter)).toBeGreaterThan(14 * 60);
  });

  test('the lockout reads the same for a username that does not exist', async () => {
    const answers = async (username: string) => {
      const out = [];
      for (let i = 0; i < 6; i++) out.push(await login(username, `wrong-${i}x`, `10.2.0.${i}`));
      return out.map((r) => `${r.status} ${r.code} ${r.message}`);
    };
    expect(await answers('no-such-person')).toEqual(await answers('dave'));
  });

  test('an address that fails too often waits: 429 RATE_LIMITED with Retry-After, for any username', async () => {
    const address = '10.3.0.1';
    for (let i = 0; i < 40; i++) expect((await login(`stranger-${i}`, 'wrong-1x', address)).code).toBe('UNAUTHENTICATED');
    const refused = await login('carol-2', 'wrong-1x', address);
    expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(refused.message).toContain('分钟后再试');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    // Another address is not held up.
    expect((await login('stranger-x', 'wrong-1x', '10.3.0.2')).code).toBe('UNAUTHENTICATED');
  });
});
