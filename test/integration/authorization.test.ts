// The authorization matrix: every role × every operation × inside and outside its subtree.
// "allow" means the policy let the call through (it may still fail on state or input);
// "deny" means FORBIDDEN, or UNAUTHENTICATED without a session.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildIndicatorSystem } from '../factories/system.factory.js';
import { buildWorld, CREATE_UNIT, CREATE_USER, PASSWORD, tinyPng, uploadEvidence, type World } from '../factories/world.factory.js';

const ROLES = ['admin', 'districtAdmin', 'staff', 'otherStaff', 'reviewer', 'otherReviewer', 'expert', 'otherExpert', 'anonymous'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'allow' | 'deny';

let t: TestApp;
let w: World;
let evidenceId: string;
let closable: string;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  evidenceId = (await uploadEvidence(t, w.tokens.staff, w.assessments.danzhutou, 'A1')).body.id;
  // Closing is tried on a campaign of its own, so the main one stays open for the other rows.
  const c = await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, { i: { name: '可截止', systemVersionId: w.versionId, targetOrgUnitIds: [w.units.danzhutou] } }, w.tokens.districtAdmin);
  closable = c.data!.createCampaign.id;
  const own = await t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "district-system", schema: $s) { code } }`, { s: buildIndicatorSystem({ code: 'district-system' }) }, w.tokens.districtAdmin);
  expect(own.errors).toBeUndefined();
  await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id: closable }, w.tokens.districtAdmin);
});
afterAll(() => t?.close());

const tokenOf = (role: Role) => (role === 'anonymous' ? undefined : w.tokens[role]);
let seq = 0;

/** Each operation answers the error code it got, or 'OK'. */
const operations: Record<string, (role: Role) => Promise<string>> = {
  'create org unit under 南湾街道': (r) => code(CREATE_UNIT, { input: { code: `T${++seq}x`, name: '新社区', level: 'community', parentId: w.units.nanwan } }, r),
  'create org unit under 深圳市 (outside the district)': (r) => code(CREATE_UNIT, { input: { code: `T${++seq}y`, name: '新区', level: 'district', parentId: w.units.city } }, r),
  'refresh 丹竹头社区\'s unit figures': (r) => code(`mutation($id: ID!) { refreshAssessmentUnit(id: $id, expectedRevision: 999) { id } }`, { id: w.assessments.danzhutou }, r),
  'update 丹竹头社区': (r) => code(`mutation($id: ID!) { updateOrgUnit(id: $id, input: { name: "丹竹头社区" }, expectedRevision: 999) { id } }`, { id: w.units.danzhutou }, r),
  'update 深圳市 (outside the district)': (r) => code(`mutation($id: ID!) { updateOrgUnit(id: $id, input: { name: "深圳市" }, expectedRevision: 999) { id } }`, { id: w.units.city }, r),
  'create user in 南湾街道': (r) => code(CREATE_USER, { input: { username: `u${++seq}`, password: PASSWORD, displayName: '新用户', role: 'STAFF', orgUnitId: w.units.nanwan } }, r),
  'create user in 深圳市 (outside the district)': (r) => code(CREATE_USER, { input: { username: `v${++seq}`, password: PASSWORD, displayName: '新用户', role: 'STAFF', orgUnitId: w.units.city } }, r),
  'create indicator system': (r) => code(`mutation($c: String!, $s: JSON!) { createIndicatorSystem(code: $c, schema: $s) { code } }`, { c: `sys-${++seq}`, s: buildIndicatorSystem({ code: `sys-${seq}` }) }, r),
  'save indicator system draft': (r) => code(`mutation($s: JSON!) { saveIndicatorSystemDraft(code: "test-system", schema: $s) { id } }`, { s: buildIndicatorSystem() }, r),
  'publish indicator system': (r) => code(`mutation { publishIndicatorSystem(code: "test-system") { id } }`, {}, r),
  'save the district\'s own system draft': (r) => code(`mutation($s: JSON!) { saveIndicatorSystemDraft(code: "district-system", schema: $s) { id } }`, { s: buildIndicatorSystem({ code: 'district-system' }) }, r),
  'publish the district\'s own system': (r) => code(`mutation { publishIndicatorSystem(code: "district-system") { id } }`, {}, r),
  'list indicator systems': (r) => code(`{ indicatorSystems { code } }`, {}, r),
  'preview an assessment': (r) => code(`query($s: JSON!) { previewAssessment(schema: $s, data: {}) { valid } }`, { s: buildIndicatorSystem() }, r),
  'list org units': (r) => code(`{ orgUnits { totalCount } }`, {}, r),
  'list campaigns': (r) => code(`{ campaigns { id } }`, {}, r),
  'list own API tokens': (r) => code(`{ apiTokens { id } }`, {}, r),
  'create own API token': (r) => code(`mutation { createApiToken(name: "工具") { token } }`, {}, r),
  'close campaign': (r) => code(`mutation($id: ID!) { closeCampaign(id: $id) { id } }`, { id: closable }, r),
  'publish campaign': (r) => code(`mutation($id: ID!) { publishCampaign(id: $id) { id } }`, { id: closable }, r),
  'create campaign over 丹竹头社区': (r) => code(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, { i: { name: '测试', systemVersionId: w.versionId, targetOrgUnitIds: [w.units.danzhutou] } }, r),
  'open campaign': (r) => code(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id: w.campaignId }, r),
  'read campaign': (r) => code(`query($id: ID!) { campaign(id: $id) { id } }`, { id: w.campaignId }, r),
  'read assessment of 丹竹头社区': (r) => code(`query($id: ID!) { assessment(id: $id) { id } }`, { id: w.assessments.danzhutou }, r),
  'save draft of 丹竹头社区': (r) => code(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: {}, expectedRevision: 999) { id } }`, { id: w.assessments.danzhutou }, r),
  'submit 丹竹头社区': (r) => code(`mutation($id: ID!) { submitAssessment(id: $id, expectedRevision: 999) { id } }`, { id: w.assessments.danzhutou }, r),
  'street review of 丹竹头社区': (r) => code(`mutation($id: ID!) { reviewAssessment(id: $id, stage: STREET, decision: RECOMMEND) { id } }`, { id: w.assessments.danzhutou }, r),
  'expert review of 丹竹头社区': (r) => code(`mutation($id: ID!) { reviewAssessment(id: $id, stage: EXPERT, decision: FINALIZE) { id } }`, { id: w.assessments.danzhutou }, r),
  'upload evidence for 丹竹头社区': async (r) => httpCode((await uploadEvidence(t, tokenOf(r) ?? '', w.assessments.danzhutou, 'A1', tinyPng())).status),
  'download evidence of 丹竹头社区': async (r) => {
    const res = await fetch(`${t.url}/api/evidence/${evidenceId}`, { headers: tokenOf(r) ? { authorization: `Bearer ${tokenOf(r)}` } : {} });
    await res.arrayBuffer();
    return httpCode(res.status);
  },
  'delete evidence of 丹竹头社区': (r) => code(`mutation($id: ID!) { deleteAttachment(id: $id) }`, { id: '00000000-0000-4000-8000-000000000000' }, r, true),
};

