// Concurrent saves of one draft from the same revision: exactly one wins, the others are
// CONFLICT, and the stored answers are the winner's.
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildWorld, type World } from '../factories/world.factory.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

const SAVE = `mutation($id: ID!, $data: JSON!, $rev: Int!) { saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev) { revision data } }`;

test('ten saves from revision 0 at once: one wins, nine are CONFLICT', async () => {
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) => t.gql(SAVE, { id: w.assessments.danzhutou, data: { A: { A1: { funding: 1000 + i } } }, rev: 0 }, w.tokens.staff)),
  );
  const winners = results.filter((r) => r.data?.saveAssessmentDraft);
  const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
  expect(winners.length).toBe(1);
  expect(conflicts.length).toBe(9);

  const stored = await t.gql(`query($id: ID!) { assessment(id: $id) { revision data revisions { revision } } }`, { id: w.assessments.danzhutou }, w.tokens.staff);
  expect(stored.data!.assessment.revision).toBe(1);
  expect(stored.data!.assessment.data).toEqual(winners[0].data!.saveAssessmentDraft.data);
  expect(stored.data!.assessment.revisions).toEqual([{ revision: 1 }]);

  const db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  const { rows } = await db.query('select count(*)::int as n from assessment_score where assessment_id = $1', [w.assessments.danzhutou]);
  await db.end();
  expect(rows[0].n).toBe(4);
});

test('a street decision racing a later submit cannot both apply', async () => {
  const id = w.assessments.danping;
  const [a, b] = await Promise.all([
    t.gql(`mutation($id: ID!) { reviewAssessment(id: $id, stage: STREET, decision: RETURN, opinion: "补充", expectedRevision: 0) { status } }`, { id }, w.tokens.reviewer),
    t.gql(SAVE, { id, data: {}, rev: 0 }, w.tokens.districtAdmin),
  ]);
  // The assessment is a draft, so the street cannot act on it; the save goes through.
  expect(a.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(b.data?.saveAssessmentDraft.revision).toBe(1);
});
