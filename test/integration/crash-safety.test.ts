// A server killed outright (SIGKILL) in the middle of a stream of saves loses none it had
// acknowledged: after a restart on the same database every acknowledged revision is there with
// the answers it acknowledged. The server runs as a real child process (the built dist/), so the
// kill is a real one.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ADMIN_PASSWORD, createDatabase, type GqlResult, type TestApp, type TestDatabase } from '../factories/app.factory.js';
import { freePort } from '../factories/free-port.js';
import { buildWorld, type World } from '../factories/world.factory.js';

let database: TestDatabase;
let child: ChildProcess | undefined;
let url: string;
const dataDir = mkdtempSync(join(tmpdir(), 'zhibiao-crash-'));

async function startServer(): Promise<void> {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: database.ownerUrl, DATABASE_APP_URL: database.appUrl, PORT: String(port), ADMIN_PASSWORD, DATA_DIR: dataDir, DEMO: '' },
  });
  await new Promise<void>((resolve, reject) => {
    child!.stdout!.on('data', (d) => String(d).includes('zhibiao 已启动') && resolve());
    child!.once('exit', (code) => reject(new Error(`the server exited with ${code} before it listened`)));
  });
}

function api(): TestApp {
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as GqlResult;
  };
  const login = async (username: string, password: string) => (await gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password })).data!.login.token as string;
  return { url, gql, login, adminToken: '' } as unknown as TestApp;
}

let w: World;
beforeAll(async () => {
  // The server as `npm start` runs it: compiled to dist/ (TypeScript 7 takes seconds).
  const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: process.cwd(), encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the server does not build: ${built.stdout}${built.stderr}`);
  database = await createDatabase();
  await startServer();
  const t = api();
  (t as { adminToken: string }).adminToken = await t.login('admin', ADMIN_PASSWORD);
  w = await buildWorld(t);
}, 120_000);
afterAll(() => { child?.kill('SIGKILL'); });

const SAVE = `mutation($id: ID!, $d: JSON!, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r) { revision } }`;

test('saves acknowledged before a kill -9 are all there after the restart', async () => {
  const t = api();
  const acked: { id: string; revision: number; funding: number }[] = [];
  let killed = false;
  /** One writer: saves the next revision of its assessment again and again until the server is gone. */
  const writer = async (id: string, base: number) => {
    let revision = 0;
    for (let i = 1; !killed; i++) {
      try {
        const r = await t.gql(SAVE, { id, d: { A: { A1: { funding: base + i } } }, r: revision }, w.tokens.districtAdmin);
        if (!r.data) throw new Error(JSON.stringify(r.errors));
        revision = r.data.saveAssessmentDraft.revision;
        acked.push({ id, revision, funding: base + i });
      } catch {
        return; // the server died under this request: it was never acknowledged
      }
    }
  };
  const writers = [writer(w.assessments.danzhutou, 1_000_000), writer(w.assessments.danping, 2_000_000)];
  // Kill once enough saves have gone through that the stream is well under way.
  await expect.poll(() => acked.length, { timeout: 30_000, interval: 5 }).toBeGreaterThanOrEqual(40);
  killed = true;
  child!.kill('SIGKILL');
  await new Promise((resolve) => child!.once('exit', resolve));
  await Promise.all(writers);

  await startServer();
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; revision: number; funding: number }>(
      `select assessment_id::text as id, revision, (data->'A'->'A1'->>'funding')::int as funding from assessment_revision`);
    const stored = new Set(rows.map((r) => `${r.id}:${r.revision}:${r.funding}`));
    const lost = acked.filter((a) => !stored.has(`${a.id}:${a.revision}:${a.funding}`));
    expect(acked.length).toBeGreaterThanOrEqual(40);
    expect(lost).toEqual([]);
    // And the restarted server answers with the newest acknowledged answers.
    const newest = acked.filter((a) => a.id === w.assessments.danzhutou).at(-1)!;
    const now = await api().gql(`query($id: ID!) { assessment(id: $id) { revision data } }`, { id: newest.id }, w.tokens.districtAdmin);
    expect(now.data!.assessment.revision).toBeGreaterThanOrEqual(newest.revision);
  } finally {
    await db.end();
  }
}, 90_000);
