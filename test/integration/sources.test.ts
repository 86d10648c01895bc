// Indicators derived from other units' own assessments: a county-like unit's 校际差异系数 read
// from its schools' finalised assessments through `$sources`, with the student-weighted CV of
// 教督〔2017〕6号 matching an independent computation; what a source needs is refused with its
// path when missing, mislinked, unknown or circular.
import { expect, test } from 'vitest';
import { errorOf, type TestApp } from '../factories/app.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const schoolSystem = {
  type: 'object', title: '学校资源配置', 'x-system': { code: 'school-res', targetLevel: 'community', totalScore: 10, passScore: 6 },
  properties: {
    R1: {
      type: 'object', title: '生均教学用房', 'x-indicator': { code: 'R1', maxScore: 10 },
      properties: {
        students: { type: 'integer', minimum: 1 }, area: { type: 'number', minimum: 0 },
        perStudent: { type: 'number', readOnly: true, 'x-formula': 'area / students' },
      },
      required: ['students', 'area'],
    },
  },
};

const countySystem = (sourceSystem = 'school-res') => ({
  type: 'object', title: '县域均衡', 'x-system': {
    code: 'county-balance', kind: 'standard', targetLevel: 'district',
    sources: { schools: { system: sourceSystem, level: 'community' } }, constants: { cvLimit: 0.5 },
  },
  properties: {
    C1: {
      type: 'object', title: '生均教学用房校际差异系数', 'x-indicator': { code: 'C1', kind: 'standard', scoring: { method: 'formula', formula: 'cv <= $const.cvLimit' } },
      properties: { cv: { type: 'number', readOnly: true, 'x-formula': '$cv($sources.schools.values.R1.perStudent, $sources.schools.values.R1.students)' } },
    },
    C2: {
      type: 'object', title: '学校数', 'x-indicator': { code: 'C2', kind: 'standard', scoring: { method: 'formula', formula: 'schools >= 3' } },
      properties: { schools: { type: 'integer', readOnly: true, 'x-formula': '$count($sources.schools)' } },
    },
  },
});

