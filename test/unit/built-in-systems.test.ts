// Every built-in system in schemas/ passes the vocabulary (a scored one's maxima add up to
// 100; a 达标 one has no points), generous answers meet every formula item, and answers at
// the documents' own thresholds land on the right side of them.
import { describe, expect, test } from 'vitest';
import { compileSystem, evaluate, validateAnswers, type CompiledSystem } from '../../server/engine/index.js';
import type { SourceRow } from '../../server/engine/types.js';
import { inSourceOrder, readBuiltInSystems } from '../../server/db/load-systems.js';

const systems = await readBuiltInSystems();
const compiledOf = (folder: string): CompiledSystem => {
  const r = compileSystem(systems.find((s) => s.folder === folder)!.schema);
  if (!r.ok) throw new Error(`${folder} does not compile: ${JSON.stringify(r.faults)}`);
  return r.compiled;
};

function sampleAnswers(cs: CompiledSystem, value: (field: { name: string; type?: string }) => unknown) {
  const data: Record<string, any> = {};
  for (const node of cs.system.all) {
    let at = data;
    for (const key of node.dataPath) at = at[key] ??= {};
    for (const field of node.fields) if (!field.formula) at[field.name] = value(field);
  }
  return data;
}

/** A school meeting all seven 优质均衡 requirements of its 学段 with room to spare. */
const goodSchool = (students: number, scale = 1) => ({
  R: {
    students, R1: { qualifiedTeachers: Math.ceil(students * 0.06 * scale) }, R2: { backboneTeachers: Math.ceil(students * 0.015 * scale) },
    R3: { artsPeTeachers: Math.ceil(students * 0.012 * scale) }, R4: { teachingArea: students * 6.5 * scale }, R5: { sportsArea: students * 11 * scale },
    R6: { equipmentValue: students * 3000 * scale }, R7: { multimediaRooms: Math.ceil(students * 0.03 * scale) },
  },
});

async function sourceRow(name: string, stage: string, data: Record<string, any>): Promise<SourceRow> {
  const school = compiledOf('yzjh-school');
  const ev = await evaluate(school, { data, unit: { stage } });
  const values = structuredClone(data);
  for (const [k, v] of Object.entries(ev.computed.R as Record<string, any>)) if (typeof v === 'object') Object.assign(values.R[k], v);
  return {
    unit: { code: name, name, level: 'school', attributes: { stage } }, status: 'FINALIZED', passed: ev.selfPassed, total: null, grade: null, scores: {}, values,
    results: Object.fromEntries(ev.indicatorScores.filter((s) => s.selfResult).map((s) => [s.code, s.selfResult!])),
  };
}

test('the six systems drawn from the documents are there, each source published before what derives from it', () => {
  expect(systems.map((s) => s.folder).sort()).toEqual([
    'gd-community-education-district', 'gs-lifelong-education-street', 'sz-learning-community', 'sz-learning-street', 'yzjh-county', 'yzjh-school',
  ]);
  const order = inSourceOrder(systems).map((s) => s.folder);
  expect(order.indexOf('yzjh-school')).toBeLessThan(order.indexOf('yzjh-county'));
});

