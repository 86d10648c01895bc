// Nothing fails silently: a value the answers leave uncomputable (here a division by zero) is a
// fault on its indicator — in the API, allowed in a draft, refused at submit — and the
// indicator has no score rather than a 0 that would look like a real result.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { errorOf, startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildIndicatorSystem } from '../factories/system.factory.js';
import { buildWorld, openCampaignOn, type World } from '../factories/world.factory.js';

let t: TestApp;
let w: World;
let assessmentId: string;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t, { open: false });
  // Per student instead of per resident: the students figure is the filler's, and may be 0.
  const schema = buildIndicatorSystem({ code: 'per-student', mutate: (s: any) => {
    const a1 = s.properties.A.properties.A1;
    a1.properties = { funding: a1.properties.funding, students: { type: 'integer', title: '学生数', minimum: 0 }, perCapita: { ...a1.properties.perCapita, 'x-formula': 'funding / students' } };
  } });
  const system = await t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "per-student", schema: $s) { code } publishIndicatorSystem(code: "per-student") { id } }`, { s: schema }, t.adminToken);
  expect(system.errors).toBeUndefined();
  const campaign = await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, {
    i: { name: '按学生计的经费', systemVersionId: system.data!.publishIndicatorSystem.id, targetOrgUnitIds: [w.units.danzhutou], orgUnitId: w.units.district },
  }, w.tokens.districtAdmin);
  const opened = await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { assessments(first: 1) { nodes { id } } } }`, { id: campaign.data!.createCampaign.id }, w.tokens.districtAdmin);
  assessmentId = opened.data!.openCampaign.assessments.nodes[0].id;
});
afterAll(() => t?.close());

const SAVE = `mutation($id: ID!, $d: JSON!, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r) {
  revision faults { path indicatorCode message } indicatorScores { code selfScore } } }`;

test('a division by zero is a fault on its indicator in a draft, with no score; fixed, it is gone', async () => {
  const zero = await t.gql(SAVE, { id: assessmentId, d: { A: { A1: { funding: 20000, students: 0 } } }, r: 0 }, w.tokens.staff);
  expect(zero.errors).toBeUndefined();
  const saved = zero.data!.saveAssessmentDraft;
  expect(saved.faults).toEqual([
    { path: '/A/A1/perCapita', indicatorCode: 'A1', message: expect.stringContaining('除以零') },
    { path: '/A/A1', indicatorCode: 'A1', message: '自动计算的人均经费尚无结果（请先填写或修正它所依据的数据）' },
    // Not answered yet: the veto cannot be decided, which is said, not taken as "not triggered".
    { path: '/A/A2', indicatorCode: 'A2', message: '否决项无法判断：缺少数据：有年度规划，请先填写' },
  ]);
  expect(saved.indicatorScores.find((s: { code: string }) => s.code === 'A1').selfScore).toBeNull();

  const submit = await t.gql(`mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status } }`, { id: assessmentId, r: saved.revision }, w.tokens.staff);
  expect(submit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(submit.errors![0].extensions!.faults).toContainEqual({ path: '/data/A/A1/perCapita', message: expect.stringMatching(/“A1”无法计算：.*除以零/) });

  const fixed = await t.gql(SAVE, { id: assessmentId, d: { A: { A1: { funding: 20000, students: 10000 } } }, r: saved.revision }, w.tokens.staff);
  expect(fixed.data!.saveAssessmentDraft.faults.map((f: { indicatorCode: string }) => f.indicatorCode)).toEqual(['A2']);
  expect(fixed.data!.saveAssessmentDraft.indicatorScores.find((s: { code: string }) => s.code === 'A1').selfScore).toBe(5);
  const again = await t.gql(`mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status } }`, { id: assessmentId, r: fixed.data!.saveAssessmentDraft.revision }, w.tokens.staff);
  // Still refused for what is missing elsewhere, but no longer for anything uncomputable.
  expect(again.errors![0].extensions!.faults!.map((f) => f.path)).not.toContain('/data/A/A1/perCapita');
});

test('a missing answer is reported once, where it is missing, not again through every formula that needs it', async () => {
  const { revision } = (await t.gql(`query($id: ID!) { assessment(id: $id) { revision } }`, { id: assessmentId }, w.tokens.staff)).data!.assessment;
  const empty = await t.gql(SAVE, { id: assessmentId, d: {}, r: revision }, w.tokens.staff);
  expect(empty.data!.saveAssessmentDraft.faults.map((f: { indicatorCode: string }) => f.indicatorCode)).toEqual(['A1', 'A1', 'A2']);
  const submit = await t.gql(`mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status } }`, { id: assessmentId, r: empty.data!.saveAssessmentDraft.revision }, w.tokens.staff);
  const paths = submit.errors![0].extensions!.faults!.map((f) => f.path);
  expect(paths).toContain('/data/A/A1/funding');
  expect(paths.filter((p) => p.startsWith('/data/A/A1'))).toEqual(['/data/A/A1/funding']);
});

test('合理缺项: marked with a reason, an optional item needs no answers at submit and leaves the total; a required item cannot be marked', async () => {
  // A system like the world's, with A1 optional.
  const schema = buildIndicatorSystem({ code: 'with-optional', mutate: (s: any) => { s.properties.A.properties.A1['x-indicator'].optional = true; } });
  const id = await openCampaignOn(t, w, schema, w.units.danping, '合理缺项');
  const SAVE_NA = `mutation($id: ID!, $d: JSON!, $s: JSON, $na: JSON, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, selfScores: $s, notApplicable: $na, expectedRevision: $r) {
    revision selfScore notApplicable faults { path } } }`;
  const data = { A: { A2: { hasPlan: true, hasReport: true } }, B: { summary: '特色课程' } };
  const admin = w.tokens.districtAdmin;
  const noReason = await t.gql(SAVE_NA, { id, d: data, s: { B: 9 }, na: { A1: ' ' }, r: 0 }, admin);
  expect(errorOf(noReason)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/notApplicable/A1'] });
  expect(errorOf(await t.gql(SAVE_NA, { id, d: data, s: { B: 9 }, na: { A2: '不适用' }, r: 0 }, admin))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/notApplicable/A2'] });
  const saved = await t.gql(SAVE_NA, { id, d: data, s: { B: 9 }, na: { A1: '本社区无独立经费' }, r: 0 }, admin);
  expect(saved.data!.saveAssessmentDraft).toMatchObject({ selfScore: Math.round(((5 + 9) * 20 / 15) * 100) / 100, notApplicable: { A1: '本社区无独立经费' }, faults: [] });
  // A1's required funding and required evidence are not asked for.
  const submitted = await t.gql(`mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status } }`, { id, r: saved.data!.saveAssessmentDraft.revision }, admin);
  expect(submitted.errors).toBeUndefined();
  expect(submitted.data!.submitAssessment.status).toBe('SUBMITTED');
});
