// Concurrent changes of one assessment from the same revision: exactly one wins, the others are
// CONFLICT, and what is stored is the winner's. The requests really race: a barrier holds the
// assessment's row locked from another connection until every request is waiting on it, then
// lets them all go at once.
import pg from 'pg';
import { expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import { buildAnswers } from '../factories/system.factory.js';
import { uploadEvidence, type World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const SAVE = `mutation($id: ID!, $data: JSON!, $rev: Int!) { saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev) { revision data } }`;

/**
 * Runs `requests` while the assessment's row is locked elsewhere; releases the lock only once at
 * least `waiting` statements of the server queue behind it, so they reach the write together.
 * (Under a loaded full run not every request gets that far while the row is held, so the race is
 * asserted among those that do; the outcome is asserted over all of them.)
 */
async function behindBarrier<T>(assessmentId: string, waiting: number, requests: () => Promise<T>[]): Promise<T[]> {
  const db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  try {
    await db.query('begin');
    await db.query('select id from assessment where id = $1 for update', [assessmentId]);
    const all = Promise.all(requests());
    // Inside a transaction PostgreSQL keeps its first look at pg_stat_activity: each poll clears
    // it, or the count would stay whatever it was at the first look (one save, say) forever.
    const blocked = async () => {
      await db.query('select pg_stat_clear_snapshot()');
      return (await db.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database() and pid <> pg_backend_pid()`)).rows[0].n as number;
    };
    await expect.poll(blocked, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(waiting);
    await db.query('commit');
    return await all;
  } finally {
    await db.end();
  }
}

test('eight saves from revision 0 at once, at least two of them held at the same row: one wins, seven are CONFLICT', async () => {
  const results = await behindBarrier(w.assessments.danzhutou, 2, () =>
    Array.from({ length: 8 }, (_, i) => t.gql(SAVE, { id: w.assessments.danzhutou, data: { A: { A1: { funding: 1000 + i } } }, rev: 0 }, w.tokens.staff)),
  );
  const winners = results.filter((r) => r.data?.saveAssessmentDraft);
  const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
  expect(winners.length).toBe(1);
  expect(conflicts.length).toBe(7);

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

test('saves whose scores stay as they were (one statement each, no transaction) race the same way, and the trail has one row each', async () => {
  const id = w.assessments.danzhutou;
  const db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  try {
    const { rows: [before] } = await db.query(`select revision, data, scores_written as fingerprint, (select coalesce(max(id), 0) from audit_event) as "lastAudit" from assessment where id = $1`, [id]);
    // The stored answers again: the same scores, so each save is the single autocommitted statement.
    const results = await behindBarrier(id, 2, () => Array.from({ length: 8 }, () => t.gql(SAVE, { id, data: before.data, rev: before.revision }, w.tokens.staff)));
    expect(results.filter((r) => r.data?.saveAssessmentDraft)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(7);
    const { rows: [after] } = await db.query(`select revision, scores_written as fingerprint, (select count(*)::int from assessment_revision where assessment_id = $1) as revisions from assessment where id = $1`, [id]);
    expect(after).toEqual({ revision: before.revision + 1, fingerprint: before.fingerprint, revisions: before.revision + 1 });
    const { rows: trail } = await db.query(`select ok, error_code as "errorCode", count(*)::int as n from audit_event
      where action = 'saveAssessmentDraft' and target_id = $1::text and id > $2 group by 1, 2 order by 1`, [id, before.lastAudit]);
    expect(trail).toEqual([{ ok: false, errorCode: 'CONFLICT', n: 7 }, { ok: true, errorCode: null, n: 1 }]);
  } finally {
    await db.end();
  }
});

test('a street recommendation racing a street return of the same revision: exactly one applies', async () => {
  const id = w.assessments.danping;
  await uploadEvidence(t, w.tokens.districtAdmin, id, 'A1');
  const saved = await t.gql(`mutation($id: ID!, $data: JSON!, $rev: Int!) { saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev, selfScores: { B: 6 }) { revision } }`,
    { id, data: buildAnswers(), rev: 0 }, w.tokens.districtAdmin);
  const submitted = await t.gql(`mutation($id: ID!, $rev: Int!) { submitAssessment(id: $id, expectedRevision: $rev) { revision } }`, { id, rev: saved.data!.saveAssessmentDraft.revision }, w.tokens.districtAdmin);
  const rev = submitted.data!.submitAssessment.revision as number;
  const decide = (decision: string) => t.gql(`mutation($id: ID!, $rev: Int!) { reviewAssessment(id: $id, stage: STREET, decision: ${decision}, opinion: "同时决定", expectedRevision: $rev) { status } }`, { id, rev }, w.tokens.reviewer);
  const [recommend, giveBack] = await behindBarrier(id, 2, () => [decide('RECOMMEND'), decide('RETURN')]);
  const applied = [recommend, giveBack].filter((r) => r.data?.reviewAssessment);
  expect(applied).toHaveLength(1);
  expect([recommend, giveBack].filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
  const stored = await t.gql(`query($id: ID!) { assessment(id: $id) { status revision reviews { decision } } }`, { id }, w.tokens.districtAdmin);
  expect(stored.data!.assessment.status).toBe(applied[0].data!.reviewAssessment.status);
  expect(stored.data!.assessment.revision).toBe(rev + 1);
  expect(stored.data!.assessment.reviews).toHaveLength(1);
});