describe.each(systems)('$folder', ({ folder, schema }) => {
  const result = compileSystem(schema);
  test('passes the vocabulary: a scored total of 100 or 达标 items without points, formulas compile, Chinese titles and criteria', () => {
    expect(result.ok ? [] : result.faults).toEqual([]);
    if (!result.ok) return;
    const { meta, roots, all } = result.compiled.system;
    if (meta.kind === 'standard') {
      expect(all.every((n) => n.kind === 'standard' && n.maxScore === 0)).toBe(true);
      expect((schema['x-system'] as Record<string, unknown>).grades).toBeUndefined();
    } else {
      expect(meta.totalScore).toBe(100);
      expect(roots.reduce((s, r) => s + r.maxScore, 0)).toBe(100);
    }
    for (const n of all) {
      expect(n.title).toMatch(/[\u4e00-\u9fa5]/);
      if (n.children.length === 0) expect(n.criteria).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((schema['x-system'] as { note: string }).note).toContain('示例');
  });

  test('generous sample answers are valid and meet every formula item (full marks, or 达标)', async () => {
    if (!result.ok) return;
    const cs = result.compiled;
    const data = sampleAnswers(cs, (f) => (f.type === 'boolean' ? true : f.type === 'string' ? '已按要求完成，材料齐全' : f.name.endsWith('Rate') ? 100 : 1_000_000));
    // Counts a rate divides by: the same as their counterpart, so rates are 100 %; counts that must be zero, zero.
    for (const node of cs.system.all) {
      let at: any = data;
      for (const key of node.dataPath) at = at[key];
      for (const [total, part] of [['transferTargets', 'transferTrainees'], ['skillTargets', 'skillTrainees'], ['minorsTotal', 'minorsParticipating'],
        ['communitiesTotal', 'learningCommunities'], ['teachingPoints', 'staffedTeachingPoints'], ['partyGovBodies', 'learningPartyGovBodies'],
        ['teachersTotal', 'teachersTrained'], ['eligibleTeachers', 'rotatedTeachers'], ['fullTimeTeachers', 'certifiedTeachers'],
        ['migrantChildren', 'migrantInPublic'], ['respondents', 'approving']]) {
        if (total in at) at[total] = at[part];
      }
      for (const share of ['quotaShare', 'lowestTrainingShare']) if (share in at) at[share] = 100;
      if ('rotatedBackbone' in at) at.rotatedBackbone = at.rotatedTeachers / 2;
      for (const zero of ['schoolsLacking', 'oversizedSchools', 'oversizedClasses', 'schoolDifferenceRate']) if (zero in at) at[zero] = 0;
      if ('participants' in at) at.participants = 5_000;
      if ('servedResidents' in at) at.servedResidents = 5_000;
    }
    if (folder === 'yzjh-school') Object.assign(data, goodSchool(800));
    const sources = folder === 'yzjh-county'
      ? { schools: await Promise.all([['一小', '小学', 900], ['二小', '小学', 700], ['一中', '初中', 1200], ['二中', '初中', 1000]].map(([n, s, p]) => sourceRow(n as string, s as string, goodSchool(p as number)))) }
      : undefined;
    const ev = await evaluate(cs, { data, unit: { population: 10_000, stage: '初中' }, sources });
    expect(ev.errors).toEqual([]);
    expect(validateAnswers(cs, { ...data }, 'submit')).toEqual([]);
    expect(ev.vetoed).toBe(false);
    for (const s of ev.indicatorScores) {
      if (s.kind === 'standard' && s.method === 'formula') expect([s.code, s.selfResult]).toEqual([s.code, 'met']);
      else if (s.method === 'formula' || s.method === 'checklist') expect([s.code, s.selfScore]).toEqual([s.code, s.maxScore]);
    }
  });
});

/** The evaluation when only one indicator's own fields are answered, and that indicator's line of it. */
async function judgeOne(system: string, code: string, answers: Record<string, unknown>, unit: Record<string, unknown>) {
  const cs = compiledOf(system);
  const node = cs.system.all.find((n) => n.code === code)!;
  const data: Record<string, any> = {};
  let at = data;
  for (const key of node.dataPath) at = at[key] = {};
  Object.assign(at, answers);
  const evaluation = await evaluate(cs, { data, unit });
  return { evaluation, score: evaluation.indicatorScores.find((s) => s.code === code)! };
}
const judge = async (...args: Parameters<typeof judgeOne>) => (await judgeOne(...args)).score;

describe('the documents\' thresholds', () => {
  test.each([
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
    expect((await judge(system, code, answers, { population })).selfScore).toBe(expected);
  });

  // 清城区实施方案: each requirement met or not, nothing in between, no points.
  test.each([
    ['B5', { budgetFunding: 15_000, earmarked: true, multiChannel: true }, 'met'],
    ['B5', { budgetFunding: 14_999, earmarked: true, multiChannel: true }, 'unmet'],
    ['B5', { budgetFunding: 15_000, earmarked: false, multiChannel: true }, 'unmet'],
    ['B5', { budgetFunding: 15_000, earmarked: true, multiChannel: false }, 'unmet'],
    ['C1', { servedResidents: 3_000 }, 'met'],
    ['C1', { servedResidents: 2_999 }, 'unmet'],
    ['C2', { transferTargets: 100, transferTrainees: 50 }, 'met'],
    ['C3', { skillTargets: 100, skillTrainees: 29 }, 'unmet'],
    ['C4', { hasMinorVenue: true, hasMinorStaff: true, minorsTotal: 100, minorsParticipating: 50 }, 'met'],
    ['C4', { hasMinorVenue: true, hasMinorStaff: false, minorsTotal: 100, minorsParticipating: 90 }, 'unmet'],
    ['D1', { partyGovBodies: 10, learningPartyGovBodies: 7 }, 'met'],
    ['D2', { communitiesTotal: 10, learningCommunities: 3 }, 'unmet'],
    ['D3', { awarenessRate: 70 }, 'met'],
    ['D3', { awarenessRate: 69.9 }, 'unmet'],
    ['D4', { recognitionRate: 70 }, 'met'],
    ['D4', { recognitionRate: 69.9 }, 'unmet'],
    ['D5', { satisfactionRate: 60 }, 'met'],
  ])('广东社区教育实验区 %s %j is %s', async (code, answers, expected) => {
    expect((await judge('gd-community-education-district', code, answers, { population: 10_000 })).selfResult).toBe(expected);
  });

  // 教督〔2017〕6号 第五条: the threshold of the school's 学段, and 85 % of it for 基本达标.
  test.each([
    ['小学', 'R1', { qualifiedTeachers: 42 }, 'met'], ['初中', 'R1', { qualifiedTeachers: 42 }, 'unmet'], ['初中', 'R1', { qualifiedTeachers: 53 }, 'met'],
    ['初中', 'R1', { qualifiedTeachers: 46 }, 'basic'], ['初中', 'R1', { qualifiedTeachers: 44 }, 'unmet'],
    ['小学', 'R2', { backboneTeachers: 10 }, 'met'], ['小学', 'R2', { backboneTeachers: 9 }, 'basic'],
    ['小学', 'R3', { artsPeTeachers: 9 }, 'met'], ['小学', 'R3', { artsPeTeachers: 7 }, 'unmet'],
    ['小学', 'R4', { teachingArea: 4500 }, 'met'], ['初中', 'R4', { teachingArea: 4500 }, 'unmet'], ['初中', 'R4', { teachingArea: 5800 }, 'met'],
    ['小学', 'R5', { sportsArea: 7500 }, 'met'], ['初中', 'R5', { sportsArea: 8670 }, 'basic'], ['初中', 'R5', { sportsArea: 8669 }, 'unmet'],
    ['小学', 'R6', { equipmentValue: 2_000_000 }, 'met'], ['初中', 'R6', { equipmentValue: 2_000_000 }, 'unmet'],
    ['小学', 'R7', { multimediaRooms: 23 }, 'met'], ['初中', 'R7', { multimediaRooms: 23 }, 'basic'],
  ])('优质均衡 %s %s %j with 1000 students is %s', async (stage, code, answers, expected) => {
    const cs = compiledOf('yzjh-school');
    const ev = await evaluate(cs, { data: { R: { students: 1000, [code]: answers } }, unit: { stage } });
    expect(ev.indicatorScores.find((s) => s.code === code)!.selfResult).toBe(expected);
  });

  test.each([
    ['yzjh-county', 'D1', { respondents: 2000, approving: 2880 }, '表示认可的问卷数不能多于有效问卷数，请核对'],
    ['yzjh-county', 'B9', { teachersTotal: 100, teachersTrained: 120 }, '完成培训的教师数不能多于应参训教师数，请核对'],
    ['gd-community-education-district', 'C4', { hasMinorVenue: true, hasMinorStaff: true, minorsTotal: 100, minorsParticipating: 120 }, '参与活动的未成年人数不能多于辖区未成年人数，请核对'],
  ])('%s %s: an impossible count (%j) is a fault in the system\'s own words, never a rate over 100 %% that passes', async (system, code, answers, message) => {
    const { evaluation, score } = await judgeOne(system, code, answers, { population: 10_000 });
    expect(evaluation.errors.map((e) => e.message)).toContain(message);
    expect(score.selfResult).toBeNull();
  });

  test('a school is 达标 with at least six of seven met and none below 85 %', async () => {
    const cs = compiledOf('yzjh-school');
    const resultOf = async (data: Record<string, any>) => (await evaluate(cs, { data, unit: { stage: '小学' } })).indicatorScores.find((s) => s.code === 'R')!.selfResult;
    const school = goodSchool(1000);
    expect(await resultOf(school)).toBe('met');
    school.R.R4.teachingArea = 4000; // 4.0 m² of 4.5: 基本达标 on one item
    expect(await resultOf(school)).toBe('met');
    school.R.R5.sportsArea = 7000; // a second item below the standard
    expect(await resultOf(school)).toBe('unmet');
    school.R.R5.sportsArea = 8000;
    school.R.R4.teachingArea = 3800; // one item below 85 % of its standard
    expect(await resultOf(school)).toBe('unmet');
  });
});
