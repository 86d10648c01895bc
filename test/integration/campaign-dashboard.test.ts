// What the dashboard reads: figures by unit attribute and by level with drill-down, the score
// distribution, the gap between self and final scores, and a comparison with another campaign
// on a different system, indicators matched by code or x-indicator.sameAs.
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import { buildAnswers, buildIndicatorSystem } from '../factories/system.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
let db: pg.Client;
useWorld((app, world) => { t = app; w = world; });
beforeAll(async () => {
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
});
afterAll(() => db?.end());

const SAVE = `mutation($id: ID!, $data: JSON!, $self: JSON!) { saveAssessmentDraft(id: $id, data: $data, expectedRevision: 0, selfScores: $self) { revision } }`;

/** Both of a campaign's assessments saved through the API, then finalised in SQL: final = self − 2 on B, the rest as self. */
async function finalised(campaignId: string, finals: number[], manual = 'B') {
  const ids = (await db.query('select id from assessment where campaign_id = $1 order by id', [campaignId])).rows.map((r) => String(r.id));
  for (const id of ids) expect((await t.gql(SAVE, { id, data: buildAnswers(), self: { [manual]: 8 } }, w.tokens.districtAdmin)).errors).toBeUndefined();
  await db.query(`update assessment_score set final_score = case when indicator_code like 'B%' then self_score - 2 else self_score end where campaign_id = $1`, [campaignId]);
  for (const [i, id] of ids.entries()) await db.query(`update assessment set status = 'FINALIZED', final_score = $2::float8, passed = $2::float8 >= 12 where id = $1`, [id, finals[i]]);
}

test('figures by attribute and by level with drill-down, the distribution and the self/final gap', async () => {
  await finalised(w.campaignId, [11, 19]); // of a total of 20
  const r = await t.gql(`query($id: ID!, $street: ID!) { campaign(id: $id) { stats {
      byAttribute(attribute: "population") { value total finalized passed averageScore coverage }
      streets: byOrgUnit(level: "street") { orgUnit { name } total passed }
      inNanwan: byOrgUnit(level: "community", under: $street) { orgUnit { name } averageScore }
      scoreDistribution(buckets: 4) { from to units }
      indicatorGaps { code averageSelf averageFinal gap units } } } }`, { id: w.campaignId, street: w.units.nanwan }, w.tokens.districtAdmin);
  expect(r.errors).toBeUndefined();
  const s = r.data!.campaign.stats;
  expect(s.byAttribute).toEqual([
    { value: '10000', total: 1, finalized: 1, passed: 0, averageScore: 11, coverage: 0 },
    { value: '20000', total: 1, finalized: 1, passed: 1, averageScore: 19, coverage: 1 },
  ]);
  expect(s.streets).toEqual([{ orgUnit: { name: '南湾街道' }, total: 2, passed: 1 }]);
  expect(s.inNanwan.map((u: { orgUnit: { name: string } }) => u.orgUnit.name).sort()).toEqual(['丹平社区', '丹竹头社区']);
  expect(s.scoreDistribution).toEqual([{ from: 0, to: 5, units: 0 }, { from: 5, to: 10, units: 0 }, { from: 10, to: 15, units: 1 }, { from: 15, to: 20, units: 1 }]);
  expect(s.indicatorGaps.find((g: { code: string }) => g.code === 'B')).toEqual({ code: 'B', averageSelf: 8, averageFinal: 6, gap: -2, units: 2 });
  expect(s.indicatorGaps.find((g: { code: string }) => g.code === 'A1').gap).toBe(0);

  for (const [field, path] of [['scoreDistribution(buckets: 0) { units }', '/buckets'], ['byAttribute(attribute: "a b") { total }', '/attribute']]) {
    const bad = await t.gql(`query($id: ID!) { campaign(id: $id) { stats { ${field} } } }`, { id: w.campaignId }, w.tokens.districtAdmin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', faults: [{ path }] });
  }
});

test('a campaign on a revised system compares with last year\'s, a renamed indicator matched through sameAs', async () => {
  const revised = buildIndicatorSystem({
    code: 'test-system-2025',
    mutate: (s) => {
      const props = s.properties as Record<string, Record<string, unknown>>;
      props.B['x-indicator'] = { ...(props.B['x-indicator'] as object), code: 'B9', sameAs: 'B' };
    },
  });
  const created = await t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "test-system-2025", schema: $s) { code } publishIndicatorSystem(code: "test-system-2025") { id } }`, { s: revised }, t.adminToken);
  expect(created.errors).toBeUndefined();
  const campaign = await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`,
    { i: { name: '2025年督导评估', year: 2025, systemVersionId: created.data!.publishIndicatorSystem.id, targetOrgUnitIds: [w.units.danzhutou, w.units.danping] } }, w.tokens.districtAdmin);
  const id = campaign.data!.createCampaign.id;
  await t.gql(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id }, w.tokens.districtAdmin);
  await finalised(id, [14, 18], 'B9');

  const r = await t.gql(`query($id: ID!, $other: ID!) { campaign(id: $id) { compareWith(campaignId: $other) {
      averageScore otherAverageScore passRate otherPassRate unmatched indicators { code otherCode rate otherRate change } } } }`, { id, other: w.campaignId }, w.tokens.districtAdmin);
  expect(r.errors).toBeUndefined();
  const c = r.data!.campaign.compareWith;
  expect(c).toMatchObject({ averageScore: 16, otherAverageScore: 15, passRate: 1, otherPassRate: 0.5, unmatched: [] });
  expect(c.indicators.find((i: { code: string }) => i.code === 'B9')).toEqual({ code: 'B9', otherCode: 'B', rate: 0.6, otherRate: 0.6, change: 0 });
  expect(c.indicators.find((i: { code: string }) => i.code === 'A1')).toMatchObject({ otherCode: 'A1' });
  // The same comparison reached through one of its assessments (whose campaign is a loaded row, not an ORM entity).
  const page = await t.gql(`query($id: ID!) { campaign(id: $id) { assessments(first: 1) { nodes { id } } } }`, { id }, w.tokens.districtAdmin);
  const via = await t.gql(`query($a: ID!, $other: ID!) { assessment(id: $a) { campaign { compareWith(campaignId: $other) { averageScore otherAverageScore passRate otherPassRate } } } }`,
    { a: page.data!.campaign.assessments.nodes[0].id, other: w.campaignId }, w.tokens.districtAdmin);
  expect(via.errors).toBeUndefined();
  expect(via.data!.assessment.campaign.compareWith).toEqual({ averageScore: 16, otherAverageScore: 15, passRate: 1, otherPassRate: 0.5 });
  // Another unit's filler cannot compare against a campaign it cannot see.
  const refused = await t.gql(`query($id: ID!, $other: ID!) { campaign(id: $id) { compareWith(campaignId: $other) { averageScore } } }`, { id: w.campaignId, other: id }, w.tokens.otherStaff);
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
