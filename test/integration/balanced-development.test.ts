// The built-in 义务教育优质均衡 pair (教督〔2017〕6号) end to end: a school campaign filled,
// reviewed and finalised; the county's campaign derives 学校达标率 and the student-weighted
// 校际差异系数 from it, and the test recomputes both on its own from the document's rule.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { errorOf, startTestApp, type TestApp } from '../factories/app.factory.js';
import { CREATE_UNIT, CREATE_USER, PASSWORD, uploadEvidence } from '../factories/world.factory.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t?.close());

const must = async (query: string, variables: Record<string, unknown> = {}) => {
  const r = await t.gql(query, variables, t.adminToken);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};

type Stage = '小学' | '初中';
const CODES = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as const;
const INPUTS = ['qualifiedTeachers', 'backboneTeachers', 'artsPeTeachers', 'teachingArea', 'sportsArea', 'equipmentValue', 'multimediaRooms'] as const;
const PER_HUNDRED = [true, true, true, false, false, false, true];
// 第五条, per 学段, written out here independently of the system's constants.
const STANDARD: Record<Stage, number[]> = { 小学: [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3], 初中: [5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4] };

// name, 学段, students, then the seven inputs in the order above; the last 小学 is only submitted.
const SCHOOLS: [string, Stage, number, number[]][] = [
  ['城东小学', '小学', 1200, [60, 14, 12, 6000, 10_000, 2_800_000, 30]],
  ['城西小学', '小学', 800, [40, 9, 8, 3900, 7000, 1_900_000, 20]],
  ['石角镇中心小学', '小学', 600, [27, 7, 6, 2900, 5200, 1_300_000, 15]],
  ['汤塘镇中心小学', '小学', 450, [19, 5, 5, 2100, 3500, 950_000, 11]],
  ['水头镇中心小学', '小学', 300, [14, 3, 3, 1500, 2400, 700_000, 8]],
  ['城东中学', '初中', 1500, [90, 18, 15, 9500, 17_000, 4_200_000, 40]],
  ['石角镇中学', '初中', 900, [50, 10, 9, 5300, 9600, 2_300_000, 22]],
  ['汤塘镇中学', '初中', 700, [38, 8, 7, 4200, 7400, 1_800_000, 17]],
  ['迳头镇中学', '初中', 500, [26, 6, 5, 2900, 5000, 1_300_000, 12]],
];
const FINALISED = SCHOOLS.filter(([name]) => name !== '水头镇中心小学');

const ratio = (school: (typeof SCHOOLS)[number], i: number) => school[3][i] / school[2] * (PER_HUNDRED[i] ? 100 : 1);
/** X̄ = ΣPᵢXᵢ/P, S = √(ΣPᵢ(Xᵢ−X̄)²/P), CV = S/X̄, over the finalised schools of one 学段. */
function weightedCv(stage: Stage, i: number): number {
  const rows = FINALISED.filter((s) => s[1] === stage);
  const P = rows.reduce((s, r) => s + r[2], 0);
  const mean = rows.reduce((s, r) => s + r[2] * ratio(r, i), 0) / P;
  return Math.sqrt(rows.reduce((s, r) => s + r[2] * (ratio(r, i) - mean) ** 2, 0) / P) / mean;
}
/** At least six of seven at the standard, none below 85 % of it. */
function schoolMeets(school: (typeof SCHOOLS)[number]): boolean {
  const shares = CODES.map((_, i) => ratio(school, i) / STANDARD[school[1]][i]);
  return shares.filter((s) => s >= 1).length >= 6 && shares.every((s) => s >= 0.85);
}

