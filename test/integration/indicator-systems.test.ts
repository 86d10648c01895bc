// Indicator systems through the API: versions, immutability once published, faults with paths,
// and the built-in systems loaded and published at start.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorOf, startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildAnswers, buildIndicatorSystem } from '../factories/system.factory.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t?.close());

const CREATE = `mutation($c: String!, $s: JSON!, $u: JSON) { createIndicatorSystem(code: $c, schema: $s, uiSchema: $u) { code name issuer targetLevel builtIn versions { number status } } }`;
const SAVE = `mutation($c: String!, $s: JSON!) { saveIndicatorSystemDraft(code: $c, schema: $s) { id number status } }`;
const PUBLISH = `mutation($c: String!) { publishIndicatorSystem(code: $c) { id number status publishedAt } }`;

describe('built-in systems', () => {
  test('are loaded and published at start', async () => {
    const r = await t.gql(`{ indicatorSystems { code builtIn latestPublished { number status indicators { code } } } }`, {}, t.adminToken);
    const codes = r.data!.indicatorSystems.map((s: { code: string }) => s.code);
    expect(codes).toEqual(['gd-community-education-district', 'gs-lifelong-education-street', 'sz-learning-community', 'sz-learning-street', 'yzjh-county', 'yzjh-school']);
    for (const s of r.data!.indicatorSystems) expect(s).toMatchObject({ builtIn: true, latestPublished: { number: 1, status: 'PUBLISHED' } });
  });
});

describe('versions', () => {
  test('create, revise the draft, publish, and revise again into a new draft', async () => {
    const created = await t.gql(CREATE, { c: 'v-test', s: buildIndicatorSystem({ code: 'v-test' }), u: { 'ui:order': ['A', 'B'] } }, t.adminToken);
    expect(created.data!.createIndicatorSystem).toEqual({
      code: 'v-test', name: '测试指标体系', issuer: '测试督导室', targetLevel: 'community', builtIn: false, versions: [{ number: 1, status: 'DRAFT' }],
    });
    const revised = await t.gql(SAVE, { c: 'v-test', s: buildIndicatorSystem({ code: 'v-test', passScore: 14 }) }, t.adminToken);
    expect(revised.data!.saveIndicatorSystemDraft).toMatchObject({ number: 1, status: 'DRAFT' });
    const published = await t.gql(PUBLISH, { c: 'v-test' }, t.adminToken);
    expect(published.data!.publishIndicatorSystem).toMatchObject({ number: 1, status: 'PUBLISHED' });
    const again = await t.gql(PUBLISH, { c: 'v-test' }, t.adminToken);
    expect(errorOf(again)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/code'] });
    const next = await t.gql(SAVE, { c: 'v-test', s: buildIndicatorSystem({ code: 'v-test', passScore: 15 }) }, t.adminToken);
    expect(next.data!.saveIndicatorSystemDraft).toMatchObject({ number: 2, status: 'DRAFT' });
    const v1 = await t.gql(`{ indicatorSystem(code: "v-test") { versions { number status schema } latestPublished { number } } }`, {}, t.adminToken);
    const versions = v1.data!.indicatorSystem.versions;
    expect(versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'DRAFT'], [1, 'PUBLISHED']]);
    expect(versions[1].schema['x-system'].passScore).toBe(14);
    await t.gql(PUBLISH, { c: 'v-test' }, t.adminToken);
    const after = await t.gql(`{ indicatorSystem(code: "v-test") { versions { number status } latestPublished { number } } }`, {}, t.adminToken);
    expect(after.data!.indicatorSystem).toEqual({ versions: [{ number: 2, status: 'PUBLISHED' }, { number: 1, status: 'RETIRED' }], latestPublished: { number: 2 } });
  });
});

