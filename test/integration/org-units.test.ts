// A unit's figures can be corrected (population drives per-capita scores) without changing
// the scores of assessments already under way, and a campaign cannot open on units lacking what
// its system declares it needs.
import pg from 'pg';
import { expect, test } from 'vitest';
import { errorOf, type TestApp } from '../factories/app.factory.js';
import { buildAnswers, buildIndicatorSystem } from '../factories/system.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const UPDATE = `mutation($id: ID!, $i: UpdateOrgUnitInput!, $r: Int!) { updateOrgUnit(id: $id, input: $i, expectedRevision: $r) { name attributes revision } }`;
const SAVE = `mutation($id: ID!, $d: JSON!, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r) { revision computed unitAttributes } }`;

test('an administrator corrects a unit\'s population; the assessment opened before keeps computing with the old figure', async () => {
  const updated = await t.gql(UPDATE, { id: w.units.danzhutou, i: { attributes: { population: 20_000 } }, r: 0 }, w.tokens.districtAdmin);
  expect(updated.data!.updateOrgUnit).toEqual({ name: '丹竹头社区', attributes: { population: 20_000 }, revision: 1 });
  // Opened with 10,000 residents: 20,000 yuan is still 2 yuan per resident here.
  const saved = await t.gql(SAVE, { id: w.assessments.danzhutou, d: buildAnswers(20_000), r: 0 }, w.tokens.staff);
  expect(saved.data!.saveAssessmentDraft).toMatchObject({ computed: { A: { A1: { perCapita: 2 } } }, unitAttributes: { population: 10_000 } });
  // The change is in the audit trail, with who made it.
  const db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`select username, target_id, ok from audit_event where action = 'updateOrgUnit'`);
    expect(rows).toEqual([{ username: 'lg-admin', target_id: w.units.danzhutou, ok: true }]);
  } finally {
    await db.end();
  }
});

test('an administrator may move a draft onto the corrected figures; staff may not; the scores follow', async () => {
  const REFRESH = `mutation($id: ID!, $r: Int!) { refreshAssessmentUnit(id: $id, expectedRevision: $r) { revision unitAttributes computed } }`;
  const { revision } = (await t.gql(`query($id: ID!) { assessment(id: $id) { revision } }`, { id: w.assessments.danzhutou }, w.tokens.staff)).data!.assessment;
  expect(errorOf(await t.gql(REFRESH, { id: w.assessments.danzhutou, r: revision }, w.tokens.staff)).code).toBe('FORBIDDEN');
  const refreshed = (await t.gql(REFRESH, { id: w.assessments.danzhutou, r: revision }, w.tokens.districtAdmin)).data!.refreshAssessmentUnit;
  // 20,000 residents now (the first test corrected it): 20,000 yuan is 1 yuan per resident.
  expect(refreshed).toMatchObject({ revision: revision + 1, unitAttributes: { population: 20_000 }, computed: { A: { A1: { perCapita: 1 } } } });
});

test('a stale revision is CONFLICT and changes nothing; bad attributes are refused at their path', async () => {
  expect(errorOf(await t.gql(UPDATE, { id: w.units.danping, i: { name: '丹平社区（改）' }, r: 7 }, w.tokens.districtAdmin)).code).toBe('CONFLICT');
  expect(errorOf(await t.gql(UPDATE, { id: w.units.danping, i: { attributes: { population: -5 } }, r: 0 }, w.tokens.districtAdmin)))
    .toEqual({ code: 'BAD_USER_INPUT', paths: ['/input/attributes/population'] });
  expect(errorOf(await t.gql(UPDATE, { id: w.units.danping, i: { name: '  ' }, r: 0 }, w.tokens.districtAdmin)))
    .toEqual({ code: 'BAD_USER_INPUT', paths: ['/input/name'] });
  const { name, revision } = (await t.gql(`query { orgUnits(search: "丹平") { nodes { id name revision } } }`, {}, w.tokens.districtAdmin)).data!.orgUnits.nodes[0];
  expect({ name, revision }).toEqual({ name: '丹平社区', revision: 0 });
});

