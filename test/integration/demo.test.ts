// The demo world loads through the real services: Longgang's streets and communities, one
// account per role, and a 2022 campaign with assessments in every state and scores near the
// documents' (average 95.4, the best 97.5).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ demo: true, demoPassword: 'Demo-pass-1' }); });
afterAll(() => t?.close());

test('every role can log in and the campaign shows every state', async () => {
  const tokens = Object.fromEntries(await Promise.all(['longgang', 'danzhutou', 'nanwan', 'expert'].map(async (u) => [u, await t.login(u, 'Demo-pass-1')])));
  const list = await t.gql(`{ campaigns { id name year assessments(first: 20) { nodes { status returnReason orgUnit { name } } } stats { total submitted finalized passed averageScore maxScore minScore coverage } } }`, {}, tokens.longgang);
  const [campaign] = list.data!.campaigns;
  expect(campaign).toMatchObject({ year: 2022, stats: { total: 10, finalized: 5, passed: 5, averageScore: 95.4, maxScore: 97.5, minScore: 93.5, coverage: 0.5 } });
  const states = new Set(campaign.assessments.nodes.map((n: { status: string }) => n.status));
  expect([...states].sort()).toEqual(['DRAFT', 'FINALIZED', 'RECOMMENDED', 'SUBMITTED']);
  expect(campaign.assessments.nodes.find((n: { orgUnit: { name: string } }) => n.orgUnit.name === '樟树布社区').returnReason).toContain('经费');

  const mine = await t.gql(`{ campaigns { assessments { nodes { status orgUnit { name } } } } }`, {}, tokens.danzhutou);
  expect(mine.data!.campaigns[0].assessments.nodes).toEqual([{ status: 'DRAFT', orgUnit: { name: '丹竹头社区' } }]);
  const units = await t.gql(`{ orgUnits(level: "street", first: 20) { totalCount } }`, {}, tokens.longgang);
  expect(units.data!.orgUnits.totalCount).toBe(11);
});