describe('faults', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['maxima that do not add up', { c: 'f1', s: buildIndicatorSystem({ code: 'f1', mutate: (s: any) => { s.properties.B['x-indicator'].maxScore = 11; } }) }, ['/schema/x-system/totalScore']],
    ['a code that differs from x-system.code', { c: 'f2', s: buildIndicatorSystem({ code: 'other' }) }, ['/schema/x-system/code']],
    ['a malformed code', { c: '中文', s: buildIndicatorSystem() }, ['/code']],
    ['an existing code', { c: 'sz-learning-community', s: buildIndicatorSystem({ code: 'sz-learning-community' }) }, ['/code']],
    ['a ui-schema that is not an object', { c: 'f3', s: buildIndicatorSystem({ code: 'f3' }), u: [1] }, ['/uiSchema']],
    ['a schema that is not an object', { c: 'f4', s: 'hello' }, ['/schema']],
  ];
  test.each(cases)('%s', async (_name, vars, paths) => {
    expect(errorOf(await t.gql(CREATE, vars, t.adminToken))).toEqual({ code: 'BAD_USER_INPUT', paths });
    const stored = await t.gql(`query($c: String!) { indicatorSystem(code: $c) { code } }`, { c: vars.c }, t.adminToken);
    if (vars.c !== 'sz-learning-community') expect(stored.data!.indicatorSystem).toBeNull();
  });
  test('saving or publishing an unknown system is NOT_FOUND', async () => {
    expect(errorOf(await t.gql(PUBLISH, { c: 'nope' }, t.adminToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(SAVE, { c: 'nope', s: buildIndicatorSystem({ code: 'nope' }) }, t.adminToken)).code).toBe('NOT_FOUND');
  });
});

describe('previewAssessment', () => {
  test('computes, validates and scores without storing anything', async () => {
    const r = await t.gql(`query($s: JSON!, $d: JSON!, $u: JSON, $ss: JSON) { previewAssessment(schema: $s, data: $d, unit: $u, selfScores: $ss) {
        valid errors computed indicatorScores total vetoes vetoed grade } }`,
      { s: buildIndicatorSystem(), d: buildAnswers(), u: { population: 10_000 }, ss: { B: 9 } }, t.adminToken);
    expect(r.data!.previewAssessment).toMatchObject({ valid: true, errors: [], computed: { A: { A1: { perCapita: 2 } } }, total: 19, vetoed: false, grade: '优秀' });
  });
  test('reports a system\'s faults as errors', async () => {
    const r = await t.gql(`query($s: JSON!) { previewAssessment(schema: $s, data: {}) { valid errors } }`,
      { s: buildIndicatorSystem({ mutate: (s: any) => { s['x-system'].totalScore = 21; } }) }, t.adminToken);
    expect(r.data!.previewAssessment).toEqual({ valid: false, errors: [{ path: '/schema/x-system/totalScore', message: expect.any(String) }] });
  });
});

describe('document order', () => {
  test('a stored system keeps its property order, so computed fields still see those before them', async () => {
    const schema = buildIndicatorSystem({ code: 'order-test', mutate: (s: any) => {
      s.properties.B.properties = {
        participants: { type: 'number', title: '参与人数' },
        totalShare: { type: 'number', readOnly: true, 'x-formula': 'participants / $unit.population' },
        pct: { type: 'number', readOnly: true, 'x-formula': 'totalShare * 100' },
        summary: { type: 'string', title: '特色简述' },
      };
    } });
    expect((await t.gql(CREATE, { c: 'order-test', s: schema }, t.adminToken)).errors).toBeUndefined();
    await t.gql(PUBLISH, { c: 'order-test' }, t.adminToken);
    const r = await t.gql(`{ indicatorSystem(code: "order-test") { latestPublished { schema indicators { code } } } }`, {}, t.adminToken);
    expect(Object.keys(r.data!.indicatorSystem.latestPublished.schema.properties.B.properties)).toEqual(['participants', 'totalShare', 'pct', 'summary']);
    expect(r.data!.indicatorSystem.latestPublished.indicators.map((i: { code: string }) => i.code)).toEqual(['A', 'A1', 'A2', 'B']);
  });
});

