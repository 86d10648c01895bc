// Two server processes (the built dist/, as `npm start` runs it) on one PostgreSQL and one S3
// server (s3rver), as behind a load balancer: they start at the same moment and both come up with the schema migrated once;
// /readyz tells a starting or draining replica from a ready one; what one replica issues or
// writes — a token, a draft, an evidence file — the other reads; login limits hold across them; and a replica stopped with SIGTERM in
// the middle of saves answers every save it had begun and exits 0.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ADMIN_PASSWORD, createDatabase, type GqlResult, type TestApp, type TestDatabase } from '../factories/app.factory.js';
import { freePort } from '../factories/free-port.js';
import { startS3, s3Env, type TestS3 } from '../factories/s3.factory.js';
import { buildWorld, CREATE_USER, PASSWORD, tinyPng, uploadEvidence, type World } from '../factories/world.factory.js';

interface Replica { name: string; url: string; child: ChildProcess; output: string; exited: Promise<number | null> }

let database: TestDatabase;
let s3: TestS3;
let db: pg.Client;
const replicas: Replica[] = [];

async function startReplica(name: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env, NODE_ENV: 'production', ...s3Env(s3.settings), DATABASE_URL: database.ownerUrl, DATABASE_APP_URL: database.appUrl, PORT: String(port), ADMIN_PASSWORD,
      DATA_DIR: mkdtempSync(join(tmpdir(), `zhibiao-${name}-`)), DEMO: '', MAX_LOGIN_FAILURES: '5', MAX_LOGIN_FAILURES_PER_ADDRESS: '10000',
    },
  });
  const replica: Replica = { name, url: `http://127.0.0.1:${port}`, child, output: '', exited: new Promise((resolve) => child.once('exit', resolve)) };
  child.stdout!.on('data', (d) => { replica.output += String(d); });
  child.stderr!.on('data', (d) => { replica.output += String(d); });
  replicas.push(replica);
  return replica;
}

/** One request on a connection of its own (no kept-alive socket that a draining server may be closing). */
function request(url: string, body?: unknown, token?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; json: any }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(url, {
      agent: false, method: payload ? 'POST' : 'GET',
      headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const started = (r: Replica) => expect.poll(() => r.output, { timeout: 60_000, interval: 50 }).toContain('zhibiao 已启动');

function client(r: Replica): TestApp {
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${r.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as GqlResult;
  };
  const login = async (username: string, password: string) => (await gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password })).data!.login.token as string;
  return { url: r.url, gql, login, adminToken: '' } as unknown as TestApp;
}

let a: TestApp;
let b: TestApp;
let w: World;
beforeAll(async () => {
  const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: process.cwd(), encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the server does not build: ${built.stdout}${built.stderr}`);
  database = await createDatabase();
  s3 = await startS3();
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
}, 120_000);
afterAll(async () => {
  for (const r of replicas) { if (process.env.SHOW) console.log(r.name, r.output); r.child.kill('SIGKILL'); }
  await db?.end();
  await s3?.server.close();
});

test('two replicas started at the same moment both come up; the schema is migrated once; /readyz is 503 until ready', async () => {
  // Hold the start-up lock, so both replicas are seen waiting at it (listening, not ready).
  await db.query(`select pg_advisory_lock(hashtext('zhibiao:start-up'))`);
  const [ra, rb] = await Promise.all([startReplica('a'), startReplica('b')]);
  for (const r of [ra, rb]) {
    await expect.poll(async () => (await fetch(`${r.url}/readyz`).catch(() => undefined))?.status, { timeout: 30_000, interval: 50 }).toBe(503);
    const graphql = await fetch(`${r.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(graphql.status).toBe(503);
    expect(graphql.headers.get('retry-after')).toBe('5');
    expect((await graphql.json()).errors[0].message).toContain('正在启动');
  }
  await db.query(`select pg_advisory_unlock(hashtext('zhibiao:start-up'))`);
  await Promise.all([started(ra), started(rb)]);
  for (const r of [ra, rb]) expect((await fetch(`${r.url}/readyz`)).status).toBe(200);
  const migrations = readdirSync('migrations').filter((f) => /^Migration\d+_.*\.ts$/.test(f)).length;
  const { rows } = await db.query('select name, count(*)::int as n from mikro_orm_migrations group by name');
  expect(rows.length).toBe(migrations);
  expect(rows.every((r) => r.n === 1)).toBe(true);
  const systems = await db.query('select code, count(*)::int as n from indicator_system group by code having count(*) > 1');
  expect(systems.rows).toEqual([]);
  a = client(ra);
  b = client(rb);
  (a as { adminToken: string }).adminToken = await a.login('admin', ADMIN_PASSWORD);
  w = await buildWorld(a);
}, 120_000);

