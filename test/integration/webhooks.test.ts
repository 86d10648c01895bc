// Webhooks received by a local HTTP server, as a province's platform would receive them:
// signed, retried with backoff, logged; refused at registration when the URL cannot be one;
// a receiver that refuses, is not there or hangs ends as a logged failure, never a crash.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifySignature } from '../../server/modules/webhook/webhook-signature.js';
import { webhookUrlProblem } from '../../server/modules/webhook/webhook-url.js';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildAnswers } from '../factories/system.factory.js';
import { buildWorld, CREATE_USER, uploadEvidence, type World } from '../factories/world.factory.js';

interface Received { path: string; headers: IncomingHttpHeaders; body: string }
let t: TestApp;
let w: World;
let receiver: Server;
let base: string;
const received: Received[] = [];

beforeAll(async () => {
  // Fast retries so a test sees the whole schedule: 100 ms, 200 ms, then given up.
  t = await startTestApp({ webhookAllowLoopback: true, webhookPollMs: 50, webhookRetryBaseMs: 100, webhookMaxAttempts: 3, webhookTimeoutMs: 1000 });
  w = await buildWorld(t);
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c)).on('end', () => {
      received.push({ path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() });
      if (req.url === '/hang') return; // never answers
      res.statusCode = req.url === '/fail' ? 500 : 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  receiver?.closeAllConnections();
  receiver?.close();
  await t?.close();
});

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url events enabled } } }`;
const DELIVERIES = `query { webhooks { id url deliveries(first: 20) { id event status attempts lastStatusCode lastError payload } } }`;

async function hook(url: string, events: string[], token = w.tokens.districtAdmin) {
  const r = await t.gql(CREATE, { input: { url, events, description: '测试' } }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.createWebhook as { secret: string; webhook: { id: string } };
}

type Delivery = { id: string; event: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null; payload: Record<string, unknown> };
async function deliveriesOf(id: string, token = w.tokens.districtAdmin): Promise<Delivery[]> {
  const r = await t.gql(DELIVERIES, {}, token);
  expect(r.errors).toBeUndefined();
  return r.data!.webhooks.find((h: { id: string }) => h.id === id)?.deliveries ?? [];
}

async function submit(id: string) {
  expect((await uploadEvidence(t, w.tokens.staff, id, 'A1')).status).toBe(201);
  const saved = await t.gql(`mutation($id: ID!, $data: JSON!) { saveAssessmentDraft(id: $id, data: $data, expectedRevision: 0, selfScores: { B: 8 }) { revision } }`,
    { id, data: buildAnswers() }, w.tokens.staff);
  const r = await t.gql(`mutation($id: ID!, $rev: Int!) { submitAssessment(id: $id, expectedRevision: $rev) { status } }`, { id, rev: saved.data!.saveAssessmentDraft.revision }, w.tokens.staff);
  expect(r.errors).toBeUndefined();
}

// Measured: under 2 s.
test('a submission reaches the hooks of its subtree, signed; others hear nothing', async () => {
  const mine = await hook(`${base}/ok`, ['ASSESSMENT_SUBMITTED', 'CAMPAIGN_CLOSED']);
  const pinghu = await t.gql(CREATE_USER, { input: { username: 'ph-admin', password: 'Passw0rd-test', displayName: '平湖管理员', role: 'ADMIN', orgUnitId: w.units.pinghu } }, t.adminToken);
  expect(pinghu.errors).toBeUndefined();
  const otherToken = await t.login('ph-admin', 'Passw0rd-test');
  const other = await hook(`${base}/other`, ['ASSESSMENT_SUBMITTED'], otherToken);
  await hook(`${base}/finalized-only`, ['ASSESSMENT_FINALIZED']);

  await submit(w.assessments.danzhutou);
  await expect.poll(() => received.filter((r) => r.path === '/ok').length, { timeout: 10_000 }).toBe(1);
  const got = received.find((r) => r.path === '/ok')!;
  expect(got.headers['content-type']).toBe('application/json');
  expect(got.headers['x-zhibiao-event']).toBe('assessment.submitted');
  expect(verifySignature(mine.secret, String(got.headers['x-zhibiao-signature']), String(got.headers['x-zhibiao-timestamp']), got.body)).toBe(true);
  expect(verifySignature('whsec_wrong', String(got.headers['x-zhibiao-signature']), String(got.headers['x-zhibiao-timestamp']), got.body)).toBe(false);
  const body = JSON.parse(got.body);
  expect(body).toMatchObject({ id: got.headers['x-zhibiao-delivery'], event: 'assessment.submitted', data: { assessment: { status: 'SUBMITTED', unit: { code: '440307003001', name: '丹竹头社区' } }, campaign: { id: w.campaignId } } });
  await expect.poll(async () => (await deliveriesOf(mine.webhook.id))[0]?.status, { timeout: 10_000 }).toBe('SUCCEEDED');
  expect((await deliveriesOf(mine.webhook.id))[0]).toMatchObject({ attempts: 1, lastStatusCode: 204, lastError: null });

  // 平湖's administrator sees neither the event nor 龙岗's hooks; a hook for other events got nothing.
  expect(await deliveriesOf(other.webhook.id, otherToken)).toEqual([]);
  expect((await t.gql(DELIVERIES, {}, otherToken)).data!.webhooks.map((h: { url: string }) => h.url)).toEqual([`${base}/other`]);
  expect(received.filter((r) => r.path !== '/ok')).toEqual([]);

  // A campaign event, from the same transaction as the change.
  expect((await t.gql(`mutation($id: ID!) { closeCampaign(id: $id) { status } }`, { id: w.campaignId }, w.tokens.districtAdmin)).errors).toBeUndefined();
  await expect.poll(() => received.filter((r) => r.headers['x-zhibiao-event'] === 'campaign.closed').length, { timeout: 10_000 }).toBe(1);
});

test('a refusing, missing or silent receiver: retried with backoff, then logged as failed; redelivered once repaired', async () => {
  const closedPort = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as AddressInfo; s.close(() => resolve(port)); });
  });
  const failing = await hook(`${base}/fail`, ['ASSESSMENT_SUBMITTED']);
  const missing = await hook(`http://127.0.0.1:${closedPort}/`, ['ASSESSMENT_SUBMITTED']);
  const silent = await hook(`${base}/hang`, ['ASSESSMENT_SUBMITTED']);
  for (const h of [failing, missing, silent]) expect((await t.gql(`mutation($id: ID!) { pingWebhook(id: $id) { status } }`, { id: h.webhook.id }, w.tokens.districtAdmin)).errors).toBeUndefined();

  const finalOf = async (id: string) => (await deliveriesOf(id))[0];
  await expect.poll(async () => (await finalOf(failing.webhook.id)).status, { timeout: 15_000 }).toBe('FAILED');
  expect(await finalOf(failing.webhook.id)).toMatchObject({ event: 'ping', attempts: 3, lastStatusCode: 500, lastError: '接收方回答 HTTP 500' });
  expect(received.filter((r) => r.path === '/fail')).toHaveLength(3);
  await expect.poll(async () => (await finalOf(missing.webhook.id)).status, { timeout: 15_000 }).toBe('FAILED');
  expect((await finalOf(missing.webhook.id)).lastError).toMatch(/^无法连接接收方：ECONNREFUSED/);
  await expect.poll(async () => (await finalOf(silent.webhook.id)).status, { timeout: 15_000 }).toBe('FAILED');
  expect((await finalOf(silent.webhook.id)).lastError).toBe('接收方 1 秒内没有回答');

  // Repaired (pointed at a working path) and sent again.
  expect((await t.gql(`mutation($id: ID!, $url: String!) { updateWebhook(id: $id, input: { url: $url }) { url } }`, { id: failing.webhook.id, url: `${base}/ok` }, w.tokens.districtAdmin)).errors).toBeUndefined();
  const again = await t.gql(`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { status attempts } }`, { id: (await finalOf(failing.webhook.id)).id }, w.tokens.districtAdmin);
  expect(again.data!.redeliverWebhook).toEqual({ status: 'PENDING', attempts: 0 });
  await expect.poll(async () => (await finalOf(failing.webhook.id)).status, { timeout: 10_000 }).toBe('SUCCEEDED');
  // The server is well.
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
});

