// The whole loop through GraphQL on real PostgreSQL: fill, submit with evidence, recommend,
// finalise, and read the score, pass, grade and statistics. Each test opens a campaign of its
// own and brings its assessment to where it starts, so none depends on another's leftovers.
import { describe, expect, test } from 'vitest';
import { buildAnswers } from '../factories/system.factory.js';
import { errorOf, type TestApp } from '../factories/app.factory.js';
import { uploadEvidence, type World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

const SAVE = `mutation($id: ID!, $data: JSON!, $rev: Int!, $self: JSON) {
  saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev, selfScores: $self) { id revision status computed selfScore } }`;
const SUBMIT = `mutation($id: ID!, $rev: Int!) { submitAssessment(id: $id, expectedRevision: $rev) { status revision submittedAt } }`;
const REVIEW = `mutation($id: ID!, $stage: ReviewStage!, $decision: ReviewDecision!, $scores: JSON, $opinion: String, $reasons: JSON) {
  reviewAssessment(id: $id, stage: $stage, decision: $decision, scores: $scores, opinion: $opinion, reasons: $reasons) {
    status revision streetScore finalScore passed grade vetoed returnReason
    indicatorScores { code maxScore selfScore streetScore expertScore finalScore } } }`;

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

/** A new open campaign on the world's system over 丹竹头社区 and 丹平社区; their assessment ids. */
async function freshCampaign(): Promise<{ campaignId: string; danzhutou: string; danping: string }> {
  const c = await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`,
    { i: { name: `流程测试 ${Math.random().toString(36).slice(2, 8)}`, systemVersionId: w.versionId, targetOrgUnitIds: [w.units.danzhutou, w.units.danping] } }, w.tokens.districtAdmin);
  const campaignId = c.data!.createCampaign.id as string;
  await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id: campaignId }, w.tokens.districtAdmin);
  const list = await t.gql(`query($id: ID!) { campaign(id: $id) { assessments { nodes { id orgUnit { name } } } } }`, { id: campaignId }, w.tokens.districtAdmin);
  const byName = new Map<string, string>(list.data!.campaign.assessments.nodes.map((n: { id: string; orgUnit: { name: string } }) => [n.orgUnit.name, n.id]));
  return { campaignId, danzhutou: byName.get('丹竹头社区')!, danping: byName.get('丹平社区')! };
}

/** The assessment filled completely (self-score B 8, evidence for A1) and submitted; its revision. */
async function submitted(id: string, token = w.tokens.districtAdmin): Promise<number> {
  expect((await uploadEvidence(t, token, id, 'A1')).status).toBe(201);
  const saved = await t.gql(SAVE, { id, data: buildAnswers(), rev: 0, self: { B: 8 } }, token);
  const r = await t.gql(SUBMIT, { id, rev: saved.data!.saveAssessmentDraft.revision }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.submitAssessment.revision;
}

async function recommended(id: string): Promise<void> {
  await submitted(id);
  expect((await t.gql(REVIEW, { id, stage: 'STREET', decision: 'RECOMMEND', opinion: '材料齐全，同意推荐' }, w.tokens.reviewer)).errors).toBeUndefined();
}

describe('the supervision-assessment loop', () => {

  test('a draft may be incomplete but not of the wrong type', async () => {
    const { danzhutou } = await freshCampaign();
    const id = () => danzhutou;
    const wrong = await t.gql(SAVE, { id: id(), data: { A: { A1: { funding: '很多' } } }, rev: 0 }, w.tokens.staff);
    expect(errorOf(wrong)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/data/A/A1/funding'] });
    const partial = await t.gql(SAVE, { id: id(), data: { A: { A1: { funding: 20_000 } } }, rev: 0 }, w.tokens.staff);
    expect(partial.errors).toBeUndefined();
    expect(partial.data!.saveAssessmentDraft).toMatchObject({ revision: 1, status: 'DRAFT', computed: { A: { A1: { perCapita: 2 } } }, selfScore: 5 });
  });

  test('a stale revision is CONFLICT and changes nothing', async () => {
    const { danzhutou } = await freshCampaign();
    const id = () => danzhutou;
    expect((await t.gql(SAVE, { id: id(), data: { A: { A1: { funding: 20_000 } } }, rev: 0 }, w.tokens.staff)).errors).toBeUndefined();
    const stale = await t.gql(SAVE, { id: id(), data: { B: { summary: '覆盖' } }, rev: 0 }, w.tokens.staff);
    expect(errorOf(stale).code).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ currentRevision: 1, expectedRevision: 0 });
    const now = await t.gql(`query($id: ID!) { assessment(id: $id) { revision data } }`, { id: id() }, w.tokens.staff);
    expect(now.data!.assessment).toEqual({ revision: 1, data: { A: { A1: { funding: 20_000 } } } });
  });

  test('submitting names every missing answer, self-score and evidence', async () => {
    const { danzhutou } = await freshCampaign();
    const id = () => danzhutou;
    expect((await t.gql(SAVE, { id: id(), data: { A: { A1: { funding: 20_000 } } }, rev: 0 }, w.tokens.staff)).errors).toBeUndefined();
    const r = await t.gql(SUBMIT, { id: id(), rev: 1 }, w.tokens.staff);
    expect(errorOf(r).code).toBe('BAD_USER_INPUT');
    expect(errorOf(r).paths.sort()).toEqual(['/data/A/A2/hasPlan', '/data/A/A2/hasReport', '/data/B/summary', '/evidence/A1', '/selfScores/B'].sort());
  });

  test('evidence goes up over HTTP and is stored with its hash', async () => {
    const { danzhutou } = await freshCampaign();
    const id = () => danzhutou;
    const up = await uploadEvidence(t, w.tokens.staff, id(), 'A1');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ mimeType: 'image/png', size: 70, indicatorCode: 'A1' });
    expect(up.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const down = await fetch(`${t.url}/api/evidence/${up.body.id}`, { headers: { authorization: `Bearer ${w.tokens.staff}` } });
    expect(down.status).toBe(200);
    expect(down.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await down.arrayBuffer()).length).toBe(70);
  });

  test('a complete self-assessment is submitted', async () => {
    const { danzhutou } = await freshCampaign();
    const id = () => danzhutou;
    expect((await uploadEvidence(t, w.tokens.staff, id(), 'A1')).status).toBe(201);
    const saved = await t.gql(SAVE, { id: id(), data: buildAnswers(), rev: 0, self: { B: 8 } }, w.tokens.staff);
    expect(saved.data!.saveAssessmentDraft).toMatchObject({ revision: 1, selfScore: 18 });
    const r = await t.gql(SUBMIT, { id: id(), rev: 1 }, w.tokens.staff);
    expect(r.errors).toBeUndefined();
    expect(r.data!.submitAssessment).toMatchObject({ status: 'SUBMITTED', revision: 2 });
    const again = await t.gql(SAVE, { id: id(), data: buildAnswers(), rev: 2 }, w.tokens.staff);
    expect(errorOf(again)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/id'] });
  });

  test('the street recommends; the expert must score manual items and explain overrides', async () => {
    const { danzhutou } = await freshCampaign();
    const id = () => danzhutou;
    await submitted(id());
    const returnWithoutReason = await t.gql(REVIEW, { id: id(), stage: 'STREET', decision: 'RETURN' }, w.tokens.reviewer);
    expect(errorOf(returnWithoutReason)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/opinion'] });
    const rec = await t.gql(REVIEW, { id: id(), stage: 'STREET', decision: 'RECOMMEND', opinion: '材料齐全，同意推荐' }, w.tokens.reviewer);
    expect(rec.errors).toBeUndefined();
    expect(rec.data!.reviewAssessment).toMatchObject({ status: 'RECOMMENDED', streetScore: 18 });

    const noManual = await t.gql(REVIEW, { id: id(), stage: 'EXPERT', decision: 'FINALIZE', scores: {} }, w.tokens.expert);
    expect(errorOf(noManual)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/scores/B'] });
    const override = await t.gql(REVIEW, { id: id(), stage: 'EXPERT', decision: 'FINALIZE', scores: { B: 9, A1: 3 } }, w.tokens.expert);
    expect(errorOf(override)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/reasons/A1'] });
    const badStep = await t.gql(REVIEW, { id: id(), stage: 'EXPERT', decision: 'FINALIZE', scores: { B: 9.3, A: 5 } }, w.tokens.expert);
    expect(errorOf(badStep).paths.sort()).toEqual(['/scores/A', '/scores/B']);
  });

  test('the expert finalises: final score, pass and grade', async () => {
    const { danzhutou } = await freshCampaign();
    const id = () => danzhutou;
    await recommended(id());
    const fin = await t.gql(REVIEW, { id: id(), stage: 'EXPERT', decision: 'FINALIZE', scores: { B: 9.5 }, opinion: '特色鲜明' }, w.tokens.expert);
    expect(fin.errors).toBeUndefined();
    const a = fin.data!.reviewAssessment;
    expect(a).toMatchObject({ status: 'FINALIZED', finalScore: 19.5, passed: true, grade: '优秀', vetoed: false });
    expect(a.indicatorScores).toEqual([
      { code: 'A', maxScore: 10, selfScore: 10, streetScore: 10, expertScore: 10, finalScore: 10 },
      { code: 'A1', maxScore: 5, selfScore: 5, streetScore: 5, expertScore: 5, finalScore: 5 },
      { code: 'A2', maxScore: 5, selfScore: 5, streetScore: 5, expertScore: 5, finalScore: 5 },
      { code: 'B', maxScore: 10, selfScore: 8, streetScore: 8, expertScore: 9.5, finalScore: 9.5 },
    ]);
  });

  test('a returned assessment goes back to draft with its reason kept', async () => {
    const other = (await freshCampaign()).danping;
    await uploadEvidence(t, w.tokens.districtAdmin, other, 'A1');
    const saved = await t.gql(SAVE, { id: other, data: buildAnswers(10_000), rev: 0, self: { B: 6 } }, w.tokens.districtAdmin);
    expect(saved.data!.saveAssessmentDraft.selfScore).toBe(6 + 0 + 5);
    await t.gql(SUBMIT, { id: other, rev: 1 }, w.tokens.districtAdmin);
    const ret = await t.gql(REVIEW, { id: other, stage: 'STREET', decision: 'RETURN', opinion: '经费佐证不足，请补充' }, w.tokens.reviewer);
    expect(ret.data!.reviewAssessment).toMatchObject({ status: 'DRAFT', returnReason: '经费佐证不足，请补充' });
    const history = await t.gql(`query($id: ID!) { assessment(id: $id) { revisions { revision action status } reviews { stage decision opinion } } }`, { id: other }, w.tokens.reviewer);
    expect(history.data!.assessment.revisions.map((r: { action: string }) => r.action)).toEqual(['return', 'submit', 'save']);
    expect(history.data!.assessment.reviews).toEqual([{ stage: 'STREET', decision: 'RETURN', opinion: '经费佐证不足，请补充' }]);
  });

  test('the campaign statistics are computed over what the reader may see', async () => {
    // One community finalised at 19.5, the other submitted and returned.
    const { campaignId, danzhutou, danping } = await freshCampaign();
    await recommended(danzhutou);
    expect((await t.gql(REVIEW, { id: danzhutou, stage: 'EXPERT', decision: 'FINALIZE', scores: { B: 9.5 } }, w.tokens.expert)).errors).toBeUndefined();
    await submitted(danping);
    expect((await t.gql(REVIEW, { id: danping, stage: 'STREET', decision: 'RETURN', opinion: '请补充' }, w.tokens.reviewer)).errors).toBeUndefined();
    const q = `query($id: ID!) { campaign(id: $id) { stats {
      total submitted finalized passed averageScore maxScore minScore coverage
      byOrgUnit(level: "street") { orgUnit { name } total finalized passed averageScore coverage }
      weakestIndicators(limit: 2) { code averageScore share units } } } }`;
    const r = await t.gql(q, { id: campaignId }, w.tokens.districtAdmin);
    expect(r.errors).toBeUndefined();
    const stats = r.data!.campaign.stats;
    expect(stats).toMatchObject({ total: 2, submitted: 1, finalized: 1, passed: 1, averageScore: 19.5, maxScore: 19.5, minScore: 19.5, coverage: 0.5 });
    expect(stats.byOrgUnit).toEqual([{ orgUnit: { name: '南湾街道' }, total: 2, finalized: 1, passed: 1, averageScore: 19.5, coverage: 0.5 }]);
    expect(stats.weakestIndicators).toEqual([
      { code: 'B', averageScore: 9.5, share: 0.95, units: 1 },
      { code: 'A', averageScore: 10, share: 1, units: 1 },
    ]);
    const staffView = await t.gql(`query($id: ID!) { campaign(id: $id) { stats { total finalized } } }`, { id: campaignId }, w.tokens.staff);
    expect(staffView.data!.campaign.stats).toEqual({ total: 1, finalized: 1 });
  });
});