async function code(query: string, variables: Record<string, unknown>, role: Role, notFoundIsAllowed = false): Promise<string> {
  const r = await t.gql(query, variables, tokenOf(role));
  const c = r.errors?.[0]?.extensions?.code ?? 'OK';
  return notFoundIsAllowed && c === 'NOT_FOUND' ? 'OK' : c;
}

function httpCode(status: number): string {
  return status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'OK';
}

// Columns: admin, districtAdmin, staff, otherStaff, reviewer, otherReviewer, expert, otherExpert, anonymous.
const MATRIX: Record<string, string> = {
  'create org unit under 南湾街道':                    'A A D D D D D D D',
  'create org unit under 深圳市 (outside the district)': 'A D D D D D D D D',
  'refresh 丹竹头社区\'s unit figures':                 'A A D D D D D D D',
  'update 丹竹头社区':                                 'A A D D D D D D D',
  'update 深圳市 (outside the district)':               'A D D D D D D D D',
  'create user in 南湾街道':                           'A A D D D D D D D',
  'create user in 深圳市 (outside the district)':        'A D D D D D D D D',
  'create indicator system':                          'A A D D D D D D D',
  // test-system is the global administrator's: others use it, only its owner revises it.
  'save indicator system draft':                      'A D D D D D D D D',
  'publish indicator system':                         'A D D D D D D D D',
  'save the district\'s own system draft':            'A A D D D D D D D',
  'publish the district\'s own system':               'A A D D D D D D D',
  'list indicator systems':                           'A A A A A A A A D',
  'preview an assessment':                            'A A A A A A A A D',
  'list org units':                                   'A A A A A A A A D',
  'list campaigns':                                   'A A A A A A A A D',
  'create campaign over 丹竹头社区':                    'A A D D D D D D D',
  'open campaign':                                    'A A D D D D D D D',
  'read campaign':                                    'A A A D A D A D D',
  'read assessment of 丹竹头社区':                      'A A A D A D A D D',
  'save draft of 丹竹头社区':                           'A A A D D D D D D',
  'submit 丹竹头社区':                                  'A A A D D D D D D',
  'street review of 丹竹头社区':                        'A A D D A D D D D',
  'expert review of 丹竹头社区':                        'A A D D D D A D D',
  'close campaign':                                   'A A D D D D D D D',
  'list own API tokens':                              'A A A A A A A A D',
  'create own API token':                             'A A A A A A A A D',
  'publish campaign':                                 'A A D D D D D D D',
  'upload evidence for 丹竹头社区':                     'A A A D D D D D D',
  'download evidence of 丹竹头社区':                    'A A A D A D A D D',
};