test('a token issued by one replica works on the other; a draft saved through one is read through the other with its revision', async () => {
  const token = await a.login('admin', ADMIN_PASSWORD);
  expect((await b.gql('{ me { username } }', {}, token)).data!.me.username).toBe('admin');
  const saved = await a.gql(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: { A: { A1: { funding: 31415 } } }, expectedRevision: 0) { revision } }`, { id: w.assessments.danzhutou }, w.tokens.staff);
  expect(saved.data!.saveAssessmentDraft.revision).toBe(1);
  const read = await b.gql(`query($id: ID!) { assessment(id: $id) { revision data } }`, { id: w.assessments.danzhutou }, w.tokens.staff);
  expect(read.data!.assessment).toMatchObject({ revision: 1, data: { A: { A1: { funding: 31415 } } } });
});

test('an evidence file uploaded through one replica downloads byte-identical through the other', async () => {
  const file = Buffer.concat([tinyPng(), Buffer.alloc(300 * 1024, 5)]);
  const up = await uploadEvidence(a, w.tokens.staff, w.assessments.danzhutou, 'A1', file);
  expect(up.status).toBe(201);
  const res = await fetch(`${b.url}/api/evidence/${up.body.id}`, { headers: { authorization: `Bearer ${w.tokens.staff}` } });
  expect(res.status).toBe(200);
  expect(Buffer.from(await res.arrayBuffer()).equals(file)).toBe(true);
});

test('150 parallel wrong passwords split across both replicas lock the account once', async () => {
  await a.gql(CREATE_USER, { input: { username: 'erin', password: PASSWORD, displayName: 'erin', role: 'ADMIN' } }, a.adminToken);
  const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
  const burst = await Promise.all(Array.from({ length: 150 }, (_, i) => (i % 2 ? a : b).gql(LOGIN, { u: 'erin', p: `wrong-${i}x` })));
  // Checked: the password was compared (the fifth such failure also says the account is now locked);
  // every other attempt is refused as locked without a comparison.
  const checked = burst.filter((r) => r.errors?.[0]?.message.includes('用户名或密码错误'));
  expect(checked.length).toBeLessThanOrEqual(5);
  expect(burst.every((r) => !r.data && (r.errors?.[0]?.message.includes('用户名或密码错误') || r.errors?.[0]?.message.includes('锁定')))).toBe(true);
  for (const replica of [a, b]) expect((await replica.gql(LOGIN, { u: 'erin', p: PASSWORD })).errors?.[0]?.message).toContain('锁定');
});

test('SIGTERM during saves: not ready, the save in flight is committed and answered, every acknowledged save is kept, exit 0', async () => {
  const rb = replicas[1];
  expect((await fetch(`${rb.url}/readyz`)).status).toBe(200);
  const SAVE = `mutation($id: ID!, $d: JSON!, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r) { revision } }`;
  const acked: { revision: number; funding: number }[] = [];
  let revision = 1;
  // A stream of saves through B until it stops answering.
  const stream = (async () => {
    for (let i = 1; ; i++) {
      const r = await b.gql(SAVE, { id: w.assessments.danzhutou, d: { A: { A1: { funding: 50_000 + i } } }, r: revision }, w.tokens.staff).catch(() => undefined);
      if (!r?.data) return;
      revision = r.data.saveAssessmentDraft.revision;
      acked.push({ revision, funding: 50_000 + i });
    }
  })();
  await expect.poll(() => acked.length, { timeout: 30_000, interval: 5 }).toBeGreaterThanOrEqual(10);
  // One more save held in flight behind a row lock, then SIGTERM.
  const lock = new pg.Client({ connectionString: database.url });
  await lock.connect();
  await lock.query('begin');
  await lock.query('select id from assessment where id = $1 for update', [w.assessments.danping]);
  const held = request(`${rb.url}/graphql`, { query: SAVE, variables: { id: w.assessments.danping, d: { A: { A1: { funding: 77_777 } } }, r: 0 } }, w.tokens.districtAdmin);
  held.catch(() => {}); // awaited below, with the server's output when it fails
  await expect.poll(async () => (await db.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`)).rows[0].n, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(1);
  rb.child.kill('SIGTERM');
  await expect.poll(() => rb.output, { timeout: 10_000, interval: 20 }).toContain('收到 SIGTERM');
  // Draining: not ready, and new work is turned away with a 503 while the held save is finished.
  const draining = await request(`${rb.url}/readyz`);
  expect(draining.status).toBe(503);
  expect(draining.json.status).toBe('draining');
  const turnedAway = await request(`${rb.url}/graphql`, { query: '{ __typename }' });
  expect(turnedAway.status).toBe(503);
  expect(turnedAway.headers['retry-after']).toBe('5');
  await lock.query('commit');
  await lock.end();
  const heldAnswer = await held.catch((err: Error) => { throw new Error(`${err.message}\n${rb.output}`); });
  expect(heldAnswer.json.data?.saveAssessmentDraft.revision).toBe(1);
  expect(await rb.exited).toBe(0);
  await stream;
  const stored = await db.query(`select revision, (data->'A'->'A1'->>'funding')::int as funding from assessment_revision where assessment_id = $1`, [w.assessments.danzhutou]);
  const kept = new Set(stored.rows.map((r) => `${r.revision}:${r.funding}`));
  expect(acked.filter((s) => !kept.has(`${s.revision}:${s.funding}`))).toEqual([]);
  expect((await db.query('select revision from assessment where id = $1', [w.assessments.danping])).rows[0].revision).toBe(1);
  // A keeps answering.
  expect((await a.gql(`query($id: ID!) { assessment(id: $id) { revision } }`, { id: w.assessments.danzhutou }, w.tokens.staff)).data!.assessment.revision).toBe(revision);
}, 90_000);

test('SIGTERM with nothing in flight: the replica stops at once and exits 0', async () => {
  const ra = replicas[0];
  ra.child.kill('SIGTERM');
  const code = await Promise.race([ra.exited, new Promise((resolve) => setTimeout(() => resolve('still running after 15 s'), 15_000))]);
  expect(code, ra.output).toBe(0);
  expect(ra.output).toContain('已停止');
}, 30_000);
