// Every built-in system in schemas/ passes the vocabulary, its maxima add up, and sample
// answers at the documents' thresholds score full marks on the formula indicators.
import { describe, expect, test } from 'vitest';
import { compileSystem, evaluate, validateAnswers, type CompiledSystem } from '../../server/engine/index.js';
import { readBuiltInSystems } from '../../server/db/load-systems.js';

const systems = await readBuiltInSystems();

function sampleAnswers(cs: CompiledSystem, value: (field: { name: string; type?: string }) => unknown) {
  const data: Record<string, any> = {};
  for (const node of cs.system.all) {
    let at = data;
    for (const key of node.dataPath) at = at[key] ??= {};
    for (const field of node.fields) if (!field.formula) at[field.name] = value(field);
  }
  return data;
}

test('the four systems drawn from the documents are there', () => {
  expect(systems.map((s) => s.folder).sort()).toEqual([
    'gd-community-education-district', 'gs-lifelong-education-street', 'sz-learning-community', 'sz-learning-street',
  ]);
});

describe.each(systems)('$folder', ({ schema }) => {
  const result = compileSystem(schema);
  test('passes the vocabulary: total 100, maxima add up, formulas compile, Chinese titles', () => {
    expect(result.ok ? [] : result.faults).toEqual([]);
    if (!result.ok) return;
    const { meta, roots, all } = result.compiled.system;
    expect(meta.totalScore).toBe(100);
    expect(roots.reduce((s, r) => s + r.maxScore, 0)).toBe(100);
    for (const n of all) {
      expect(n.title).toMatch(/[\u4e00-\u9fa5]/);
      if (n.children.length === 0) expect(n.criteria).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((schema['x-system'] as { note: string }).note).toContain('示例');
  });

  test('generous sample answers are valid and score every formula and checklist leaf in full', async () => {
    if (!result.ok) return;
    const cs = result.compiled;
    const data = sampleAnswers(cs, (f) => (f.type === 'boolean' ? true : f.type === 'string' ? '已按要求完成，材料齐全' : f.name.endsWith('Rate') ? 100 : 1_000_000));
    // Targets and totals that a rate divides by: the same as their counterpart, so rates are 100 %.
    for (const node of cs.system.all) {
      let at: any = data;
      for (const key of node.dataPath) at = at[key];
      for (const [total, part] of [['transferTargets', 'transferTrainees'], ['skillTargets', 'skillTrainees'], ['minorsTotal', 'minorsParticipating'], ['communitiesTotal', 'learningCommunities'], ['teachingPoints', 'staffedTeachingPoints']]) {
        if (total in at) at[total] = at[part];
      }
      if ('participants' in at) at.participants = 5_000;
      if ('servedResidents' in at) at.servedResidents = 5_000;
    }
    const ev = await evaluate(cs, { data, unit: { population: 10_000 } });
    expect(ev.errors).toEqual([]);
    expect(validateAnswers(cs, { ...data }, 'submit')).toEqual([]);
    expect(ev.vetoed).toBe(false);
    for (const s of ev.indicatorScores) {
      if (s.method === 'formula' || s.method === 'checklist') expect([s.code, s.selfScore]).toEqual([s.code, s.maxScore]);
    }
  });
});

describe('the documents\' thresholds', () => {
  const byCode = new Map(systems.map((s) => [(s.schema['x-system'] as { code: string }).code, compileSystem(s.schema)]));
  const scoreOf = async (system: string, code: string, answers: Record<string, unknown>, population: number) => {
    const r = byCode.get(system)!;
    if (!r.ok) throw new Error('system does not compile');
    const node = r.compiled.system.all.find((n) => n.code === code)!;
    const data: Record<string, any> = {};
    let at = data;
    for (const key of node.dataPath) at = at[key] = {};
    Object.assign(at, answers);
    const ev = await evaluate(r.compiled, { data, unit: { population } });
    return ev.indicatorScores.find((s) => s.code === code)!.selfScore;
  };
  test.each([
    ['gd-community-education-district', 'B5', { budgetFunding: 15_000 }, 10_000, 10],
    ['gd-community-education-district', 'B5', { budgetFunding: 14_999 }, 10_000, 6],
    ['gd-community-education-district', 'C1', { servedResidents: 3_000 }, 10_000, 8],
    ['gd-community-education-district', 'C1', { servedResidents: 2_999 }, 10_000, 5],
    ['gd-community-education-district', 'C1', { servedResidents: 1_999 }, 10_000, 2],
    ['gd-community-education-district', 'C2', { transferTargets: 100, transferTrainees: 50, skillTargets: 100, skillTrainees: 30 }, 10_000, 7],
    ['gd-community-education-district', 'C3', { minorsTotal: 100, minorsParticipating: 50 }, 10_000, 5],
    ['gd-community-education-district', 'D1', { learningBodiesRate: 70, learningCommunitiesRate: 40 }, 10_000, 8],
    ['gd-community-education-district', 'D2', { awarenessRate: 70, satisfactionRate: 59 }, 10_000, 6],
    ['gs-lifelong-education-street', 'A1', { funding: 400_000 }, 100_000, 20],
    ['gs-lifelong-education-street', 'A1', { funding: 399_999 }, 100_000, 12],
    ['gs-lifelong-education-street', 'B1', { schoolArea: 500 }, 100_000, 15],
    ['gs-lifelong-education-street', 'C1', { fullTimeWorkers: 5 }, 100_000, 15],
    ['gs-lifelong-education-street', 'C1', { fullTimeWorkers: 4 }, 100_000, 8],
    ['gs-lifelong-education-street', 'C2', { branchStaff: 3 }, 20_000, 10],
    ['gs-lifelong-education-street', 'C2', { branchStaff: 9 }, 90_000, 10],
    ['gs-lifelong-education-street', 'C2', { branchStaff: 8 }, 90_000, 5],
    ['sz-learning-community', 'D2', { funding: 15_000 }, 10_000, 7],
  ])('%s %s %j with %d residents scores %d', async (system, code, answers, population, expected) => {
    expect(await scoreOf(system, code, answers, population)).toBe(expected);
  });
});
