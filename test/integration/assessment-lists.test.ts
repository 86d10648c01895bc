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

test('score rows read only the selected columns, and answer the same as when everything is selected (fragments included)', async () => {
  const id = w.assessments.danzhutou;
  const saved = await t.gql(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: { A: { A1: { funding: 20000 } } }, expectedRevision: 0) { revision } }`, { id }, w.tokens.staff);
  expect(saved.errors).toBeUndefined();
  const read = async (selection: string, extra = '') => {
    const r = await t.gql(`query($id: ID!) { assessment(id: $id) { indicatorScores { ${selection} } } } ${extra}`, { id }, w.tokens.staff);
    expect(r.errors).toBeUndefined();
    return r.data!.assessment.indicatorScores as Record<string, unknown>[];
  };
  const all = await read('code title level maxScore selfScore streetScore expertScore finalScore kind measure selfResult streetResult expertResult finalResult');
  expect(all.length).toBe(4);
  expect(all.find((s) => s.code === 'A1')).toMatchObject({ selfScore: 5, measure: 'SCORE', maxScore: expect.any(Number) });
  const pick = (keys: string[]) => all.map((s) => Object.fromEntries(keys.map((k) => [k, s[k]])));
  expect(await read('code selfScore')).toEqual(pick(['code', 'selfScore']));
  expect(await read('measure code')).toEqual(pick(['measure', 'code']));
  expect(await read('c: code s: selfScore')).toEqual(all.map((s) => ({ c: s.code, s: s.selfScore })));
  expect(await read('...F', 'fragment F on IndicatorScore { code maxScore }')).toEqual(pick(['code', 'maxScore']));
  expect(await read('__typename code')).toEqual(all.map((s) => ({ __typename: 'IndicatorScore', code: s.code })));
});
