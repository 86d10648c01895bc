// Browser tools on other sites: only origins in CORS_ORIGINS pass the preflight, and they call
// with an API token — a session cookie never counts on a cross-origin request.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../factories/app.factory.js';

const TOOL = 'https://bi.example.gov.cn';
let t: TestApp;
beforeAll(async () => { t = await startTestApp({ corsOrigins: [TOOL] }); });
afterAll(() => t?.close());

const preflight = (origin: string, path = '/graphql') => fetch(`${t.url}${path}`, {
  method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
});

test('a listed origin passes the preflight and reads answers with a token', async () => {
  const ok = await preflight(TOOL);
  expect(ok.status).toBe(204);
  expect(ok.headers.get('access-control-allow-origin')).toBe(TOOL);
  expect(ok.headers.get('access-control-allow-headers')).toContain('Authorization');
  expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
  expect((await preflight(TOOL, '/api/export/campaigns/1.csv')).status).toBe(204);

  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST', headers: { origin: TOOL, authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ me { username } }' }),
  });
  expect(res.headers.get('access-control-allow-origin')).toBe(TOOL);
  expect(res.headers.get('vary')).toContain('Origin');
  expect(((await res.json()) as { data: { me: { username: string } } }).data.me.username).toBe('admin');
});

test('another origin is refused at the preflight with what to configure', async () => {
  const refused = await preflight('https://evil.example');
  expect(refused.status).toBe(403);
  expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  const body = (await refused.json()) as { error: { code: string; message: string } };
  expect(body.error).toMatchObject({ code: 'FORBIDDEN' });
  expect(body.error.message).toContain('CORS_ORIGINS');
});

test('a session cookie does not count on a cross-origin request, even from a listed origin', async () => {
  const login = await fetch(`${t.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($p: String!) { login(username: "admin", password: $p) { token } }', variables: { p: ADMIN_PASSWORD } }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const me = async (origin?: string) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST', headers: { cookie, 'content-type': 'application/json', ...(origin ? { origin } : {}) }, body: JSON.stringify({ query: '{ me { username } }' }),
    });
    return ((await res.json()) as { data: { me: { username: string } | null } }).data.me;
  };
  expect(await me()).toEqual({ username: 'admin' });
  expect(await me(t.url)).toEqual({ username: 'admin' }); // the admin's own page
  expect(await me(TOOL)).toBeNull();
});

test('CORS_ORIGINS is empty by default and must name origins', () => {
  expect(loadConfig({}, {}).corsOrigins).toEqual([]);
  expect(loadConfig({}, { CORS_ORIGINS: 'https://a.example.cn, http://localhost:5173/' }).corsOrigins).toEqual(['https://a.example.cn', 'http://localhost:5173']);
  for (const bad of ['ftp://a.example.cn', 'https://a.example.cn/path', 'a.example.cn']) {
    expect(() => loadConfig({}, { CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/);
  }
});

test('behind a proxy that rewrites Host, the admin\'s own origin is known by X-Forwarded-Host and keeps its session', async () => {
  const login = await fetch(`${t.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($p: String!) { login(username: "admin", password: $p) { token } }', variables: { p: ADMIN_PASSWORD } }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const me = async (origin: string, forwardedHost: string) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST', headers: { cookie, 'content-type': 'application/json', origin, 'x-forwarded-host': forwardedHost }, body: JSON.stringify({ query: '{ me { username } }' }),
    });
    return ((await res.json()) as { data: { me: { username: string } | null } }).data.me;
  };
  expect(await me('https://zhibiao.example.gov.cn', 'zhibiao.example.gov.cn')).toEqual({ username: 'admin' });
  expect(await me('https://evil.example', 'zhibiao.example.gov.cn')).toBeNull();
});
