// A 达标 campaign through the API: the unit self-assesses results, the expert confirms or
// overrides them (with reasons), passing follows the system's rule, and the campaign counts
// how many units met each standard indicator.
import { expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import { buildStandardSystem } from '../factories/system.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const SCORES = 'indicatorScores { code kind selfScore selfResult expertResult finalResult }';

test('self results, the expert\'s results, pass and the campaign\'s counts', async () => {
  const system = await t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "std-test", schema: $s) { code } publishIndicatorSystem(code: "std-test") { id indicators { code kind maxScore } } }`,
    { s: buildStandardSystem() }, t.adminToken);
  expect(system.errors).toBeUndefined();
  expect(system.data!.publishIndicatorSystem.indicators[0]).toEqual({ code: 'R', kind: 'standard', maxScore: 0 });
  const campaign = await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, {
    i: { name: '达标测试', systemVersionId: system.data!.publishIndicatorSystem.id, targetOrgUnitIds: [w.units.danzhutou], orgUnitId: w.units.district },
  }, w.tokens.districtAdmin);
  expect(campaign.errors).toBeUndefined();
  const campaignId = campaign.data!.createCampaign.id;
  const opened = await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { assessments(first: 1) { nodes { id } } } }`, { id: campaignId }, w.tokens.districtAdmin);
  const id = opened.data!.openCampaign.assessments.nodes[0].id;

  // A result where points would go is refused at its path.
  const points = await t.gql(`mutation($id: ID!, $d: JSON!, $s: JSON) { saveAssessmentDraft(id: $id, data: $d, selfScores: $s, expectedRevision: 0) { revision } }`,
    { id, d: {}, s: { S: 5 } }, w.tokens.staff);
  expect(points.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', faults: [{ path: '/selfScores/S' }] });

  const data = { R: { R1: { area: 500, students: 100 }, R2: { ratio: 18 }, R3: { books: 10 } }, S: { note: '制度齐全' } };
  const saved = await t.gql(`mutation($id: ID!, $d: JSON!, $s: JSON) { saveAssessmentDraft(id: $id, data: $d, selfScores: $s, expectedRevision: 0) { revision faults { path } ${SCORES} } }`,
    { id, d: data, s: { S: 'met' } }, w.tokens.staff);
  expect(saved.errors).toBeUndefined();
  const self = Object.fromEntries(saved.data!.saveAssessmentDraft.indicatorScores.map((s: any) => [s.code, [s.kind, s.selfScore, s.selfResult]]));
  expect(self).toEqual({ R: ['standard', null, 'MET'], R1: ['standard', null, 'MET'], R2: ['standard', null, 'MET'], R3: ['standard', null, 'UNMET'], S: ['standard', null, 'MET'] });

  const submitted = await t.gql(`mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status revision } }`, { id, r: saved.data!.saveAssessmentDraft.revision }, w.tokens.staff);
  expect(submitted.data!.submitAssessment.status).toBe('SUBMITTED');
  const REVIEW = `mutation($id: ID!, $stage: ReviewStage!, $d: ReviewDecision!, $s: JSON, $re: JSON) { reviewAssessment(id: $id, stage: $stage, decision: $d, scores: $s, reasons: $re) { status passed ${SCORES} } }`;
  expect((await t.gql(REVIEW, { id, stage: 'STREET', d: 'RECOMMEND', s: {} }, w.tokens.reviewer)).data!.reviewAssessment.status).toBe('RECOMMENDED');

  // The expert must judge the manual item; overriding a formula's result needs a reason.
  const missing = await t.gql(REVIEW, { id, stage: 'EXPERT', d: 'FINALIZE', s: {} }, w.tokens.expert);
  expect(missing.errors![0].extensions!.faults).toEqual([{ path: '/scores/S', message: expect.stringContaining('是否达标') }]);
  const noReason = await t.gql(REVIEW, { id, stage: 'EXPERT', d: 'FINALIZE', s: { S: 'unmet', R1: 'basic' } }, w.tokens.expert);
  expect(noReason.errors![0].extensions!.faults).toEqual([{ path: '/reasons/R1', message: expect.stringContaining('met') }]);
  const final = await t.gql(REVIEW, { id, stage: 'EXPERT', d: 'FINALIZE', s: { S: 'unmet' } }, w.tokens.expert);
  expect(final.errors).toBeUndefined();
  expect(final.data!.reviewAssessment).toMatchObject({ status: 'FINALIZED', passed: false });
  expect(final.data!.reviewAssessment.indicatorScores.find((s: any) => s.code === 'S')).toMatchObject({ selfResult: 'MET', expertResult: 'UNMET', finalResult: 'UNMET' });

  const stats = await t.gql(`query($id: ID!) { campaign(id: $id) { stats { passed standardResults { code met basic unmet unknown } weakestIndicators { code } } } }`, { id: campaignId }, w.tokens.districtAdmin);
  expect(stats.data!.campaign.stats.passed).toBe(0);
  expect(stats.data!.campaign.stats.standardResults).toEqual([
    { code: 'R', met: 1, basic: 0, unmet: 0, unknown: 0 },
    { code: 'R1', met: 1, basic: 0, unmet: 0, unknown: 0 },
    { code: 'R2', met: 1, basic: 0, unmet: 0, unknown: 0 },
    { code: 'R3', met: 0, basic: 0, unmet: 1, unknown: 0 },
    { code: 'S', met: 0, basic: 0, unmet: 1, unknown: 0 },
  ]);
  // Results have no points: they are never a "weakest indicator" by score.
  expect(stats.data!.campaign.stats.weakestIndicators).toEqual([]);
});
