// Listing assessments with their units, campaigns and scores costs a constant number of
// queries, whatever the page size: DataLoaders batch the per-row lookups.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildIndicatorSystem } from '../factories/system.factory.js';

let t: TestApp;
const queries: string[] = [];
let counting = false;
let campaignId = '';

beforeAll(async () => {
  // No webhook polling while counting: its statements would land in either count by chance.
  t = await startTestApp({ webhookPollMs: 3_600_000, onQuery: (sql) => { if (counting) queries.push(sql); } });
  const admin = t.adminToken;
  const street = await t.gql(`mutation { createOrgUnit(input: { code: "440307003", name: "南湾街道", level: "street", attributes: { population: 400000 } }) { id } }`, {}, admin);
  const streetId = street.data!.createOrgUnit.id;
  const ids: string[] = [];
  for (let i = 0; i < 100; i++) {
    const r = await t.gql(`mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }`, {
      i: { code: `440307003${String(i).padStart(3, '0')}`, name: `社区${i}`, level: 'community', parentId: streetId, attributes: { population: 10_000 + i } },
    }, admin);
    ids.push(r.data!.createOrgUnit.id);
  }
  const sys = await t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "test-system", schema: $s) { code } publishIndicatorSystem(code: "test-system") { id } }`, { s: buildIndicatorSystem() }, admin);
  const c = await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, { i: { name: '批量', systemVersionId: sys.data!.publishIndicatorSystem.id, targetOrgUnitIds: ids } }, admin);
  campaignId = c.data!.createCampaign.id;
  await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id: campaignId }, admin);
  const page = await t.gql(`query($id: ID!) { campaign(id: $id) { assessments(first: 100) { nodes { id } } } }`, { id: campaignId }, admin);
  for (const node of page.data!.campaign.assessments.nodes.slice(0, 100)) {
    await t.gql(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: { A: { A1: { funding: 20000 } } }, expectedRevision: 0) { id } }`, { id: node.id }, admin);
  }
});
afterAll(() => t?.close());

async function countFor(first: number): Promise<number> {
  queries.length = 0;
  counting = true;
  const r = await t.gql(`query($id: ID!, $first: Int!) { campaign(id: $id) { assessments(first: $first) { totalCount nodes {
      id status selfScore orgUnit { name code } campaign { name } indicatorScores { code selfScore } attachments { id } } } } }`,
    { id: campaignId, first }, t.adminToken);
  counting = false;
  expect(r.errors).toBeUndefined();
  expect(r.data!.campaign.assessments.nodes.length).toBe(first);
  return queries.length;
}

test('100 assessments with units, campaign and scores cost as many queries as 5', async () => {
  const small = await countFor(5);
  const large = await countFor(100);
  expect(large).toBe(small);
  expect(large).toBeLessThanOrEqual(12);
});

const DOCUMENTS = 'data computed selfScores notApplicable unitAttributes faults { path message }';

test('a page reads its rows without their documents, and loads them for the whole page in one query when asked', async () => {
  const page = (selection: string, first: number) => t.gql(`query($id: ID!, $first: Int!) { campaign(id: $id) { assessments(first: $first) { nodes { ${selection} } } } }`,
    { id: campaignId, first }, t.adminToken);
  queries.length = 0;
  counting = true;
  const plain = await page('id status selfScore', 100);
  counting = false;
  expect(plain.errors).toBeUndefined();
  const reads = queries.filter((q) => /from "assessment"/.test(q));
  expect(reads.length).toBe(1);
  // Its columns named, the documents not among them (`select *` would read them all).
  expect(reads[0]).toMatch(/"status"/);
  expect(reads[0]).not.toMatch(/"data"|"computed"|"self_scores"|\*/);

  const counted = async (first: number) => {
    queries.length = 0;
    counting = true;
    const r = await page(`id ${DOCUMENTS}`, first);
    counting = false;
    expect(r.errors).toBeUndefined();
    return { nodes: r.data!.campaign.assessments.nodes as Record<string, unknown>[], queries: queries.length };
  };
  const small = await counted(5);
  const large = await counted(100);
  expect(large.queries).toBe(small.queries);
  // Each row's documents are what the assessment itself answers.
  for (const node of large.nodes.slice(0, 3)) {
    const one = await t.gql(`query($id: ID!) { assessment(id: $id) { id ${DOCUMENTS} } }`, { id: node.id }, t.adminToken);
    expect(one.errors).toBeUndefined();
    expect(node).toEqual(one.data!.assessment);
  }
  expect(large.nodes[0]).toMatchObject({ data: { A: { A1: { funding: 20000 } } }, unitAttributes: { population: expect.any(Number) } });
});

test('"my work" reads its rows without documents too, and shows the same ones when asked', async () => {
  queries.length = 0;
  counting = true;
  const r = await t.gql(`{ myWork(first: 100) { nodes { id status ${DOCUMENTS} } } }`, {}, t.adminToken);
  counting = false;
  expect(r.errors).toBeUndefined();
  const nodes = r.data!.myWork.nodes as Record<string, unknown>[];
  expect(nodes.length).toBe(100);
  const reads = queries.filter((q) => /from "assessment"/.test(q));
  expect(reads.length).toBe(1);
  expect(reads[0]).toMatch(/"status"/);
  expect(reads[0]).not.toMatch(/"data"|"computed"|"self_scores"|\*/);
  for (const node of nodes.slice(0, 3)) {
    const one = await t.gql(`query($id: ID!) { assessment(id: $id) { id status ${DOCUMENTS} } }`, { id: node.id }, t.adminToken);
    expect(node).toEqual(one.data!.assessment);
  }
});

test('a draft save whose scores stay as they were is one write, its revision and audit rows inside it, with no transaction around it', async () => {
  const page = await t.gql(`query($id: ID!) { campaign(id: $id) { assessments(first: 1) { nodes { id revision } } } }`, { id: campaignId }, t.adminToken);
  const { id, revision } = page.data!.campaign.assessments.nodes[0];
  const writesOf = async (query: string, variables: Record<string, unknown>) => {
    queries.length = 0;
    counting = true;
    const r = await t.gql(query, variables, t.adminToken);
    counting = false;
    expect(r.errors).toBeUndefined();
    // The session's last-seen time is touched at most once a minute, by chance inside either count.
    return queries.filter((q) => !/^update "session"/.test(q) && /^\s*(begin|commit|savepoint|insert|update|delete|with)\b/i.test(q));
  };
  const save = await writesOf(`mutation($id: ID!, $r: Int!) { saveAssessmentDraft(id: $id, data: { A: { A1: { funding: 20000 } } }, expectedRevision: $r) { revision } }`, { id, r: revision });
  expect(save).toHaveLength(1);
  expect(save[0]).toMatch(/insert into assessment_revision[\s\S]*insert into audit_event/);
  // What the count would see of a transaction: any other mutation runs in one with its audit row.
  const other = await writesOf(`mutation { createOrgUnit(input: { code: "440307004", name: "对照街道", level: "street" }) { id } }`, {});
  expect(other.some((q) => /^begin/i.test(q)) && other.some((q) => /^commit/i.test(q)) && other.some((q) => /insert into audit_event/.test(q))).toBe(true);
});