// 'delete evidence' needs an existing file to reach the policy; it is covered below.
const rows = Object.entries(MATRIX).flatMap(([op, cells]) =>
  cells.split(/\s+/).map((cell, i) => [op, ROLES[i], cell === 'A' ? 'allow' : 'deny'] as [string, Role, Outcome]),
);

describe('authorization matrix', () => {
  test.each(rows)('%s as %s: %s', async (op, role, expected) => {
    const got = await operations[op](role);
    // Allowed means the policy let it through: any other answer but a crash (a bad input, a conflict) counts.
    if (expected === 'allow') expect(['FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR']).not.toContain(got);
    else expect(got).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });
});

describe('scoped lists', () => {
  test('org units: each user sees its own subtree', async () => {
    const names = async (role: Role) => {
      const r = await t.gql(`{ orgUnits(first: 100) { totalCount nodes { name } } }`, {}, tokenOf(role));
      // Units created by the matrix above are all named 新社区/新区; leave them out.
      return r.data!.orgUnits.nodes.map((n: { name: string }) => n.name).filter((n: string) => !n.startsWith('新')).sort();
    };
    expect(await names('reviewer')).toEqual(['丹平社区', '丹竹头社区', '南湾街道'].sort());
    expect(await names('otherStaff')).toEqual(['山厦社区']);
    expect((await names('districtAdmin')).includes('深圳市')).toBe(false);
    expect((await names('admin')).includes('深圳市')).toBe(true);
  });
  test('campaigns: only those managed or with a target in scope', async () => {
    const count = async (role: Role) => (await t.gql(`{ campaigns { id } }`, {}, tokenOf(role))).data!.campaigns.length;
    expect(await count('staff')).toBeGreaterThanOrEqual(1);
    expect(await count('otherStaff')).toBe(0);
    expect(await count('otherReviewer')).toBe(0);
  });
  test('assessments of a campaign: staff see only their own unit', async () => {
    const r = await t.gql(`query($id: ID!) { campaign(id: $id) { assessments { totalCount nodes { orgUnit { name } } } } }`, { id: w.campaignId }, w.tokens.staff);
    expect(r.data!.campaign.assessments).toEqual({ totalCount: 1, nodes: [{ orgUnit: { name: '丹竹头社区' } }] });
  });
  test('deleting evidence: the filler may, another unit may not', async () => {
    const del = (role: Role) => code(`mutation($id: ID!) { deleteAttachment(id: $id) }`, { id: evidenceId }, role);
    expect(await del('otherStaff')).toBe('FORBIDDEN');
    expect(await del('reviewer')).toBe('FORBIDDEN');
    expect(await del('staff')).toBe('OK');
    expect(await operations['delete evidence of 丹竹头社区']('staff')).toBe('OK');
  });
});