test('a county derives 学校达标率 and the weighted 校际差异系数 from its schools\' finalised assessments', { timeout: 120_000 }, async () => {
  const version = async (code: string) => (await must(`query($c: String!) { indicatorSystem(code: $c) { latestPublished { id } } }`, { c: code })).indicatorSystem.latestPublished.id;
  const unit = async (code: string, name: string, level: string, parentId?: string, attributes: Record<string, unknown> = {}) =>
    (await must(CREATE_UNIT, { input: { code, name, level, parentId, attributes } })).createOrgUnit.id as string;
  const county = await unit('441821', '佛冈县', 'county', undefined, { population: 330_000 });
  const town = await unit('441821100', '石角镇', 'town', county);
  const ids = new Map<string, string>();
  for (const [i, [name, stage]] of SCHOOLS.entries()) ids.set(name, await unit(`4418211000${i}`, name, 'school', town, { stage }));
  const noStage = await unit('441821100099', '未登记学段的学校', 'school', town);

  // A school without its declared 学段 cannot be opened on: it would be judged by the wrong standard.
  const schoolVersion = await version('yzjh-school');
  const CREATE = `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`;
  const withoutStage = (await must(CREATE, { i: { name: '缺学段', systemVersionId: schoolVersion, orgUnitId: county, targetOrgUnitIds: [noStage] } })).createCampaign.id;
  const refused = await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id: withoutStage }, t.adminToken);
  expect(errorOf(refused).code).toBe('BAD_USER_INPUT');
  expect(refused.errors![0].extensions!.faults![0].message).toMatch(/未登记学段的学校.*stage|stage.*未登记学段的学校/);

  const schoolCampaign = (await must(CREATE, { i: { name: '2024年优质均衡学校资源配置', systemVersionId: schoolVersion, orgUnitId: county, targetOrgUnitIds: [...ids.values()] } })).createCampaign.id;
  const opened = await must(`mutation($id: ID!) { openCampaign(id: $id) { assessments(first: 20) { nodes { id orgUnit { id } } } } }`, { id: schoolCampaign });
  for (const school of SCHOOLS) {
    const [name, , students, inputs] = school;
    const id = opened.openCampaign.assessments.nodes.find((n: any) => n.orgUnit.id === ids.get(name)).id;
    const data = { R: { students, ...Object.fromEntries(CODES.map((c, i) => [c, { [INPUTS[i]]: inputs[i] }])) } };
    const saved = await must(`mutation($id: ID!, $d: JSON!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: 0) { revision faults { path } indicatorScores { code selfResult } } }`, { id, d: data });
    expect(saved.saveAssessmentDraft.faults).toEqual([]);
    expect(saved.saveAssessmentDraft.indicatorScores.find((s: any) => s.code === 'R').selfResult).toBe(schoolMeets(school) ? 'MET' : 'UNMET');
    expect((await uploadEvidence(t, t.adminToken, id, 'R')).status).toBe(201);
    await must(`mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status } }`, { id, r: saved.saveAssessmentDraft.revision });
    if (!FINALISED.includes(school)) continue;
    await must(`mutation($id: ID!) { reviewAssessment(id: $id, stage: STREET, decision: RECOMMEND, opinion: "数据与事业统计一致") { status } }`, { id });
    await must(`mutation($id: ID!) { reviewAssessment(id: $id, stage: EXPERT, decision: FINALIZE, opinion: "核查属实") { status } }`, { id });
  }

  const countyCampaign = (await must(CREATE, { i: {
    name: '2024年县域义务教育优质均衡发展督导评估', systemVersionId: await version('yzjh-county'), orgUnitId: county, targetOrgUnitIds: [county],
    sources: [{ name: 'schools', campaignId: schoolCampaign }],
  } })).createCampaign.id;
  const countyOpened = await must(`mutation($id: ID!) { openCampaign(id: $id) { assessments(first: 1) { nodes { id } } } }`, { id: countyCampaign });
  const saved = (await must(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: {}, expectedRevision: 0) {
      computed faults { path } indicatorScores { code selfResult } sources { name units { name status } } } }`, { id: countyOpened.openCampaign.assessments.nodes[0].id })).saveAssessmentDraft;

  // Only finalised schools count (FINALIZED is the source's default), the submitted one does not.
  expect(saved.sources[0].units.map((u: any) => u.name).sort()).toEqual(FINALISED.map((s) => s[0]).sort());
  expect(saved.sources[0].units.every((u: any) => u.status === 'FINALIZED')).toBe(true);
  const meeting = FINALISED.filter(schoolMeets).length;
  expect(meeting).toBeGreaterThan(0);
  expect(saved.computed.A.A1).toMatchObject({ schools: FINALISED.length, metSchools: meeting });
  expect(saved.computed.A.A1.metRate).toBeCloseTo(meeting / FINALISED.length * 100, 9);

  const cvNames = ['cvQualifiedTeachersPer100', 'cvBackboneTeachersPer100', 'cvArtsPeTeachersPer100', 'cvTeachingAreaPerStudent', 'cvSportsAreaPerStudent', 'cvEquipmentValuePerStudent', 'cvMultimediaRoomsPer100'];
  for (const [code, stage, limit] of [['A2', '小学', 0.5], ['A3', '初中', 0.45]] as const) {
    const cvs = CODES.map((_, i) => weightedCv(stage, i));
    cvNames.forEach((name, i) => expect([code, name, saved.computed.A[code][name]]).toEqual([code, name, expect.closeTo(cvs[i], 6)]));
    expect(saved.computed.A[code].schools).toBe(FINALISED.filter((s) => s[1] === stage).length);
    expect(saved.indicatorScores.find((s: any) => s.code === code).selfResult).toBe(Math.max(...cvs) <= limit ? 'MET' : 'UNMET');
  }
  expect(saved.indicatorScores.find((s: any) => s.code === 'A1').selfResult).toBe(meeting === FINALISED.length ? 'MET' : 'UNMET');
  // Nothing derived is faulty; what is still unanswered is the county's own part (B, C, D).
  expect(saved.faults.filter((f: any) => f.path.startsWith('/A'))).toEqual([]);

  // A school finalised later counts at the county's next save (the server reuses source rows only while none changed).
  const late = opened.openCampaign.assessments.nodes.find((n: any) => n.orgUnit.id === ids.get('水头镇中心小学')).id;
  await must(`mutation($id: ID!) { reviewAssessment(id: $id, stage: STREET, decision: RECOMMEND, opinion: "补充材料后推荐") { status } }`, { id: late });
  await must(`mutation($id: ID!) { reviewAssessment(id: $id, stage: EXPERT, decision: FINALIZE, opinion: "核查属实") { status } }`, { id: late });
  const again = (await must(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: {}, expectedRevision: 1) { computed } }`, { id: countyOpened.openCampaign.assessments.nodes[0].id })).saveAssessmentDraft;
  expect(again.computed.A.A1.schools).toBe(SCHOOLS.length);
  expect(again.computed.A.A2.schools).toBe(SCHOOLS.filter((s) => s[1] === '小学').length);

  // The builder's preview tries the county system on the real school campaign, before any county campaign runs on it.
  const PREVIEW = `query($s: JSON!, $src: [CampaignSourceInput!]) { previewAssessment(schema: $s, data: {}, sources: $src) { computed sourceValues errors } }`;
  const countySchema = (await must(`{ indicatorSystem(code: "yzjh-county") { latestPublished { schema } } }`)).indicatorSystem.latestPublished.schema;
  const preview = (await must(PREVIEW, { s: countySchema, src: [{ name: 'schools', campaignId: schoolCampaign }] })).previewAssessment;
  expect(preview.sourceValues.schools).toHaveLength(SCHOOLS.length);
  expect(preview.computed.A.A1).toEqual(again.computed.A.A1);
  // Without a sample source the derived values are not computable — said so, never counted as no schools.
  const bare = (await must(PREVIEW, { s: countySchema })).previewAssessment;
  expect(bare.computed.A?.A1?.schools).toBeUndefined();
  expect(bare.errors.find((e: any) => e.path === '/A/A1/schools').message).toContain('尚未链接');
  // A campaign of another system is refused at its path; a filler may not read other units through a preview.
  expect(errorOf(await t.gql(PREVIEW, { s: countySchema, src: [{ name: 'schools', campaignId: countyCampaign }] }, t.adminToken)))
    .toEqual({ code: 'BAD_USER_INPUT', paths: ['/sources/0/campaignId'] });
  await must(CREATE_USER, { input: { username: 'school-staff', password: PASSWORD, displayName: '学校填报员', role: 'STAFF', orgUnitId: ids.get('城东小学') } });
  const staff = await t.login('school-staff', PASSWORD);
  expect(errorOf(await t.gql(PREVIEW, { s: countySchema, src: [{ name: 'schools', campaignId: schoolCampaign }] }, staff)).code).toBe('FORBIDDEN');
});
