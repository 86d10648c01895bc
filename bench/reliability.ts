// `npm run reliability`: the trust figures, measured against the built server as `npm start`
// runs it (a child process, migrations as the owner role, requests as the app role):
//   1. generated payloads to every mutation, the preview and the upload route — how many were
//      tried, how many got a 5xx or INTERNAL_SERVER_ERROR;
//   2. /healthz latency while attackers send the heaviest work the limits still let through
//      (a 1,500-formula preview and system, 60,000-row answers, $pad, alias floods, 2 MB bodies),
//      against /healthz on the idle server in the same run;
//   3. saves lost after `kill -9`: writers save drafts, the server is killed and restarted, and
//      every save it acknowledged is looked for in the database.
// Results go to bench/results/reliability.json and reliability.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { startEmbedded } from '../server/db/embedded.js';
import { newRoles, provisionedUrls } from '../server/db/roles.js';
import { multipart, operations, upload } from '../test/factories/payloads.js';
import { buildHeavySystem, buildIndicatorSystem } from '../test/factories/system.factory.js';
import { buildWorld, type World } from '../test/factories/world.factory.js';
import { freePort } from '../test/factories/free-port.js';

const PAYLOADS = Number(process.env.RELIABILITY_PAYLOADS ?? 2_000);
const UPLOADS = Number(process.env.RELIABILITY_UPLOADS ?? 500);
const ATTACK_SECONDS = Number(process.env.RELIABILITY_ATTACK_SECONDS ?? 20);
const KILLS = Number(process.env.RELIABILITY_KILLS ?? 5);
const SEED = Number(process.env.FC_SEED ?? 20_261_129);
const ADMIN_PASSWORD = 'Reliability-1';

const dir = mkdtempSync(join(tmpdir(), 'zhibiao-reliability-'));
const embedded = await startEmbedded(join(dir, 'pg'), await freePort(), { password: randomBytes(18).toString('base64url') });
const database = await provisionedUrls(embedded.url('postgres'), 'reliability', newRoles('reliability'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let child: ChildProcess | undefined;

async function startServer(): Promise<void> {
  child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env, DATABASE_URL: database.ownerUrl, DATABASE_APP_URL: database.appUrl, PORT: String(port), ADMIN_PASSWORD,
      DATA_DIR: join(dir, 'data'), DEMO: '', MAX_LOGIN_FAILURES_PER_ADDRESS: '1000000',
    },
  });
  await new Promise<void>((resolve, reject) => {
    child!.stdout!.on('data', (d) => String(d).includes('zhibiao 已启动') && resolve());
    child!.once('exit', (code) => reject(new Error(`the server exited with ${code} before it listened`)));
  });
}

async function killServer(): Promise<void> {
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  child!.kill('SIGKILL');
  await exited;
}

interface Answer { status: number; codes: string[]; data?: Record<string, any> }

async function gqlRaw(body: unknown, token?: string): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, codes: (json.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'), data: json.data ?? undefined };
}

const api = {
  url: base,
  adminToken: '',
  async gql(query: string, variables?: Record<string, unknown>, token?: string) {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }),
    });
    return res.json();
  },
  async login(username: string, password: string) {
    const r = await this.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password });
    return r.data.login.token as string;
  },
};

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