const must = async (query: string, variables: Record<string, unknown>, token: string) => {
  const r = await t.gql(query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};

test('a county derives the weighted 校际差异系数 from its schools\' finalised assessments', async () => {
  const school = await must(`mutation($s: JSON!) { createIndicatorSystem(code: "school-res", schema: $s) { code } publishIndicatorSystem(code: "school-res") { id } }`, { s: schoolSystem }, t.adminToken);
  const schools = [[w.units.danzhutou, 600, 2400], [w.units.danping, 900, 4950], [w.units.shansha, 300, 1800]] as const;
  const schoolCampaign = await must(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, {
    i: { name: '学校资源', systemVersionId: school.publishIndicatorSystem.id, targetOrgUnitIds: schools.map((s) => s[0]), orgUnitId: w.units.district },
  }, w.tokens.districtAdmin);
  const opened = await must(`mutation($id: ID!) { openCampaign(id: $id) { assessments(first: 10) { nodes { id orgUnit { id } } } } }`, { id: schoolCampaign.createCampaign.id }, w.tokens.districtAdmin);
  for (const [unitId, students, area] of schools) {
    const id = opened.openCampaign.assessments.nodes.find((n: any) => n.orgUnit.id === unitId).id;
    const saved = await must(`mutation($id: ID!, $d: JSON!) { saveAssessmentDraft(id: $id, data: $d, selfScores: { R1: 8 }, expectedRevision: 0) { revision } }`,
      { id, d: { R1: { students, area } } }, w.tokens.districtAdmin);
    await must(`mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status } }`, { id, r: saved.saveAssessmentDraft.revision }, w.tokens.districtAdmin);
    await must(`mutation($id: ID!) { reviewAssessment(id: $id, stage: STREET, decision: RECOMMEND, scores: {}) { status } }`, { id }, w.tokens.districtAdmin);
    await must(`mutation($id: ID!) { reviewAssessment(id: $id, stage: EXPERT, decision: FINALIZE, scores: { R1: 8 }) { status } }`, { id }, w.tokens.districtAdmin);
  }

  const county = await must(`mutation($s: JSON!) { createIndicatorSystem(code: "county-balance", schema: $s) { code } publishIndicatorSystem(code: "county-balance") { id } }`, { s: countySystem() }, t.adminToken);
  const CREATE = `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`;
  const input = { name: '县域均衡', systemVersionId: county.publishIndicatorSystem.id, targetOrgUnitIds: [w.units.district], orgUnitId: w.units.district };
  // Every declared source must name a campaign running the declared system.
  expect(errorOf(await t.gql(CREATE, { i: input }, w.tokens.districtAdmin))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/input/sources'] });
  expect(errorOf(await t.gql(CREATE, { i: { ...input, sources: [{ name: 'schools', campaignId: w.campaignId }] } }, w.tokens.districtAdmin)))
    .toEqual({ code: 'BAD_USER_INPUT', paths: ['/input/sources/0/campaignId'] });
  const countyCampaign = await must(CREATE, { i: { ...input, sources: [{ name: 'schools', campaignId: schoolCampaign.createCampaign.id }] } }, w.tokens.districtAdmin);
  const countyOpened = await must(`mutation($id: ID!) { openCampaign(id: $id) { assessments(first: 1) { nodes { id } } } }`, { id: countyCampaign.createCampaign.id }, w.tokens.districtAdmin);
  const id = countyOpened.openCampaign.assessments.nodes[0].id;
  const saved = await must(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: {}, expectedRevision: 0) {
      computed faults { path message } indicatorScores { code selfResult } sources { name units { name status total values } } } }`, { id }, w.tokens.districtAdmin);

  // Independent: X̄ = ΣPᵢXᵢ / P, S = √(ΣPᵢ(Xᵢ − X̄)² / P) over students Pᵢ and area per student Xᵢ.
  const P = schools.reduce((s, [, p]) => s + p, 0);
  const mean = schools.reduce((s, [, p, a]) => s + p * (a / p), 0) / P;
  const sd = Math.sqrt(schools.reduce((s, [, p, a]) => s + p * (a / p - mean) ** 2, 0) / P);
  const draft = saved.saveAssessmentDraft;
  expect(draft.computed.C1.cv).toBeCloseTo(sd / mean, 6);
  expect(draft.computed.C2.schools).toBe(3);
  expect(draft.faults).toEqual([]);
  expect(draft.indicatorScores.map((s: any) => [s.code, s.selfResult])).toEqual([['C1', sd / mean <= 0.5 ? 'MET' : 'UNMET'], ['C2', 'MET']]);
  expect(draft.sources[0].name).toBe('schools');
  expect(draft.sources[0].units.map((u: any) => [u.name, u.status, u.values.R1.students])).toEqual([['丹竹头社区', 'FINALIZED', 600], ['丹平社区', 'FINALIZED', 900], ['山厦社区', 'FINALIZED', 300]]);
  // A page of the county's campaign, read without documents, answers the same sources as the assessment itself.
  const SOURCES = 'sourceValues sources { name units { name status total values } }';
  const listed = await must(`query($id: ID!) { campaign(id: $id) { assessments(first: 5) { nodes { id ${SOURCES} } } } }`, { id: countyCampaign.createCampaign.id }, w.tokens.districtAdmin);
  const alone = await must(`query($id: ID!) { assessment(id: $id) { id ${SOURCES} } }`, { id }, w.tokens.districtAdmin);
  expect(listed.campaign.assessments.nodes).toEqual([alone.assessment]);

  // The same spread, read off the school campaign's statistics, weighted by a unit attribute.
  const stats = await must(`query($id: ID!) { campaign(id: $id) { stats {
      plain: spread(path: "R1.perStudent") { units missing mean cv min max }
      weighted: spread(path: "R1.perStudent", weightAttribute: "population") { units cv }
      absent: spread(path: "R1.nothing") { units missing cv } } } }`, { id: schoolCampaign.createCampaign.id }, w.tokens.districtAdmin);
  const xs = schools.map(([, p, a]) => a / p);
  const plainMean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const plainSd = Math.sqrt(xs.reduce((s, x) => s + (x - plainMean) ** 2, 0) / xs.length);
  expect(stats.campaign.stats.plain).toMatchObject({ units: 3, missing: 0, min: 4, max: 6 });
  expect(stats.campaign.stats.plain.cv).toBeCloseTo(plainSd / plainMean, 4);
  const pops = [10_000, 20_000, 15_000];
  const wMean = xs.reduce((s, x, i) => s + pops[i] * x, 0) / 45_000;
  const wSd = Math.sqrt(xs.reduce((s, x, i) => s + pops[i] * (x - wMean) ** 2, 0) / 45_000);
  expect(stats.campaign.stats.weighted.cv).toBeCloseTo(wSd / wMean, 4);
  expect(stats.campaign.stats.absent).toEqual({ units: 0, missing: 3, cv: null });
});

test('a source naming a system that does not exist, the system itself, or one that reads it back is refused at its path', async () => {
  const CREATE = `mutation($c: String!, $s: JSON!) { createIndicatorSystem(code: $c, schema: $s) { code } }`;
  const withCode = (code: string, source: string) => ({ ...countySystem(source), 'x-system': { ...countySystem(source)['x-system'], code } });
  expect(errorOf(await t.gql(CREATE, { c: 'reads-nothing', s: withCode('reads-nothing', 'no-such-system') }, t.adminToken)))
    .toEqual({ code: 'BAD_USER_INPUT', paths: ['/schema/x-system/sources/schools/system'] });
  expect(errorOf(await t.gql(CREATE, { c: 'reads-itself', s: withCode('reads-itself', 'reads-itself') }, t.adminToken)))
    .toEqual({ code: 'BAD_USER_INPUT', paths: ['/schema/x-system/sources/schools/system'] });
  // A reads B (which exists, reading nothing); B revised to read A is a cycle.
  const b = withCode('cycle-b', 'school-res');
  expect((await t.gql(CREATE, { c: 'cycle-b', s: b }, t.adminToken)).errors).toBeUndefined();
  expect((await t.gql(CREATE, { c: 'cycle-a', s: withCode('cycle-a', 'cycle-b') }, t.adminToken)).errors).toBeUndefined();
  const revised = await t.gql(`mutation($s: JSON!) { saveIndicatorSystemDraft(code: "cycle-b", schema: $s) { number } }`, { s: withCode('cycle-b', 'cycle-a') }, t.adminToken);
  expect(errorOf(revised)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/schema/x-system/sources/schools/system'] });
  expect(revised.errors![0].extensions!.faults![0].message).toContain('循环');
});

test('$sources and $const are checked when the system is saved: a name not declared is a fault at the formula', async () => {
  const schema = countySystem();
  (schema.properties.C2['x-indicator'] as any).scoring.formula = 'schools >= $const.minSchools and $count($sources.school) > 0';
  const faults = (await t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "county-typo", schema: $s) { code } }`,
    { s: { ...schema, 'x-system': { ...schema['x-system'], code: 'county-typo' } } }, t.adminToken)).errors![0].extensions!.faults!;
  expect(faults.map((f) => f.message)).toEqual([expect.stringContaining('$const.minSchools'), expect.stringContaining('$sources.school')]);
});
