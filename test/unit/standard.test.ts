// 达标 (standard) indicators: results, not points — from a formula or a person, combined by
// their group's rule, deciding whether the unit passes; nothing unknown counts as met or unmet.
import { describe, expect, test } from 'vitest';
import { compileSystem, evaluate, validateScores, type CompiledSystem } from '../../server/engine/index.js';
import type { JsonObject } from '../../server/engine/types.js';
import { buildStandardSystem as standardSystem } from '../factories/system.factory.js';

function compiled(schema: JsonObject): CompiledSystem {
  const r = compileSystem(schema);
  if (!r.ok) throw new Error(JSON.stringify(r.faults));
  return r.compiled;
}
const resultOf = (ev: Awaited<ReturnType<typeof evaluate>>, code: string, stage: 'selfResult' | 'expertResult' = 'selfResult') =>
  ev.indicatorScores.find((s) => s.code === code)![stage];
const answers = { R: { R1: { area: 500, students: 100 }, R2: { ratio: 20 }, R3: { books: 10 } } };

describe('results', () => {
  const cs = compiled(standardSystem());
  test('formulas give results (true/false or the three words), groups combine them, scores stay empty', async () => {
    const ev = await evaluate(cs, { data: answers, selfScores: { S: 'met' } });
    expect(['R1', 'R2', 'R3', 'R', 'S'].map((c) => resultOf(ev, c))).toEqual(['met', 'basic', 'unmet', 'basic', 'met']);
    expect(ev.indicatorScores.every((s) => s.selfScore === null && s.maxScore === 0)).toBe(true);
    expect(ev.selfTotal).toBe(0);
    expect(cs.system.meta.kind).toBe('standard');
  });
  test('a standard system passes when every level-1 indicator is met; not knowing yet is null, not a fail or a pass', async () => {
    const basic = await evaluate(cs, { data: answers, selfScores: { S: 'met' } });
    expect(basic.selfPassed).toBe(false);
    const unknown = await evaluate(cs, { data: { R: { R1: { area: 500, students: 100 }, R2: { ratio: 18 } } }, selfScores: {} });
    expect(resultOf(unknown, 'R')).toBe('met'); // two of three met already: R3 cannot change it
    expect(resultOf(unknown, 'S')).toBeNull();
    expect(unknown.selfPassed).toBeNull();
    const met = await evaluate(cs, { data: { R: { ...answers.R, R2: { ratio: 18 } } }, selfScores: { S: 'met' } });
    expect(met.selfPassed).toBe(true);
  });
  test('the expert\'s results override, and the final result is the expert\'s', async () => {
    const ev = await evaluate(cs, { data: answers, selfScores: { S: 'met' }, expertScores: { S: 'unmet', R3: 'met' } });
    expect(resultOf(ev, 'S', 'expertResult')).toBe('unmet');
    expect(resultOf(ev, 'R', 'expertResult')).toBe('met');
    expect(ev.expertPassed).toBe(false);
  });
  test('"all" fails on one unmet, "basic" when the worst is basic; a formula over $results decides what the table says', async () => {
    const all = compiled(standardSystem((s) => { s.properties.R['x-indicator'].aggregate = 'all'; }));
    expect(resultOf(await evaluate(all, { data: answers }), 'R')).toBe('unmet');
    const rule = compiled(standardSystem((s) => { s.properties.R['x-indicator'].aggregate = { formula: '$results.R1 = "met" and $results.R3 != "met" ? "basic" : "unmet"' }; }));
    expect(resultOf(await evaluate(rule, { data: answers }), 'R')).toBe('basic');
  });
  test('x-system.pass decides with counts of results', async () => {
    const rule = compiled(standardSystem((s) => { s['x-system'].pass = '$unmet = 0 and $met >= 2'; }));
    expect((await evaluate(rule, { data: answers, selfScores: { S: 'met' } })).selfPassed).toBe(false);
    expect((await evaluate(rule, { data: { R: { ...answers.R, R3: { books: 30 } } }, selfScores: { S: 'met' } })).selfPassed).toBe(true);
  });
  test('a mixed system needs the pass mark and its standard indicators met', async () => {
    const mixed = compiled(standardSystem((s) => {
      delete s['x-system'].kind;
      s['x-system'].passScore = 6;
      s.properties.P = { type: 'object', title: '特色', 'x-indicator': { code: 'P', maxScore: 10 }, properties: {} };
    }));
    expect(mixed.system.meta.kind).toBe('mixed');
    const data = { R: { ...answers.R, R2: { ratio: 18 } } };
    expect((await evaluate(mixed, { data, selfScores: { S: 'met', P: 8 } })).selfPassed).toBe(true);
    expect((await evaluate(mixed, { data, selfScores: { S: 'met', P: 5 } })).selfPassed).toBe(false);
    expect((await evaluate(mixed, { data, selfScores: { S: 'unmet', P: 8 } })).selfPassed).toBe(false);
  });
  test('a formula that cannot decide is a fault on its indicator, and the result stays unknown', async () => {
    const ev = await evaluate(cs, { data: { R: { R1: { area: 500, students: 100 } } }, selfScores: { S: 'met' } });
    expect(resultOf(ev, 'R2')).toBeNull();
    expect(ev.errors).toContainEqual(expect.objectContaining({ indicator: 'R2', code: 'MISSING' }));
  });
});

describe('what is refused, with its path', () => {
  const faultsOf = (mutate: (s: any) => void) => {
    const r = compileSystem(standardSystem(mutate));
    return r.ok ? [] : r.faults;
  };
  test.each<[string, (s: any) => void, string]>([
    ['points on a standard indicator', (s) => { s.properties.S['x-indicator'].maxScore = 5; }, '/properties/S/x-indicator/maxScore'],
    ['a score indicator in a standard system', (s) => { s.properties.P = { type: 'object', title: 'P', 'x-indicator': { code: 'P', maxScore: 0 }, properties: {} }; }, '/x-system/kind'],
    ['at least more items than there are', (s) => { s.properties.R['x-indicator'].aggregate = { atLeast: 4 }; }, '/properties/R/x-indicator/aggregate/atLeast'],
    ['a rule over results naming what does not exist', (s) => { s.properties.R['x-indicator'].aggregate = { formula: '$resultz.R1 = "met"' }; }, '/properties/R/x-indicator/aggregate/formula'],
    ['a standard item under a scored group', (s) => {
      delete s['x-system'].kind;
      s.properties.G = { type: 'object', title: 'G', 'x-indicator': { code: 'G', maxScore: 0 }, properties: { G1: { type: 'object', title: 'G1', 'x-indicator': { code: 'G1', kind: 'standard' }, properties: {} } } };
    }, '/properties/G/x-indicator/kind'],
    ['a checklist on a standard item', (s) => { s.properties.S['x-indicator'].scoring = { method: 'checklist', items: { note: 1 } }; }, '/properties/S/x-indicator/scoring/method'],
  ])('%s', (_name, mutate, path) => {
    expect(faultsOf(mutate).map((f) => f.path)).toContain(path);
  });
  test('a person gives a standard item a result, never points', () => {
    const cs = compiled(standardSystem());
    expect(validateScores(cs, { S: 'met' }, '/scores')).toEqual([]);
    expect(validateScores(cs, { S: 5 }, '/scores')).toEqual([{ path: '/scores/S', message: expect.stringContaining('不打分') }]);
  });
});