test('a URL that cannot receive is refused with the reason at /input/url; only administrators manage hooks', async () => {
  const refused = async (url: string, events = ['ASSESSMENT_SUBMITTED'], token = w.tokens.districtAdmin) => (await t.gql(CREATE, { input: { url, events } }, token)).errors?.[0].extensions;
  expect(await refused('ftp://files.example.cn/in')).toMatchObject({ code: 'BAD_USER_INPUT', faults: [{ path: '/input/url', message: expect.stringContaining('http 或 https') }] });
  expect(await refused('not a url')).toMatchObject({ faults: [{ path: '/input/url' }] });
  expect(await refused('http://169.254.169.254/latest/meta-data')).toMatchObject({ faults: [{ path: '/input/url', message: expect.stringContaining('169.254.169.254') }] });
  expect(await refused('http://user:secret@example.cn/')).toMatchObject({ faults: [{ path: '/input/url', message: expect.stringContaining('用户名或密码') }] });
  expect(await refused(`${t.url}/graphql`)).toMatchObject({ faults: [{ path: '/input/url', message: '不能推送到本系统自身' }] });
  expect(await refused(`${base}/ok`, [])).toMatchObject({ faults: [{ path: '/input/events' }] });
  expect((await refused(`${base}/ok`, ['ASSESSMENT_SUBMITTED'], w.tokens.staff))?.code).toBe('FORBIDDEN');
  expect((await refused(`${base}/ok`, ['ASSESSMENT_SUBMITTED'], w.tokens.reviewer))?.code).toBe('FORBIDDEN');
  // Loopback only where the operator allowed it.
  expect(await webhookUrlProblem(`${base}/ok`, { allowLoopback: false })).toContain('WEBHOOK_ALLOW_LOOPBACK');
  expect(await webhookUrlProblem('http://[::ffff:127.0.0.1]:80/', { allowLoopback: false })).toContain('WEBHOOK_ALLOW_LOOPBACK');
  expect(await webhookUrlProblem('http://10.1.2.3:8080/in', { allowLoopback: false })).toBeUndefined(); // intranets are where these systems live
});
