// The hot write path in plain SQL (server/db/native-sql.ts, assessment-score-rows.ts): statements
// are prepared once per connection, and a save writes only the score rows whose values changed.
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { nativeQuery } from '../../server/db/native-sql.js';
import { errorOf, type TestApp } from '../factories/app.factory.js';
import { buildAnswers } from '../factories/system.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
let db: pg.Client;
useWorld((app, world) => { t = app; w = world; });
beforeAll(async () => { db = new pg.Client({ connectionString: t.databaseUrl }); await db.connect(); });
afterAll(() => db?.end());

const SAVE = `mutation($id: ID!, $data: JSON!, $rev: Int!) { saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev) { revision indicatorScores { code selfScore } } }`;

/** Each score row's code, self score and row version (xmin changes whenever the row is rewritten). */
async function scoreRows(assessmentId: string) {
  const { rows } = await db.query(`select indicator_code as code, title, self_score as "selfScore", xmin::text as version from assessment_score where assessment_id = $1 order by position`, [assessmentId]);
  return rows as { code: string; title: string; selfScore: number | null; version: string }[];
}

test('a statement runs with its parameters, prepared once on its connection', async () => {
  const em = t.app.db.orm.em.fork();
  await em.transactional(async (tx) => {
    const sql = 'select $1::int + 1 as n, $2::text as s';
    const first = await nativeQuery<{ n: number; s: string }>(tx, sql, [41, "它's 'quoted'"]);
    expect(first.rows).toEqual([{ n: 42, s: "它's 'quoted'" }]);
    await nativeQuery(tx, sql, [1, 'again']);
    const { rows } = await nativeQuery<{ name: string }>(tx, 'select name from pg_prepared_statements where statement = $1', [sql]);
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toMatch(/^zb_[0-9a-f]{20}$/);
  });
});

test('a save inserts the score rows once, then rewrites only those whose values changed', async () => {
  const id = w.assessments.danzhutou;
  const first = await t.gql(SAVE, { id, data: buildAnswers(20_000), rev: 0 }, w.tokens.staff);
  expect(first.errors).toBeUndefined();
  const inserted = await scoreRows(id);
  expect(inserted.map((r) => r.code)).toEqual(first.data!.saveAssessmentDraft.indicatorScores.map((s: { code: string }) => s.code));
  expect(inserted.every((r) => r.title.length > 0)).toBe(true);

  // The same scores again (only the text answer differs): no score row is rewritten.
  const same = await t.gql(SAVE, { id, data: { ...buildAnswers(20_000), B: { summary: '换了说明' } }, rev: 1 }, w.tokens.staff);
  expect(same.errors).toBeUndefined();
  expect(await scoreRows(id)).toEqual(inserted);

  // Less funding per head: A1's computed score drops, and only A1 and the rows above it move.
  const changed = await t.gql(SAVE, { id, data: buildAnswers(1_000), rev: 2 }, w.tokens.staff);
  expect(changed.errors).toBeUndefined();
  const after = await scoreRows(id);
  const moved = after.filter((r, i) => r.version !== inserted[i].version).map((r) => r.code);
  expect(moved).toContain('A1');
  expect(moved.length).toBeLessThan(after.length);
  for (const row of after) {
    const served = changed.data!.saveAssessmentDraft.indicatorScores.find((s: { code: string }) => s.code === row.code);
    expect(row.selfScore).toBe(served.selfScore);
  }
  expect(after.find((r) => r.code === 'A1')!.selfScore).not.toBe(inserted.find((r) => r.code === 'A1')!.selfScore);
});

test('a stale revision writes nothing: no revision row, no score row', async () => {
  const id = w.assessments.danzhutou;
  const before = await scoreRows(id);
  const { rows: [{ n: revisionsBefore }] } = await db.query('select count(*)::int as n from assessment_revision where assessment_id = $1', [id]);
  const stale = await t.gql(SAVE, { id, data: buildAnswers(50_000), rev: 1 }, w.tokens.staff);
  expect(errorOf(stale).code).toBe('CONFLICT');
  expect(stale.errors![0].extensions!.currentRevision).toBe(3);
  expect(await scoreRows(id)).toEqual(before);
  const { rows: [{ n: revisionsAfter }] } = await db.query('select count(*)::int as n from assessment_revision where assessment_id = $1', [id]);
  expect(revisionsAfter).toBe(revisionsBefore);
});

test('a save with the scores the last change wrote leaves the rows uncompared; without a fingerprint they are compared again', async () => {
  const id = w.assessments.danzhutou;
  const served = (await scoreRows(id)).find((r) => r.code === 'A1')!.selfScore;
  // A row changed behind the API's back shows whether a save looked at the rows at all.
  await db.query(`update assessment_score set self_score = -1 where assessment_id = $1 and indicator_code = 'A1'`, [id]);
  const { rows: [{ fingerprint }] } = await db.query('select scores_written as fingerprint from assessment where id = $1', [id]);
  expect(fingerprint).toMatch(/^[\w-]{27}$/);
  const same = await t.gql(SAVE, { id, data: { ...buildAnswers(1_000), B: { summary: '只改了说明' } }, rev: 3 }, w.tokens.staff);
  expect(same.errors).toBeUndefined();
  expect((await scoreRows(id)).find((r) => r.code === 'A1')!.selfScore).toBe(-1);
  // As for an assessment last written before fingerprints were kept: the rows are compared and mended.
  await db.query('update assessment set scores_written = null where id = $1', [id]);
  const again = await t.gql(SAVE, { id, data: buildAnswers(1_000), rev: 4 }, w.tokens.staff);
  expect(again.errors).toBeUndefined();
  expect((await scoreRows(id)).find((r) => r.code === 'A1')!.selfScore).toBe(served);
  const { rows: [{ fingerprint: after }] } = await db.query('select scores_written as fingerprint from assessment where id = $1', [id]);
  expect(after).toBe(fingerprint);
});

test('a draft save and its audit row commit together: when the row cannot be written, the change is not kept', async () => {
  const id = w.assessments.danzhutou;
  const state = async () => (await db.query(`select a.revision, a.data, (select count(*)::int from assessment_revision r where r.assessment_id = a.id) as revisions,
      (select count(*)::int from audit_event e where e.action = 'saveAssessmentDraft' and e.target_id = $1::text and e.ok) as audited from assessment a where a.id = $1::int`, [id])).rows[0];
  const before = await state();
  // The save's statement carries its audit row (no transaction around them): refusing the row must refuse the change.
  await db.query(`alter table audit_event add constraint refuse_saves check (action <> 'saveAssessmentDraft') not valid`);
  try {
    const refused = await t.gql(SAVE, { id, data: buildAnswers(2_000), rev: before.revision }, w.tokens.staff);
    expect(refused.errors).toHaveLength(1);
    expect(await state()).toEqual(before);
  } finally {
    await db.query('alter table audit_event drop constraint refuse_saves');
  }
  const saved = await t.gql(SAVE, { id, data: buildAnswers(2_000), rev: before.revision }, w.tokens.staff);
  expect(saved.errors).toBeUndefined();
  const after = await state();
  expect(after).toMatchObject({ revision: before.revision + 1, revisions: before.revisions + 1, audited: before.audited + 1 });
  const { rows: [row] } = await db.query(`select user_id, ok, detail from audit_event where action = 'saveAssessmentDraft' and target_id = $1 order by id desc limit 1`, [id]);
  expect(row).toMatchObject({ ok: true, detail: { args: { id, expectedRevision: before.revision } } });
  expect(row.user_id).not.toBeNull();
});