test('a campaign on a system that declares unit attributes does not open on units lacking them, naming unit and attribute', async () => {
  const schema = buildIndicatorSystem({ code: 'needs-stage', mutate: (s: any) => {
    s['x-system'].unitAttributes = { type: 'object', required: ['population', 'stage'], properties: { population: { type: 'integer', minimum: 1 }, stage: { enum: ['小学', '初中'] } } };
  } });
  const created = await t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "needs-stage", schema: $s) { code } publishIndicatorSystem(code: "needs-stage") { id } }`, { s: schema }, t.adminToken);
  const campaign = await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, {
    i: { name: '需要学段', systemVersionId: created.data!.publishIndicatorSystem.id, targetOrgUnitIds: [w.units.shansha], orgUnitId: w.units.district },
  }, w.tokens.districtAdmin);
  const OPEN = `mutation($id: ID!) { openCampaign(id: $id) { status } }`;
  const refused = await t.gql(OPEN, { id: campaign.data!.createCampaign.id }, w.tokens.districtAdmin);
  expect(refused.errors![0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT', faults: [{ path: '/targets/440307006001/attributes/stage', message: expect.stringContaining('山厦社区') }],
  });
  const shansha = (await t.gql(`query { orgUnits(search: "山厦") { nodes { revision } } }`, {}, w.tokens.districtAdmin)).data!.orgUnits.nodes[0];
  await t.gql(UPDATE, { id: w.units.shansha, i: { attributes: { population: 15_000, stage: '初中' } }, r: shansha.revision }, w.tokens.districtAdmin);
  expect((await t.gql(OPEN, { id: campaign.data!.createCampaign.id }, w.tokens.districtAdmin)).data!.openCampaign.status).toBe('OPEN');
});

test('levels are data: a county, its schools and a level the global administrator adds; an unknown level is refused with the choices', async () => {
  const levels = (await t.gql(`{ orgLevels { code name position } }`, {}, w.tokens.districtAdmin)).data!.orgLevels;
  expect(levels.map((l: { code: string }) => l.code)).toEqual(['province', 'city', 'county', 'district', 'street', 'town', 'community', 'village', 'kindergarten', 'school']);
  const CREATE = `mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id level } }`;
  const county = await t.gql(CREATE, { i: { code: '441802', name: '清城区', level: 'county', parentId: w.units.city } }, t.adminToken);
  expect(county.data!.createOrgUnit.level).toBe('county');
  const school = await t.gql(CREATE, { i: { code: '441802001', name: '清城区第一小学', level: 'school', parentId: county.data!.createOrgUnit.id, attributes: { stage: '小学' } } }, t.adminToken);
  expect(school.errors).toBeUndefined();
  const refused = await t.gql(CREATE, { i: { code: '441802002', name: '某单位', level: 'hamlet', parentId: county.data!.createOrgUnit.id } }, t.adminToken);
  expect(refused.errors![0].extensions!.faults).toEqual([{ path: '/input/level', message: expect.stringContaining('school（学校）') }]);
  // Only the global administrator adds levels; then units and systems may use them.
  const ADD = `mutation { createOrgLevel(code: "hamlet", name: "自然村", position: 6) { code } }`;
  expect(errorOf(await t.gql(ADD, {}, w.tokens.districtAdmin)).code).toBe('FORBIDDEN');
  expect((await t.gql(ADD, {}, t.adminToken)).data!.createOrgLevel.code).toBe('hamlet');
  expect((await t.gql(CREATE, { i: { code: '441802003', name: '某自然村', level: 'hamlet', parentId: county.data!.createOrgUnit.id } }, t.adminToken)).errors).toBeUndefined();
  // A system for a level that does not exist is refused where the level is named.
  const system = buildIndicatorSystem({ code: 'no-such-level', mutate: (s: any) => { s['x-system'].targetLevel = 'planet'; } });
  expect(errorOf(await t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "no-such-level", schema: $s) { code } }`, { s: system }, t.adminToken)))
    .toEqual({ code: 'BAD_USER_INPUT', paths: ['/schema/x-system/targetLevel'] });
});