describe('drafts saved with faults', () => {
  const SAVE_ANYWAY = `mutation($c: String!, $s: JSON!) { saveIndicatorSystemDraft(code: $c, schema: $s, allowFaults: true) { number status faults indicators { code } } }`;
  test('are kept with their faults listed, can be fixed, and cannot be published until fixed', async () => {
    const broken = buildIndicatorSystem({ code: 'wip', mutate: (s: any) => { s.properties.B['x-indicator'].maxScore = 11; } });
    const created = await t.gql(`mutation($c: String!, $s: JSON!) { createIndicatorSystem(code: $c, schema: $s, allowFaults: true) { code name versions { faults } } }`, { c: 'wip', s: broken }, t.adminToken);
    expect(created.data!.createIndicatorSystem.versions[0].faults).toEqual([{ path: '/x-system/totalScore', message: expect.any(String) }]);
    expect(errorOf(await t.gql(PUBLISH, { c: 'wip' }, t.adminToken)).code).toBe('BAD_USER_INPUT');
    const fixed = await t.gql(SAVE_ANYWAY, { c: 'wip', s: buildIndicatorSystem({ code: 'wip' }) }, t.adminToken);
    expect(fixed.data!.saveIndicatorSystemDraft).toMatchObject({ number: 1, status: 'DRAFT', faults: [], indicators: [{ code: 'A' }, { code: 'A1' }, { code: 'A2' }, { code: 'B' }] });
    expect((await t.gql(PUBLISH, { c: 'wip' }, t.adminToken)).data!.publishIndicatorSystem.status).toBe('PUBLISHED');
  });
  test('unsafe keys are refused even then', async () => {
    const unsafe = buildIndicatorSystem({ code: 'wip', mutate: (s: any) => { s.properties.B.properties = JSON.parse('{"__proto__": {}}'); } });
    expect(errorOf(await t.gql(SAVE_ANYWAY, { c: 'wip', s: unsafe }, t.adminToken))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/schema/properties/B/properties/__proto__'] });
  });
});

describe('two editors of one system', () => {
  test('saves from the same revision: the first wins, the second is CONFLICT and changes nothing', async () => {
    await t.gql(CREATE, { c: 'twice', s: buildIndicatorSystem({ code: 'twice' }) }, t.adminToken);
    const { revision } = (await t.gql(`{ indicatorSystem(code: "twice") { revision } }`, {}, t.adminToken)).data!.indicatorSystem;
    const save = (passScore: number) => t.gql(`mutation($s: JSON!, $r: Int) { saveIndicatorSystemDraft(code: "twice", schema: $s, expectedRevision: $r) { number } }`,
      { s: buildIndicatorSystem({ code: 'twice', passScore }), r: revision }, t.adminToken);
    const results = await Promise.all([save(13), save(14)]);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    const winner = results.findIndex((r) => !r.errors);
    const stored = await t.gql(`{ indicatorSystem(code: "twice") { revision versions { schema } } }`, {}, t.adminToken);
    expect(stored.data!.indicatorSystem.revision).toBe(revision + 1);
    expect(stored.data!.indicatorSystem.versions[0].schema['x-system'].passScore).toBe(winner === 0 ? 13 : 14);
  });
});

describe('who may revise a system', () => {
  test('a district administrator uses a built-in system but cannot revise or publish it; its own it can; the global administrator can both', async () => {
    const { buildWorld } = await import('../factories/world.factory.js');
    const w = await buildWorld(t, { open: false });
    const district = w.tokens.districtAdmin;
    const SAVE = `mutation($c: String!, $s: JSON!) { saveIndicatorSystemDraft(code: $c, schema: $s) { number } }`;
    const CAN = `query($c: String!) { indicatorSystem(code: $c) { canRevise } }`;
    const builtIn = (await t.gql(`{ indicatorSystem(code: "sz-learning-community") { latestPublished { schema } } }`, {}, district)).data!.indicatorSystem.latestPublished.schema;
    expect((await t.gql(CAN, { c: 'sz-learning-community' }, district)).data!.indicatorSystem.canRevise).toBe(false);
    const refused = await t.gql(SAVE, { c: 'sz-learning-community', s: { ...builtIn, 'x-system': { ...builtIn['x-system'], passScore: 0 } } }, district);
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toContain('可以使用，不能修改');
    expect(errorOf(await t.gql(`mutation { publishIndicatorSystem(code: "sz-learning-community") { number } }`, {}, district)).code).toBe('FORBIDDEN');

    const own = buildIndicatorSystem({ code: 'district-own' });
    expect((await t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "district-own", schema: $s) { code canRevise } }`, { s: own }, district)).data)
      .toEqual({ createIndicatorSystem: { code: 'district-own', canRevise: true } });
    expect((await t.gql(SAVE, { c: 'district-own', s: own }, district)).errors).toBeUndefined();
    expect((await t.gql(`mutation { publishIndicatorSystem(code: "district-own") { number } }`, {}, district)).errors).toBeUndefined();
    expect((await t.gql(CAN, { c: 'district-own' }, t.adminToken)).data!.indicatorSystem.canRevise).toBe(true);
    expect((await t.gql(CAN, { c: 'sz-learning-community' }, t.adminToken)).data!.indicatorSystem.canRevise).toBe(true);
  });
});
