// Every answer carries security headers; the admin's page passes its own Content-Security-Policy
// (checked in Chromium by the browser tests, which would fail on a blocked script or style); a
// cookie-borne upload from another site is refused.
import { expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import { tinyPng, type World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

test('the admin page, the API and the health check carry security headers, framing forbidden', async () => {
  for (const path of ['/', '/healthz', '/graphql?query=%7B__typename%7D']) {
    const res = await fetch(`${t.url}${path}`, { headers: { 'apollo-require-preflight': '1' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    // The rest of what helmet sets (computed once at start, set on each answer).
    expect(Object.fromEntries(['cross-origin-opener-policy', 'cross-origin-resource-policy', 'origin-agent-cluster', 'x-dns-prefetch-control', 'x-download-options', 'x-permitted-cross-domain-policies', 'x-xss-protection', 'x-powered-by'].map((h) => [h, res.headers.get(h)]))).toEqual({
      'cross-origin-opener-policy': 'same-origin', 'cross-origin-resource-policy': 'same-origin', 'origin-agent-cluster': '?1', 'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen', 'x-permitted-cross-domain-policies': 'none', 'x-xss-protection': '0', 'x-powered-by': null,
    });
  }
});

test('an upload riding on the session cookie from another site is refused; from this site it is taken', async () => {
  const login = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { login(username: "dzt-staff", password: "Passw0rd-test") { token } }' }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const upload = (origin: string) => {
    const form = new FormData();
    form.append('assessmentId', w.assessments.danzhutou);
    form.append('indicatorCode', 'A1');
    form.append('file', new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), '照片.png');
    return fetch(`${t.url}/api/evidence`, { method: 'POST', body: form, headers: { cookie, origin } });
  };
  const foreign = await upload('https://evil.example');
  expect(foreign.status).toBe(403);
  expect((await foreign.json()).error.message).toContain('其他网站');
  expect((await upload(t.url)).status).toBe(201);
});
