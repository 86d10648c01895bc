// docs/api.md is executed: every ```http block is sent to a running server (placeholders
// filled in) and must answer the status its info string names; the ```js verify block is run
// against a real webhook delivery. The explorer's example tabs (admin/src/graphiql) run too.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLES } from '../../admin/src/graphiql/examples.js';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildWorld, PASSWORD, type World } from '../factories/world.factory.js';

const GUIDE = readFileSync('docs/api.md', 'utf8');
const blocks = (lang: string) => [...GUIDE.matchAll(/```(\w+)([^\n]*)\n([\s\S]*?)```/g)].filter((m) => m[1] === lang).map((m) => ({ info: m[2].trim(), body: m[3] }));

let t: TestApp;
let w: World;
let receiver: Server;
let receiverUrl: string;
const deliveries: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  t = await startTestApp({ webhookAllowLoopback: true, webhookPollMs: 100 });
  w = await buildWorld(t);
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c)).on('end', () => { deliveries.push({ headers: req.headers, body: Buffer.concat(chunks).toString() }); res.statusCode = 204; res.end(); });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/zhibiao`;
});
afterAll(async () => {
  receiver?.closeAllConnections();
  receiver?.close();
  await t?.close();
});

/** One ```http block as a request: method and path, headers, a blank line, the body. */
function request(text: string, values: Record<string, string>) {
  const filled = text.replace(/\$[A-Z_]+/g, (name) => values[name.slice(1)] ?? name);
  const [head, ...rest] = filled.split('\n\n');
  const [line, ...headerLines] = head.trim().split('\n');
  const [method, path] = line.split(' ');
  const headers = Object.fromEntries(headerLines.map((h) => [h.slice(0, h.indexOf(':')).trim(), h.slice(h.indexOf(':') + 1).trim()]));
  const body = rest.join('\n\n').trim();
  return { method, path, headers, body: body || undefined };
}

test('every request in docs/api.md answers what the guide says', async () => {
  const http = blocks('http');
  expect(http.length).toBeGreaterThan(12);
  const values = {
    TOKEN: w.tokens.districtAdmin, CAMPAIGN: w.campaignId, UNIT: w.units.nanwan, USERNAME: 'lg-admin', PASSWORD, RECEIVER: receiverUrl,
    ME_HASH: createHash('sha256').update('{ me { username } }').digest('hex'),
  };
  const answers: { status: number; body: string }[] = [];
  for (const block of http) {
    const r = request(block.body, values);
    const res = await fetch(`${t.url}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
    const body = await res.text();
    answers.push({ status: res.status, body });
    expect({ request: `${r.method} ${r.path}`, status: res.status }).toEqual({ request: `${r.method} ${r.path}`, status: Number(block.info) });
  }
  // What the guide says about some of the answers, beyond their status.
  const json = answers.map((a) => { try { return JSON.parse(a.body); } catch { return a.body; } });
  const find = (needle: string) => json[http.findIndex((b) => b.body.includes(needle))];
  expect(find('login(username').data.login.token).toBeTruthy();
  expect(find('createApiToken').data.createApiToken.apiToken.access).toEqual(['READ']);
  expect(find('zbt_not-a-real-token').errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(find('campaignConnection').data.campaignConnection.totalCount).toBe(1);
  expect(find('updatedSince: $since').data.campaign.assessments.nodes).toHaveLength(2);
  expect(find('.csv?headers=keys')).toContain('unit.code');
  expect(find('.pdf').error).toMatchObject({ code: 'BAD_USER_INPUT', faults: [{ path: '/format' }] });
  expect(find('hamlet').errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', faults: [{ path: '/input/code' }, { path: '/input/name' }, { path: '/input/level' }] });
  const apq = http.map((b, i) => (b.body.includes('$ME_HASH') ? json[i] : undefined)).filter(Boolean);
  expect(apq[0].errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect(apq[1].data.me.username).toBe('lg-admin');
  expect(apq[2].data.me.username).toBe('lg-admin');
  expect(find('createWebhook').data.createWebhook.secret).toMatch(/^whsec_/);
});

test('the guide\'s signature check accepts a real delivery and refuses a changed one', async () => {
  const created = await t.gql(`mutation($url: String!) { createWebhook(input: { url: $url, events: [CAMPAIGN_CLOSED] }) { secret webhook { id } } }`, { url: receiverUrl }, w.tokens.districtAdmin);
  const { secret, webhook } = created.data!.createWebhook;
  const before = deliveries.length;
  await t.gql(`mutation($id: ID!) { pingWebhook(id: $id) { id } }`, { id: webhook.id }, w.tokens.districtAdmin);
  await expect.poll(() => deliveries.length, { timeout: 10_000 }).toBeGreaterThan(before);
  const delivery = deliveries.at(-1)!;
  const [code] = blocks('js').filter((b) => b.info === 'verify').map((b) => b.body);
  const verify = new Function('require', `${code}\nreturn verify;`)(createRequire(import.meta.url)) as (s: string, h: IncomingHttpHeaders, b: string) => boolean;
  expect(verify(secret, delivery.headers, delivery.body)).toBe(true);
  expect(verify(secret, delivery.headers, delivery.body.replace('ping', 'pong'))).toBe(false);
  expect(verify('whsec_other', delivery.headers, delivery.body)).toBe(false);
});

test('the explorer\'s example tabs run', async () => {
  for (const example of EXAMPLES) {
    const variables = JSON.parse((example.variables ?? '{}').replace('"1"', JSON.stringify(w.campaignId)));
    const r = await t.gql(example.query, variables, w.tokens.districtAdmin);
    expect({ title: example.title, errors: r.errors }).toEqual({ title: example.title, errors: undefined });
  }
});
