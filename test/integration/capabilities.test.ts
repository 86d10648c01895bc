// What each person may do, answered by the policy module and read by the admin: `me.can`,
// `Assessment.viewerCan`, `Campaign.viewerCan` and `myWork`, followed through one assessment's
// workflow (draft → submitted → recommended) for every role of the small world.
import { describe, expect, test } from 'vitest';
import { buildAnswers } from '../factories/system.factory.js';
import type { TestApp } from '../factories/app.factory.js';
import { uploadEvidence, type World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const CAN = `query($id: ID!) { assessment(id: $id) { status viewerCan { fill uploadEvidence reviewStage refreshUnit } campaign { viewerCan { manage } } } }`;
const WORK = `query($waiting: Boolean, $first: Int, $after: String) { myWork(waiting: $waiting, first: $first, after: $after) {
  totalCount nodes { id status orgUnit { name } viewerCan { fill reviewStage } } pageInfo { hasNextPage endCursor } } }`;

async function must(query: string, variables: Record<string, unknown>, token: string) {
  const r = await t.gql(query, variables, token);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

const canOf = async (token: string) => (await must(CAN, { id: w.assessments.danzhutou }, token)).assessment;
const waitingIds = async (token: string) => (await must(WORK, { waiting: true, first: 100 }, token)).myWork.nodes.map((n: { id: string }) => n.id);

describe('capabilities from the policy module', () => {
  test('me.can opens the administration to administrators only', async () => {
    const me = `{ me { can { manageCampaigns manageSystems manageUnits manageUsers manageIntegrations } } }`;
    expect((await must(me, {}, w.tokens.districtAdmin)).me.can).toEqual({ manageCampaigns: true, manageSystems: true, manageUnits: true, manageUsers: true, manageIntegrations: true });
    for (const role of ['staff', 'reviewer', 'expert'] as const) {
      expect((await must(me, {}, w.tokens[role])).me.can).toEqual({ manageCampaigns: false, manageSystems: false, manageUnits: false, manageUsers: false, manageIntegrations: false });
    }
  });

  test('an assessment through its workflow: who may fill, review, and what waits for whom', async () => {
    const id = w.assessments.danzhutou;
    // A draft in an open campaign: the unit's staff and the administrator fill; nobody reviews.
    expect(await canOf(w.tokens.staff)).toEqual({ status: 'DRAFT', viewerCan: { fill: true, uploadEvidence: true, reviewStage: null, refreshUnit: false }, campaign: { viewerCan: { manage: false } } });
    expect(await canOf(w.tokens.districtAdmin)).toEqual({ status: 'DRAFT', viewerCan: { fill: true, uploadEvidence: true, reviewStage: null, refreshUnit: true }, campaign: { viewerCan: { manage: true } } });
    expect((await canOf(w.tokens.reviewer)).viewerCan).toEqual({ fill: false, uploadEvidence: false, reviewStage: null, refreshUnit: false });
    expect(await waitingIds(w.tokens.staff)).toEqual([id]);
    expect(await waitingIds(w.tokens.reviewer)).toEqual([]);
    expect((await t.gql(CAN, { id }, w.tokens.otherStaff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Submitted: the street above it reviews (not the other street), staff only read.
    expect((await uploadEvidence(t, w.tokens.staff, id, 'A1')).status).toBe(201);
    const saved = await must(`mutation($id: ID!, $d: JSON!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: 0, selfScores: { B: 8 }) { revision } }`, { id, d: buildAnswers() }, w.tokens.staff);
    await must(`mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status } }`, { id, r: saved.saveAssessmentDraft.revision }, w.tokens.staff);
    expect((await canOf(w.tokens.staff)).viewerCan).toEqual({ fill: false, uploadEvidence: false, reviewStage: null, refreshUnit: false });
    expect((await canOf(w.tokens.reviewer)).viewerCan.reviewStage).toBe('STREET');
    expect((await canOf(w.tokens.expert)).viewerCan.reviewStage).toBeNull();
    expect(await waitingIds(w.tokens.staff)).toEqual([]);
    expect(await waitingIds(w.tokens.reviewer)).toEqual([id]);
    expect(await waitingIds(w.tokens.otherReviewer)).toEqual([]);
    expect(await waitingIds(w.tokens.expert)).toEqual([]);

    // Recommended: the expert panel reviews; the street's part is done.
    await must(`mutation($id: ID!) { reviewAssessment(id: $id, stage: STREET, decision: RECOMMEND, opinion: "同意推荐") { status } }`, { id }, w.tokens.reviewer);
    expect((await canOf(w.tokens.expert)).viewerCan.reviewStage).toBe('EXPERT');
    expect((await canOf(w.tokens.reviewer)).viewerCan.reviewStage).toBeNull();
    expect(await waitingIds(w.tokens.expert)).toEqual([id]);
    expect(await waitingIds(w.tokens.otherExpert)).toEqual([]);
    expect(await waitingIds(w.tokens.reviewer)).toEqual([]);

    // Everything, not only what waits: staff still see their own, read only.
    const all = (await must(WORK, { waiting: false, first: 100 }, w.tokens.staff)).myWork;
    expect(all.nodes).toEqual([{ id, status: 'RECOMMENDED', orgUnit: { name: '丹竹头社区' }, viewerCan: { fill: false, reviewStage: null } }]);
  });

  test('myWork pages with cursors, and a read-only token is offered nothing to do', async () => {
    const first = (await must(WORK, { waiting: false, first: 1 }, w.tokens.districtAdmin)).myWork;
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await must(WORK, { waiting: false, first: 1, after: first.pageInfo.endCursor }, w.tokens.districtAdmin)).myWork;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(new Set([first.nodes[0].id, second.nodes[0].id])).toEqual(new Set([w.assessments.danzhutou, w.assessments.danping]));

    const token = (await must(`mutation { createApiToken(name: "只读统计", access: [READ]) { token } }`, {}, w.tokens.districtAdmin)).createApiToken.token;
    expect(await waitingIds(token)).toEqual([]);
    const danping = (await must(CAN, { id: w.assessments.danping }, token)).assessment;
    expect(danping.viewerCan).toEqual({ fill: false, uploadEvidence: false, reviewStage: null, refreshUnit: false });
    expect(danping.campaign.viewerCan.manage).toBe(false);
    expect((await must(`{ me { can { manageCampaigns } } }`, {}, token)).me.can.manageCampaigns).toBe(false);
  });
});
