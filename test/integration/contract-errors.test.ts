// Failure cases of the contract's mutations, as tables: each answers its code and the path of
// every fault, and leaves nothing behind.
import { describe, expect, test } from 'vitest';
import { errorOf, type TestApp } from '../factories/app.factory.js';
import { CREATE_UNIT, CREATE_USER, PASSWORD, type World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const CAMPAIGN = `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`;

describe('createOrgUnit', () => {
  const cases: [string, () => Record<string, unknown>, string, string[]][] = [
    ['a malformed code, an empty name and an unknown level', () => ({ code: '!', name: ' ', level: 'hamlet', parentId: w.units.nanwan }), 'BAD_USER_INPUT', ['/input/code', '/input/name', '/input/level']],
    ['a level not below its parent', () => ({ code: '440307003999', name: '新街道', level: 'street', parentId: w.units.nanwan }), 'BAD_USER_INPUT', ['/input/level']],
    ['an existing code', () => ({ code: '440307003001', name: '重复', level: 'community', parentId: w.units.nanwan }), 'BAD_USER_INPUT', ['/input/code']],
    ['a negative population', () => ({ code: '440307003998', name: '社区', level: 'community', parentId: w.units.nanwan, attributes: { population: -1 } }), 'BAD_USER_INPUT', ['/input/attributes/population']],
    ['attributes that are not an object', () => ({ code: '440307003997', name: '社区', level: 'community', parentId: w.units.nanwan, attributes: [1] }), 'BAD_USER_INPUT', ['/input/attributes']],
    ['an unknown parent', () => ({ code: '440307003996', name: '社区', level: 'community', parentId: '999999' }), 'NOT_FOUND', []],
    ['a malformed parent id', () => ({ code: '440307003995', name: '社区', level: 'community', parentId: 'x' }), 'BAD_USER_INPUT', ['/input/parentId']],
  ];
  test.each(cases)('%s', async (_n, input, code, paths) => {
    expect(errorOf(await t.gql(CREATE_UNIT, { input: input() }, w.tokens.districtAdmin))).toEqual({ code, paths });
  });
  test('a district admin cannot create a top-level unit', async () => {
    expect(errorOf(await t.gql(CREATE_UNIT, { input: { code: '110000', name: '北京市', level: 'province' } }, w.tokens.districtAdmin)).code).toBe('FORBIDDEN');
  });
});

describe('createUser', () => {
  const cases: [string, () => Record<string, unknown>, string[]][] = [
    ['a short username, a weak password and no name', () => ({ username: 'a', password: 'short', displayName: '', role: 'STAFF', orgUnitId: w.units.danping }), ['/input/username', '/input/password', '/input/displayName']],
    ['a password without digits', () => ({ username: 'letters', password: 'onlyletters', displayName: '某', role: 'STAFF', orgUnitId: w.units.danping }), ['/input/password']],
    ['staff without a unit', () => ({ username: 'nounit', password: PASSWORD, displayName: '某', role: 'STAFF' }), ['/input/orgUnitId']],
    ['an existing username', () => ({ username: 'dzt-staff', password: PASSWORD, displayName: '某', role: 'STAFF', orgUnitId: w.units.danping }), ['/input/username']],
  ];
  test.each(cases)('%s', async (_n, input, paths) => {
    expect(errorOf(await t.gql(CREATE_USER, { input: input() }, t.adminToken))).toEqual({ code: 'BAD_USER_INPUT', paths });
  });
  test('an unknown role is refused before the resolver', async () => {
    const r = await t.gql(CREATE_USER, { input: { username: 'x1', password: PASSWORD, displayName: '某', role: 'GOD', orgUnitId: w.units.danping } }, t.adminToken);
    expect(errorOf(r).code).toBe('BAD_USER_INPUT');
  });
});

describe('createCampaign and its states', () => {
  const base = () => ({ name: '测试', systemVersionId: w.versionId, targetOrgUnitIds: [w.units.danzhutou] });
  const cases: [string, () => Record<string, unknown>, string[]][] = [
    ['no targets and no name', () => ({ ...base(), name: '', targetOrgUnitIds: [] }), ['/input/name', '/input/targetOrgUnitIds']],
    ['a target at the wrong level', () => ({ ...base(), targetOrgUnitIds: [w.units.danzhutou, w.units.nanwan] }), ['/input/targetOrgUnitIds/1']],
    ['an unknown target', () => ({ ...base(), targetOrgUnitIds: ['999999'] }), ['/input/targetOrgUnitIds/0']],
    ['a pass score above the total', () => ({ ...base(), passScore: 21 }), ['/input/passScore']],
    ['a malformed deadline and an unknown phase', () => ({ ...base(), deadlines: { submit: '6月20日', party: '2022-06-30' } }), ['/input/deadlines/submit', '/input/deadlines/party']],
    ['a year out of range', () => ({ ...base(), year: 1900 }), ['/input/year']],
    ['an unknown version', () => ({ ...base(), systemVersionId: '999999' }), ['/input/systemVersionId']],
  ];
  test.each(cases)('%s', async (_n, input, paths) => {
    expect(errorOf(await t.gql(CAMPAIGN, { i: input() }, w.tokens.districtAdmin))).toEqual({ code: 'BAD_USER_INPUT', paths });
  });

  test('a draft version cannot be used', async () => {
    const draft = await t.gql(`{ indicatorSystem(code: "test-system") { versions { id status } } }`, {}, t.adminToken);
    await t.gql(`mutation($s: JSON!) { saveIndicatorSystemDraft(code: "test-system", schema: $s) { id } }`, {
      s: (await t.gql(`{ indicatorSystem(code: "test-system") { latestPublished { schema } } }`, {}, t.adminToken)).data!.indicatorSystem.latestPublished.schema,
    }, t.adminToken);
    const versions = (await t.gql(`{ indicatorSystem(code: "test-system") { versions { id status } } }`, {}, t.adminToken)).data!.indicatorSystem.versions;
    expect(draft.errors).toBeUndefined();
    const draftId = versions.find((v: { status: string }) => v.status === 'DRAFT').id;
    expect(errorOf(await t.gql(CAMPAIGN, { i: { ...base(), systemVersionId: draftId } }, w.tokens.districtAdmin)).paths).toEqual(['/input/systemVersionId']);
  });

  test('opening twice is CONFLICT; closing stops filling; closing twice is CONFLICT; a closed campaign is published', async () => {
    const c = await t.gql(CAMPAIGN, { i: { ...base(), deadlines: { submit: '2022-06-20', review: '2022-08-20', expert: '2022-10-31' } } }, w.tokens.districtAdmin);
    const id = c.data!.createCampaign.id;
    expect((await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { status openedAt } }`, { id }, w.tokens.districtAdmin)).data!.openCampaign.status).toBe('OPEN');
    expect(errorOf(await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { status } }`, { id }, w.tokens.districtAdmin)).code).toBe('CONFLICT');
    const list = await t.gql(`query($id: ID!) { campaign(id: $id) { deadlines assessments { totalCount nodes { id } } } }`, { id }, w.tokens.districtAdmin);
    expect(list.data!.campaign.deadlines).toEqual({ submit: '2022-06-20', review: '2022-08-20', expert: '2022-10-31' });
    expect(list.data!.campaign.assessments.totalCount).toBe(1);
    expect((await t.gql(`mutation($id: ID!) { closeCampaign(id: $id) { status } }`, { id }, w.tokens.districtAdmin)).data!.closeCampaign.status).toBe('CLOSED');
    expect(errorOf(await t.gql(`mutation($id: ID!) { closeCampaign(id: $id) { status } }`, { id }, w.tokens.districtAdmin)).code).toBe('CONFLICT');
    expect(errorOf(await t.gql(`mutation($id: ID!) { publishCampaign(id: $id) { status } }`, { id }, w.tokens.staff)).code).toBe('FORBIDDEN');
    expect((await t.gql(`mutation($id: ID!) { publishCampaign(id: $id) { status } }`, { id }, w.tokens.districtAdmin)).data!.publishCampaign.status).toBe('PUBLISHED');
    expect(errorOf(await t.gql(`mutation($id: ID!) { publishCampaign(id: $id) { status } }`, { id }, w.tokens.districtAdmin)).code).toBe('CONFLICT');
    const a = list.data!.campaign.assessments.nodes[0].id;
    expect(errorOf(await t.gql(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: {}, expectedRevision: 0) { id } }`, { id: a }, w.tokens.staff))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/id'] });
  });

  test('saving in a campaign not yet open is refused', async () => {
    const closed = await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id: '999999' }, w.tokens.districtAdmin);
    expect(errorOf(closed).code).toBe('NOT_FOUND');
  });
});

describe('reviewAssessment', () => {
  test.each([
    ['a decision of the other stage', 'STREET', 'FINALIZE', '/decision'],
    ['an expert decision on a draft', 'EXPERT', 'FINALIZE', '/id'],
  ])('%s', async (_n, stage, decision, path) => {
    const r = await t.gql(`mutation($id: ID!, $s: ReviewStage!, $d: ReviewDecision!) { reviewAssessment(id: $id, stage: $s, decision: $d) { id } }`,
      { id: w.assessments.danping, s: stage, d: decision }, t.adminToken);
    expect(errorOf(r).code).toBe('BAD_USER_INPUT');
    expect(errorOf(r).paths).toContain(path);
  });
});

describe('orgUnits pages', () => {
  test('first/after walk the list with cursors; totalCount counts them all', async () => {
    const page = async (after?: string) => (await t.gql(`query($a: String) { orgUnits(first: 3, after: $a) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`, { a: after }, t.adminToken)).data!.orgUnits;
    const seen: string[] = [];
    let p = await page();
    seen.push(...p.edges.map((e: { node: { name: string } }) => e.node.name));
    while (p.pageInfo.hasNextPage) {
      p = await page(p.pageInfo.endCursor);
      seen.push(...p.edges.map((e: { node: { name: string } }) => e.node.name));
    }
    expect(seen.length).toBe(p.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });
  test('filters by parent, level and search', async () => {
    const r = await t.gql(`query($p: ID) { orgUnits(parentId: $p, level: "community", search: "丹") { nodes { name } } }`, { p: w.units.nanwan }, t.adminToken);
    expect(r.data!.orgUnits.nodes.map((n: { name: string }) => n.name).sort()).toEqual(['丹平社区', '丹竹头社区'].sort());
  });
  test('a bad cursor or page size is bad input', async () => {
    expect(errorOf(await t.gql(`{ orgUnits(after: "zzz") { totalCount } }`, {}, t.adminToken))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/after'] });
    expect(errorOf(await t.gql(`{ orgUnits(first: 1000) { totalCount } }`, {}, t.adminToken))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/first'] });
  });
});

test('the top-level message carries the first fault and how many more there are', async () => {
  const r = await t.gql(CREATE_UNIT, { input: { code: '!', name: ' ', level: 'hamlet', parentId: w.units.nanwan } }, w.tokens.districtAdmin);
  const error = r.errors![0] as { message: string; extensions: { faults: { message: string }[] } };
  expect(error.message).toContain(error.extensions.faults[0].message);
  expect(error.message).toContain(`另有 ${error.extensions.faults.length - 1} 处问题`);
});
