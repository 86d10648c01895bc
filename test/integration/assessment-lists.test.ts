// A campaign's assessments filtered to one unit's subtree: a street lists its communities, a
// community itself, another street none; the filter is a path prefix the index serves.
import { expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const LIST = `query($id: ID!, $unit: ID) { campaign(id: $id) { assessments(orgUnitId: $unit, first: 10) { totalCount nodes { orgUnit { name } } } } }`;

test('assessments(orgUnitId:) keeps the subtree of that unit', async () => {
  const names = async (unit: string | null) => {
    const r = await t.gql(LIST, { id: w.campaignId, unit }, w.tokens.districtAdmin);
    expect(r.errors).toBeUndefined();
    const list = r.data!.campaign.assessments;
    expect(list.totalCount).toBe(list.nodes.length);
    return list.nodes.map((n: { orgUnit: { name: string } }) => n.orgUnit.name).sort();
  };
  expect(await names(null)).toEqual(['丹平社区', '丹竹头社区']);
  expect(await names(w.units.nanwan)).toEqual(['丹平社区', '丹竹头社区']);
  expect(await names(w.units.danzhutou)).toEqual(['丹竹头社区']);
  expect(await names(w.units.pinghu)).toEqual([]);
  expect(await names('999999')).toEqual([]);
  const bad = await t.gql(LIST, { id: w.campaignId, unit: 'abc' }, w.tokens.districtAdmin);
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});
