// The audit trail loses no row to what a request carries: text PostgreSQL cannot store is
// refused at the edge with its path (never a 500), a forged or endless X-Forwarded-For neither
// fails the row nor chooses the address (TRUST_PROXY is off by default), and evidence downloads
// are in the trail too.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildWorld, CREATE_UNIT, tinyPng, uploadEvidence, type World } from '../factories/world.factory.js';

let t: TestApp;
let w: World;
let db: pg.Client;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await t?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${w.tokens.staff}`, ...headers }, body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const SAVE = `mutation($id: ID!, $d: JSON!, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r) { revision } }`;

describe('text that cannot be stored', () => {
  test('a NUL or a lone surrogate in a variable is a 400 BAD_USER_INPUT at its path, and nothing is written', async () => {
    const before = (await db.query('select revision from assessment where id = $1', [w.assessments.danzhutou])).rows[0].revision;
    for (const [data, path] of [
      [{ A: { A1: { funding: 'a\u0000b' } } }, '/d/A/A1/funding'],
      [{ A: { A1: { note: 'half \uD800 a pair' } } }, '/d/A/A1/note'],
      [{ A: { 'A1\uDC00': {} } }, '/d/A/A1\uDC00'],
    ] as const) {
      const r = await post({ query: SAVE, variables: { id: w.assessments.danzhutou, d: data, r: before } });
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', faults: [{ path }] });
      expect(r.body.errors[0].message).toContain('无法保存的字符');
    }
    const inline = await post({ query: `{ assessment(id: "1\u0000") { id } }` });
    expect(inline).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', faults: [{ path: '/' }] } }] } });
    expect((await db.query('select revision from assessment where id = $1', [w.assessments.danzhutou])).rows[0].revision).toBe(before);
  });

  test('an evidence file name with a NUL is refused, and nothing is stored', async () => {
    const count = async () => (await db.query('select count(*)::int as n from attachment where assessment_id = $1', [w.assessments.danzhutou])).rows[0].n;
    const before = await count();
    const boundary = 'zbNulBoundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="assessmentId"\r\n\r\n${w.assessments.danzhutou}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="indicatorCode"\r\n\r\nA1\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bad\u0000name.png"\r\nContent-Type: image/png\r\n\r\n`),
      tinyPng(), Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await fetch(`${t.url}/api/evidence`, { method: 'POST', body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${w.tokens.staff}` } });
    // busboy does not take a part whose headers hold a NUL; the route refuses what arrives instead.
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    expect(await count()).toBe(before);
  });
});

describe('the audit row of every request', () => {
  test('a successful mutation with an endless, forged X-Forwarded-For keeps its audit row, with the connection\'s own address', async () => {
    const { revision } = (await db.query('select revision from assessment where id = $1', [w.assessments.danzhutou])).rows[0];
    const forged = Array.from({ length: 500 }, (_, i) => `10.0.${i % 250}.${i % 200}`).join(', ');
    const r = await post({ query: SAVE, variables: { id: w.assessments.danzhutou, d: { A: { A1: { funding: 12345 } } }, r: revision } }, { 'x-forwarded-for': forged });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    const { rows } = await db.query(`select action, ok, ip from audit_event where action = 'saveAssessmentDraft' order by id desc limit 1`);
    expect(rows[0]).toEqual({ action: 'saveAssessmentDraft', ok: true, ip: '127.0.0.1' });
  });

  test('an evidence download is audited, a refused one too', async () => {
    const up = await uploadEvidence(t, w.tokens.staff, w.assessments.danzhutou, 'A1');
    expect(up.status).toBe(201);
    expect((await fetch(`${t.url}/api/evidence/${up.body.id}`, { headers: { authorization: `Bearer ${w.tokens.staff}` } })).status).toBe(200);
    expect((await fetch(`${t.url}/api/evidence/${up.body.id}`, { headers: { authorization: `Bearer ${w.tokens.otherStaff}` } })).status).toBe(403);
    const { rows } = await db.query(`select ok, username, error_code from audit_event where action = 'downloadEvidence' and target_id = $1 order by id`, [up.body.id]);
    expect(rows.map((r) => [r.ok, r.error_code])).toEqual([[true, null], [false, 'FORBIDDEN']]);
  });
});

describe('a change and its audit row', () => {
  test('commit together: when the row cannot be written, the change is rolled back; once it can, both are kept', async () => {
    // PostgreSQL itself refuses this one action's audit rows for a moment.
    await db.query(`create function refuse_unit_audit() returns trigger language plpgsql as $$
      begin if new.action = 'createOrgUnit' then raise exception 'audit refused by the test'; end if; return new; end $$`);
    await db.query(`create trigger refuse_unit_audit before insert on audit_event for each row execute function refuse_unit_audit()`);
    const input = { code: '440307003099', name: '审计测试社区', level: 'community', parentId: w.units.nanwan, attributes: { population: 1000 } };
    const units = async () => (await db.query('select count(*)::int as n from org_unit where code = $1', [input.code])).rows[0].n;
    const rows = async () => (await db.query(`select count(*)::int as n from audit_event where action = 'createOrgUnit' and ok`)).rows[0].n;
    const rowsBefore = await rows();
    try {
      const refused = await t.gql(CREATE_UNIT, { input }, w.tokens.districtAdmin);
      expect(refused.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await units()).toBe(0);
      expect(await rows()).toBe(rowsBefore);
    } finally {
      await db.query('drop trigger refuse_unit_audit on audit_event; drop function refuse_unit_audit()');
    }
    const created = await t.gql(CREATE_UNIT, { input }, w.tokens.districtAdmin);
    expect(created.errors).toBeUndefined();
    expect(await units()).toBe(1);
    expect(await rows()).toBe(rowsBefore + 1);
  });
});