/** Probes /healthz every `everyMs` until `until` resolves; answers the latencies (failures as Infinity). */
async function probeHealth(until: Promise<unknown>, everyMs = 25): Promise<number[]> {
  let done = false;
  void until.finally(() => { done = true; });
  const latencies: number[] = [];
  while (!done) {
    const start = performance.now();
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    latencies.push(ok ? performance.now() - start : Number.POSITIVE_INFINITY);
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return latencies.sort((a, b) => a - b);
}

/** Payloads: every generated request, counted by whether the server failed it. */
async function payloads(w: World): Promise<{ tried: number; fiveHundreds: number; internalErrors: number }> {
  const roles = ['admin', 'districtAdmin', 'staff', 'reviewer', 'expert'] as const;
  let fiveHundreds = 0;
  let internalErrors = 0;
  const ops = fc.sample(operations(w), { numRuns: PAYLOADS, seed: SEED });
  for (const [i, op] of ops.entries()) {
    const role = i % (roles.length + 1);
    const answer = await gqlRaw(op, role < roles.length ? w.tokens[roles[role]] : undefined);
    if (answer.status >= 500) fiveHundreds++;
    if (answer.codes.includes('INTERNAL_SERVER_ERROR')) internalErrors++;
  }
  const bodies = fc.sample(multipart(w), { numRuns: UPLOADS, seed: SEED });
  for (const [i, body] of bodies.entries()) {
    if ((await upload(base, body, i % 2 ? w.tokens.staff : undefined)) >= 500) fiveHundreds++;
  }
  return { tried: ops.length + bodies.length, fiveHundreds, internalErrors };
}

/** The heaviest requests the limits let through, sent by `attackers` clients in a loop for ATTACK_SECONDS. */
async function attack(w: World, attackers: number): Promise<{ requests: number; answers: Record<string, number> }> {
  const heavy = buildHeavySystem(1500);
  const table = buildIndicatorSystem({ mutate: (s: any) => { s.properties.A.properties.A1.properties.rows = { type: 'array', uniqueItems: true, items: { type: 'integer' } }; } });
  const pad = buildIndicatorSystem({ mutate: (s: any) => { s.properties.A.properties.A1['x-indicator'].scoring = { method: 'formula', formula: '$length($pad("x", 100000000)) > 0 ? 1 : 0' }; } });
  const PREVIEW = 'query($s: JSON!, $d: JSON!) { previewAssessment(schema: $s, data: $d) { valid total } }';
  const kinds: (() => Promise<Answer>)[] = [
    () => gqlRaw({ query: PREVIEW, variables: { s: heavy.schema, d: heavy.answers } }, w.tokens.staff),
    () => gqlRaw({ query: `mutation($s: JSON!, $c: String!) { saveIndicatorSystemDraft(code: $c, schema: $s, allowFaults: true) { number } }`, variables: { s: heavy.schema, c: 'test-system' } }, w.tokens.admin),
    () => gqlRaw({ query: PREVIEW, variables: { s: table, d: { A: { A1: { rows: Array.from({ length: 60_000 }, (_, i) => i) } } } } }, w.tokens.staff),
    () => gqlRaw({ query: PREVIEW, variables: { s: pad, d: { A: { A1: { funding: 1 } } } } }, w.tokens.staff),
    () => gqlRaw({ query: `query($s: JSON!) { ${Array.from({ length: 20 }, (_, i) => `p${i}: previewAssessment(schema: $s, data: {}) { total }`).join(' ')} }`, variables: { s: heavy.schema } }, w.tokens.staff),
    () => gqlRaw({ query: 'query($x: JSON!) { me { username } }', variables: { x: 'x'.repeat(2 * 1024 * 1024) } }, w.tokens.staff),
  ];
  const answers: Record<string, number> = {};
  let requests = 0;
  const end = Date.now() + ATTACK_SECONDS * 1000;
  await Promise.all(Array.from({ length: attackers }, async (_, a) => {
    for (let i = a; Date.now() < end; i++) {
      const answer = await kinds[i % kinds.length]().catch(() => ({ status: 0, codes: ['NO_ANSWER'] }));
      requests++;
      const key = answer.status >= 500 ? `HTTP ${answer.status}` : (answer.codes[0] ?? 'OK');
      answers[key] = (answers[key] ?? 0) + 1;
    }
  }));
  return { requests, answers };
}

const SAVE = 'mutation($id: ID!, $d: JSON!, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r) { revision } }';

/** Writers save drafts; the server is killed at a random moment and restarted; acknowledged saves are looked for. */
async function kills(w: World, db: pg.Client): Promise<{ kills: number; acknowledged: number; lost: number }> {
  let acknowledged = 0;
  let lost = 0;
  for (let k = 0; k < KILLS; k++) {
    const acked: { id: string; revision: number; funding: number }[] = [];
    let stop = false;
    const writer = async (id: string, salt: number) => {
      const [{ revision: start }] = (await db.query<{ revision: number }>('select revision from assessment where id = $1', [id])).rows;
      let revision = start;
      for (let i = 1; !stop; i++) {
        const funding = (k + 1) * 10_000_000 + salt + i;
        const answer = await gqlRaw({ query: SAVE, variables: { id, d: { A: { A1: { funding } } }, r: revision } }, w.tokens.districtAdmin).catch(() => undefined);
        if (!answer?.data?.saveAssessmentDraft) return; // the server died under it: never acknowledged
        revision = answer.data.saveAssessmentDraft.revision;
        acked.push({ id, revision, funding });
      }
    };
    let running = 2;
    const writers = [writer(w.assessments.danzhutou, 1_000_000), writer(w.assessments.danping, 2_000_000)].map((p) => p.finally(() => { running--; }));
    const target = 20 + Math.floor(Math.random() * 60);
    while (acked.length < target && running > 0) await new Promise((r) => setTimeout(r, 2));
    if (running === 0) throw new Error('the writers stopped before the kill: a save was refused');
    stop = true;
    await killServer();
    await Promise.all(writers);
    await startServer();
    const { rows } = await db.query<{ id: string; revision: number; funding: number }>(
      `select assessment_id::text as id, revision, (data->'A'->'A1'->>'funding')::bigint as funding from assessment_revision`);
    const stored = new Set(rows.map((r) => `${r.id}:${r.revision}:${r.funding}`));
    acknowledged += acked.length;
    lost += acked.filter((a) => !stored.has(`${a.id}:${a.revision}:${a.funding}`)).length;
  }
  return { kills: KILLS, acknowledged, lost };
}

try {
  await startServer();
  api.adminToken = await api.login('admin', ADMIN_PASSWORD);
  const w = await buildWorld(api);
  const db = new pg.Client({ connectionString: database.ownerUrl });
  await db.connect();

  // Kills first, on the world as built: the generated payloads may close its campaign.
  console.log(`kill -9 while saving, ${KILLS} times…`);
  const killed = await kills(w, db);
  await db.end();

  console.log(`payloads: ${PAYLOADS} generated requests and ${UPLOADS} multipart bodies…`);
  const sent = await payloads(w);

  console.log('healthz on the idle server, 5 s…');
  const idle = await probeHealth(new Promise((r) => setTimeout(r, 5_000)));
  console.log(`healthz under attack, ${ATTACK_SECONDS} s…`);
  const attacked = attack(w, 4);
  const underAttack = await probeHealth(attacked);
  const attackResult = await attacked;

  const health = (l: number[]) => ({ probes: l.length, failed: l.filter((x) => !Number.isFinite(x)).length, p50Ms: percentile(l, 50), p99Ms: percentile(l, 99), maxMs: percentile(l, 100) });
  const result = {
    date: new Date().toISOString().slice(0, 10),
    payloads: sent,
    healthz: { idle: health(idle), underAttack: health(underAttack), attack: attackResult },
    kills: killed,
  };
  const md = [
    `| figure | value |`, `|---|---|`,
    `| payloads tried (GraphQL + multipart) | ${sent.tried} |`,
    `| 5xx answers | ${sent.fiveHundreds} |`,
    `| INTERNAL_SERVER_ERROR answers | ${sent.internalErrors} |`,
    `| /healthz p50 / p99 / max, idle (ms) | ${result.healthz.idle.p50Ms} / ${result.healthz.idle.p99Ms} / ${result.healthz.idle.maxMs} |`,
    `| /healthz p50 / p99 / max, under attack (ms) | ${result.healthz.underAttack.p50Ms} / ${result.healthz.underAttack.p99Ms} / ${result.healthz.underAttack.maxMs} |`,
    `| /healthz probes failed under attack | ${result.healthz.underAttack.failed} of ${result.healthz.underAttack.probes} |`,
    `| attack requests (answers) | ${attackResult.requests} (${Object.entries(attackResult.answers).map(([k, v]) => `${k} ${v}`).join(', ')}) |`,
    `| kill -9 during saves | ${killed.kills} |`,
    `| saves acknowledged / lost | ${killed.acknowledged} / ${killed.lost} |`,
    '',
  ].join('\n');
  console.log(`\n${md}`);
  const out = (name: string) => new URL(`./results/${name}`, import.meta.url.replace('/dist/bench/', '/bench/'));
  writeFileSync(out('reliability.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(out('reliability.md'), md);
  process.exitCode = sent.fiveHundreds || sent.internalErrors || killed.lost ? 1 : 0;
} finally {
  child?.kill('SIGKILL');
  await embedded.stop();
  rmSync(dir, { recursive: true, force: true });
}
