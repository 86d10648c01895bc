// Answers, computed fields, formulas, scores, vetoes and grades — the engine's numbers.
import { describe, expect, test } from 'vitest';
import {
  compileCached, compileSystem, evaluate, gradeFor, missingManualScores, passedFor, stripComputed, validateAnswers, validateScores,
  type CompiledSystem,
} from '../../server/engine/index.js';
import { compileFormula, evaluateFormula, FORMULA_LIMITS } from '../../server/engine/formula.js';
import { buildAnswers, buildHeavySystem, buildIndicatorSystem } from '../factories/system.factory.js';

function compiled(mutate?: (s: any) => void): CompiledSystem {
  const r = compileSystem(buildIndicatorSystem({ mutate }));
  if (!r.ok) throw new Error(JSON.stringify(r.faults));
  return r.compiled;
}
const unit = { population: 10_000, code: '440307003001', name: '丹竹头社区', level: 'community' };
const score = (ev: { indicatorScores: { code: string; selfScore: number | null }[] }, code: string) => ev.indicatorScores.find((s) => s.code === code)!.selfScore;

describe('answers: draft and submit', () => {
  const cs = compiled();
  test('a draft may miss required answers', () => {
    expect(validateAnswers(cs, { A: { A1: { funding: 1 } } }, 'draft')).toEqual([]);
  });
  test('a draft may not have a wrong type or shape', () => {
    const faults = validateAnswers(cs, { A: { A1: { funding: 'x' }, A2: [] }, B: 3 }, 'draft', '/data');
    expect(faults.map((f) => f.path).sort()).toEqual(['/data/A/A1/funding', '/data/A/A2', '/data/B']);
  });
  test('submitting needs every required answer, also of unanswered indicators', () => {
    const faults = validateAnswers(cs, { A: { A1: { funding: 1 } } }, 'submit');
    expect(faults.map((f) => f.path).sort()).toEqual(['/A/A2/hasPlan', '/A/A2/hasReport', '/B/summary']);
  });
  test('a wrong value is reported, not replaced', () => {
    expect(validateAnswers(cs, { A: 5 }, 'submit').map((f) => f.path)).toContain('/A');
  });
  test('a complete document is valid', () => {
    expect(validateAnswers(cs, buildAnswers(), 'submit')).toEqual([]);
  });
  test('values sent for computed fields are dropped', () => {
    expect(stripComputed(cs, { A: { A1: { funding: 1, perCapita: 99 } } })).toEqual({ A: { A1: { funding: 1 } } });
  });
});

describe('computed fields and formula scores', () => {
  const cs = compiled();
  test.each([
    [20_000, 2, 5], [15_000, 1.5, 5], [12_000, 1.2, 3], [5_000, 0.5, 0],
  ])('funding %d for 10,000 residents: %d per resident scores %d', async (funding, perCapita, points) => {
    const ev = await evaluate(cs, { data: buildAnswers(funding), unit });
    expect(ev.computed).toEqual({ A: { A1: { perCapita } } });
    expect(score(ev, 'A1')).toBe(points);
    expect(ev.errors).toEqual([]);
  });
  test('division by zero leaves the field empty and the indicator without a score — a fault, never a silent 0', async () => {
    const ev = await evaluate(cs, { data: buildAnswers(), unit: { population: 0 } });
    expect(ev.computed).toEqual({});
    expect(score(ev, 'A1')).toBeNull();
    expect(ev.indicatorScores.find((s) => s.code === 'A1')!.computedScore).toBeNull();
    expect(ev.errors.map((e) => [e.path, e.indicator])).toEqual([['/A/A1/perCapita', 'A1'], ['/A/A1', 'A1']]);
    // The group and the total add what is known; the fault is what stops a submission.
    expect(score(ev, 'A')).toBe(5);
  });
  test('a missing field leaves its formula without a score, and a veto that cannot be decided is a fault, not "not triggered"', async () => {
    const ev = await evaluate(cs, { data: {}, unit });
    expect(score(ev, 'A1')).toBeNull();
    expect(ev.errors.map((e) => [e.indicator, e.code])).toEqual([['A1', 'MISSING'], ['A1', 'MISSING'], ['A2', 'MISSING']]);
    expect(ev.vetoes).toEqual([{ code: 'A2', message: '未制定社区教育规划', passed: null }]);
    expect(ev.errors[2].message).toContain('否决项无法判断');
  });
  test('text typed into a number field ("2万") is not run through the formulas: no score, and a message in Chinese saying what to correct', async () => {
    const data = buildAnswers() as { A: { A1: Record<string, unknown> } };
    data.A.A1.funding = '2万';
    const ev = await evaluate(cs, { data, unit });
    expect(score(ev, 'A1')).toBeNull();
    expect(ev.computed).toEqual({});
    // The computed field says its input is not a number; the score waits on the computed field.
    expect(ev.errors.map((e) => [e.path, e.code, e.message])).toEqual([
      ['/A/A1/perCapita', 'MISSING', expect.stringMatching(/填写的不是数字，请先改正$/)],
      ['/A/A1', 'MISSING', expect.stringMatching(/^自动计算的.*尚无结果（请先填写或修正它所依据的数据）$/)],
    ]);
  });
  test('a formula result above the maximum is clamped', async () => {
    const cs2 = compiled((s) => { s.properties.A.properties.A1['x-indicator'].scoring.formula = 'funding'; });
    const ev = await evaluate(cs2, { data: buildAnswers(), unit });
    expect(score(ev, 'A1')).toBe(5);
  });
  test('a non-number result gives no score and a fault naming the value', async () => {
    const cs2 = compiled((s) => { s.properties.A.properties.A1['x-indicator'].scoring.formula = '"五分"'; });
    const ev = await evaluate(cs2, { data: buildAnswers(), unit });
    expect(score(ev, 'A1')).toBeNull();
    expect(ev.errors[0]).toMatchObject({ indicator: 'A1', message: expect.stringContaining('五分') });
  });
  test('$root reads other indicators and $unit the assessed unit', async () => {
    const cs2 = compiled((s) => { s.properties.A.properties.A1['x-indicator'].scoring.formula = '$root.A.A2.hasPlan and $unit.level = "community" ? 4 : 1'; });
    expect(score(await evaluate(cs2, { data: buildAnswers(), unit }), 'A1')).toBe(4);
  });
});

describe('formula guardrails', () => {
  test('a huge sequence is stopped', async () => {
    const outcome = await evaluateFormula(compileFormula('$sum([1..5000000])'), {}, {}, {});
    expect(outcome).toMatchObject({ ok: false });
  });
  test('runaway recursion is stopped: deep by the stack limit, endless tail calls by the step budget', async () => {
    const deep = await evaluateFormula(compileFormula('($f := function($n) { $n > 100000 ? 0 : 1 + $f($n + 1) }; $f(0))'), {}, {}, {});
    expect(deep).toMatchObject({ ok: false, code: 'D1011' });
    const endless = await evaluateFormula(compileFormula('($f := function($n) { $f($n + 1) }; $f(0))'), {}, {}, {});
    expect(endless).toMatchObject({ ok: false, code: 'STEP_LIMIT' });
  });
  test('a formula with too many steps is stopped by a step budget, the same way every time', async () => {
    // 200 × 200 inner calls: well past the budget, yet no sequence is long and no stack deep.
    const formula = compileFormula('$sum([1..200].($x := $; $sum([1..200].($ * $x))))');
    const outcomes = [await evaluateFormula(formula, {}, {}, {}), await evaluateFormula(formula, {}, {}, {})];
    for (const outcome of outcomes) expect(outcome).toMatchObject({ ok: false, code: 'STEP_LIMIT', message: expect.stringContaining('请简化公式') });
  });
  test('$eval is refused when the formula is written and if reached at run time; $pad\'s width is capped', async () => {
    expect(() => compileFormula('$eval("1 + 1")')).toThrow(/\$eval/);
    expect(() => compileFormula('($f := $eval; $f("/(a+)+$/"))')).toThrow(/\$eval/);
    expect(await evaluateFormula(compileFormula('$pad("x", 100000000)'), {}, {}, {})).toMatchObject({ ok: false, code: 'PAD_LIMIT', message: expect.stringContaining('$pad') });
    expect(await evaluateFormula(compileFormula('$pad("ab", 5, "#") & "|" & $pad("ab", -4)'), {}, {}, {})).toEqual({ ok: true, value: 'ab###|  ab' });
  });
  test('a busy machine never changes a result: the budget counts steps, not milliseconds', async () => {
    // Other work interleaved with the evaluation (a page rendering, other evaluations at every
    // await) used to exceed a 50 ms wall-clock timeout, and the formula scored 0.
    const busy = (ms: number) => { const end = Date.now() + ms; while (Date.now() < end) { /* the machine is busy */ } };
    const formula = compileFormula('$sum([1..50].($ * 2)) + funding / $unit.population');
    const evaluation = evaluateFormula(formula, { funding: 20000 }, {}, { population: 10000 });
    for (let i = 0; i < 20; i++) await Promise.resolve().then(() => busy(10));
    expect(await evaluation).toEqual({ ok: true, value: 2552 });
  });
  test('all formulas of one assessment share one budget: a thousand heavy formulas cost what a few do, the same every time', async () => {
    const { schema, answers } = buildHeavySystem(60);
    const r = compileSystem(schema);
    if (!r.ok) throw new Error(JSON.stringify(r.faults));
    const runs = [await evaluate(r.compiled, { data: answers }), await evaluate(r.compiled, { data: answers })];
    const stopped = (ev: (typeof runs)[0]) => ev.errors.filter((e) => e.message.includes(`合计超过 ${FORMULA_LIMITS.totalSteps} 步`)).map((e) => e.indicator);
    // ~27,000 steps each: the first eighteen fit in 500,000, the rest are named, not silently 0.
    expect(stopped(runs[0]).length).toBeGreaterThan(30);
    expect(stopped(runs[0])).toContain('L59');
    expect(score(runs[0], 'L0')).toBe(1);
    expect(stopped(runs[1])).toEqual(stopped(runs[0]));
    expect(runs[1].indicatorScores).toEqual(runs[0].indicatorScores);
  });
  test('names the formula reads are collected, not those of lambdas or predicates', () => {
    expect(compileFormula('a + b[c > 1].d + $root.e + $unit.population').names.sort()).toEqual(['a', 'b']);
  });
});

describe('checklists, sums, vetoes and grades', () => {
  const cs = compiled();
  test('a checklist scores the points of its true items', async () => {
    const ev = await evaluate(cs, { data: { A: { A2: { hasPlan: true, hasReport: false } } }, unit });
    expect(score(ev, 'A2')).toBe(3);
  });
  test('groups sum their children and the total sums the level-1 indicators', async () => {
    const ev = await evaluate(cs, { data: buildAnswers(), unit, selfScores: { B: 7.5 } });
    expect(score(ev, 'A')).toBe(10);
    expect(ev.selfTotal).toBe(17.5);
  });
  test('a group sum is clamped to its maximum', async () => {
    const cs2 = compiled((s) => { s.properties.A.properties.A2['x-indicator'].scoring.items = { hasPlan: 9, hasReport: 9 }; });
    const ev = await evaluate(cs2, { data: buildAnswers(), unit });
    expect(score(ev, 'A2')).toBe(5);
    expect(score(ev, 'A')).toBe(10);
  });
  test('a triggered veto is reported', async () => {
    const ev = await evaluate(cs, { data: { A: { A2: { hasPlan: false, hasReport: true } } }, unit });
    expect(ev.vetoed).toBe(true);
    expect(ev.vetoes).toEqual([{ code: 'A2', message: '未制定社区教育规划', passed: false }]);
  });
  test('a veto that cannot be told yet does not trigger', async () => {
    const ev = await evaluate(cs, { data: {}, unit });
    expect(ev.vetoed).toBe(false);
    expect(ev.vetoes[0].passed).toBeNull();
  });
  test('grades: the first whose minimum is reached; a veto gives the lowest and fails', () => {
    const meta = cs.system.meta;
    expect([gradeFor(meta, 19, false), gradeFor(meta, 18, false), gradeFor(meta, 12, false), gradeFor(meta, 5, false)]).toEqual(['优秀', '优秀', '合格', '不合格']);
    expect(gradeFor(meta, 20, true)).toBe('不合格');
    expect(passedFor(12, 12, false)).toBe(true);
    expect(passedFor(12, 20, true)).toBe(false);
  });
  test('stage scores: expert defaults to computed scores, street to self scores', async () => {
    const ev = await evaluate(cs, { data: buildAnswers(), unit, selfScores: { B: 8 }, streetScores: {}, expertScores: { B: 9 } });
    expect(ev.streetTotal).toBe(18);
    expect(ev.expertTotal).toBe(19);
    const none = await evaluate(cs, { data: buildAnswers(), unit });
    expect([none.streetTotal, none.expertTotal]).toEqual([null, null]);
  });
});

describe('scores given by people', () => {
  const cs = compiled();
  test.each([
    [{ B: 8.5 }, []],
    [{ B: 10.5 }, ['/s/B']],
    [{ B: -1 }, ['/s/B']],
    [{ B: 8.2 }, ['/s/B']],
    [{ A: 5 }, ['/s/A']],
    [{ Z: 1 }, ['/s/Z']],
    [{ B: '8' }, ['/s/B']],
  ])('%j', (scores, paths) => {
    expect(validateScores(cs, scores, '/s').map((f) => f.path)).toEqual(paths);
  });
  test('manual leaves must be scored', () => {
    expect(missingManualScores(cs, {}, '/s').map((f) => f.path)).toEqual(['/s/B']);
  });
});

describe('compiled once per version', () => {
  test('the cache returns the same compiled system for the same key', () => {
    const schema = buildIndicatorSystem();
    const first = compileCached('version:test:1', schema);
    const second = compileCached('version:test:1', schema);
    expect(first.ok && second.ok && first.compiled === second.compiled).toBe(true);
  });
});

describe('conditional fields ("show when …")', () => {
  const cs = compiled((s) => {
    const b = s.properties.B;
    b.properties.hasBrand = { type: 'boolean', title: '有品牌项目' };
    b.allOf = [{ if: { properties: { hasBrand: { const: true } }, required: ['hasBrand'] }, then: {
      properties: { brandName: { type: 'string', title: '品牌名称' }, brandLength: { type: 'number', readOnly: true, 'x-formula': '$length(brandName)' } },
      required: ['brandName'] } }];
    b['x-indicator'].veto = { formula: 'hasBrand = false or $exists(brandName)', message: '品牌项目须有名称' };
  });
  test('are the indicator\'s fields, required only when shown, enforced by the server\'s validator', () => {
    expect(cs.system.all.find((n) => n.code === 'B')!.fields.map((f) => f.name)).toEqual(['summary', 'hasBrand', 'brandName', 'brandLength']);
    const base = buildAnswers();
    expect(validateAnswers(cs, { ...base, B: { summary: '特色', hasBrand: false } }, 'submit')).toEqual([]);
    expect(validateAnswers(cs, { ...base, B: { summary: '特色', hasBrand: true } }, 'submit').map((f) => f.path)).toEqual(['/B/brandName']);
  });
  test('a conditional computed field is computed when its inputs are there', async () => {
    const ev = await evaluate(cs, { data: { ...buildAnswers(), B: { summary: '特色', hasBrand: true, brandName: '龙岗第一课' } }, unit });
    expect(ev.computed).toMatchObject({ B: { brandLength: 5 } });
  });
});

describe('statistics functions for formulas', () => {
  const run = async (f: string) => evaluateFormula(compileFormula(f), {}, {}, {});
  test('$cv and $stddev in the population form, and with weights the student-weighted form of 教督〔2017〕6号', async () => {
    // Values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population standard deviation 2.
    expect(await run('$stddev([2, 4, 4, 4, 5, 5, 7, 9])')).toEqual({ ok: true, value: 2 });
    expect(await run('$cv([2, 4, 4, 4, 5, 5, 7, 9])')).toEqual({ ok: true, value: 0.4 });
    // Weighted: X̄ = (1·10 + 3·20) / 4 = 17.5; S = √((1·56.25 + 3·6.25) / 4) = √18.75.
    const weighted = await run('$cv([10, 20], [1, 3])');
    expect(weighted.ok && (weighted.value as number)).toBeCloseTo(Math.sqrt(18.75) / 17.5, 12);
    expect(await run('$median([5, 1, 3])')).toEqual({ ok: true, value: 3 });
    expect(await run('$median([4, 1, 3, 2])')).toEqual({ ok: true, value: 2.5 });
  });
  test('no values, a zero mean or mismatched weights give no number and say why, never 0', async () => {
    expect(await run('$cv([])')).toEqual({ ok: true, value: undefined });
    expect(await run('$cv([0, 0])')).toEqual({ ok: true, value: undefined });
    expect(await run('$cv([1, 2], [1])')).toMatchObject({ ok: false, message: expect.stringContaining('权重个数') });
  });
});

describe('parents other than a plain sum', () => {
  const system = (mutate: (s: any) => void) => {
    const r = compileSystem(buildIndicatorSystem({ mutate }));
    if (!r.ok) throw new Error(JSON.stringify(r.faults));
    return r.compiled;
  };
  test('扣分制: a group scores its maximum less its deductions, never below 0; its items need not add up to it', async () => {
    const cs = system((s) => {
      s.properties.B = {
        type: 'object', title: '安全管理（扣分制）', 'x-indicator': { code: 'B', maxScore: 10, aggregate: 'deduct' },
        properties: {
          B1: { type: 'object', title: '发生安全事故', 'x-indicator': { code: 'B1', maxScore: 10 }, properties: {} },
          B2: { type: 'object', title: '台账不全', 'x-indicator': { code: 'B2', maxScore: 3 }, properties: {} },
        },
      };
    });
    expect(score(await evaluate(cs, { data: buildAnswers(), unit, selfScores: { B1: 0, B2: 2 } }), 'B')).toBe(8);
    expect(score(await evaluate(cs, { data: buildAnswers(), unit, selfScores: { B1: 10, B2: 3 } }), 'B')).toBe(0);
  });
  test('加分项 and 扣分项 stand outside the total and move it, within 0 and maxTotal', async () => {
    const cs = system((s) => {
      s['x-system'].maxTotal = 22;
      s.properties.P = { type: 'object', title: '特色加分', 'x-indicator': { code: 'P', maxScore: 5, bonus: true }, properties: {} };
      s.properties.N = { type: 'object', title: '违规扣分', 'x-indicator': { code: 'N', maxScore: 5, penalty: true }, properties: {} };
    });
    expect(cs.system.meta.totalScore).toBe(20);
    const base = { data: buildAnswers(), unit };
    expect((await evaluate(cs, { ...base, selfScores: { B: 8, P: 3, N: 2 } })).selfTotal).toBe(10 + 8 + 3 - 2);
    expect((await evaluate(cs, { ...base, selfScores: { B: 10, P: 5, N: 0 } })).selfTotal).toBe(22); // capped
  });
  test('what does not fit is refused at its path', () => {
    const faults = (mutate: (s: any) => void) => { const r = compileSystem(buildIndicatorSystem({ mutate })); return r.ok ? [] : r.faults.map((f) => f.path); };
    expect(faults((s) => { s.properties.A.properties.A1['x-indicator'].bonus = true; })).toContain('/properties/A/properties/A1/x-indicator/bonus');
    expect(faults((s) => { s.properties.B['x-indicator'].aggregate = 'deduct'; })).toContain('/properties/B/x-indicator/aggregate');
    expect(faults((s) => { s.properties.B['x-indicator'].bonus = true; s.properties.B['x-indicator'].penalty = true; })).toContain('/properties/B/x-indicator/penalty');
  });
});

describe('合理缺项: items marked not applicable', () => {
  const cs = compiled((s) => { s.properties.A.properties.A1['x-indicator'].optional = true; });
  test('leave the total, which is prorated to the full scale; nothing is computed for them, so no fault', async () => {
    const ev = await evaluate(cs, { data: { A: { A2: { hasPlan: true, hasReport: true } }, B: { summary: '特色' } }, unit, selfScores: { B: 9 }, notApplicable: { A1: '本社区无独立经费' } });
    expect(score(ev, 'A1')).toBeNull();
    expect(ev.indicatorScores.find((s) => s.code === 'A1')!.notApplicable).toBe(true);
    expect(ev.errors.filter((e) => e.indicator === 'A1')).toEqual([]);
    // 5 + 9 of the 15 points that apply, scaled to 20.
    expect(ev.selfTotal).toBe(Math.round(((5 + 9) * 20 / 15) * 100) / 100);
  });
  test('or count as full marks when the system says so; an item that is not optional cannot be marked', async () => {
    const full = compiled((s) => { s['x-system'].naScaling = 'full'; s.properties.A.properties.A1['x-indicator'].optional = true; });
    const ev = await evaluate(full, { data: { A: { A2: { hasPlan: true, hasReport: true } } }, unit, selfScores: { B: 9 }, notApplicable: { A1: '无' } });
    expect(ev.selfTotal).toBe(5 + 9 + 5);
    const plain = compiled();
    const ignored = await evaluate(plain, { data: buildAnswers(), unit, selfScores: { B: 9 }, notApplicable: { A1: '无' } });
    expect(score(ignored, 'A1')).toBe(5);
  });
});

describe('computed columns of a table', () => {
  const cs = compiled((s) => {
    const a1 = s.properties.A.properties.A1;
    a1.properties.schools = {
      type: 'array', title: '各校情况',
      items: { type: 'object', properties: {
        students: { type: 'integer', minimum: 0 }, teachers: { type: 'integer', minimum: 0 },
        ratio: { type: 'number', readOnly: true, 'x-formula': 'students / teachers' },
      } },
    };
    a1.properties.worst = { type: 'number', readOnly: true, 'x-formula': '$max(schools.ratio)' };
  });
  test('each row computes its column from its own fields; a field may read the column; a row that cannot be computed is a fault at its cell', async () => {
    const data = { A: { A1: { funding: 20_000, schools: [{ students: 380, teachers: 20 }, { students: 400, teachers: 0 }, { students: 210, teachers: 14, ratio: 99 }] } } };
    const ev = await evaluate(cs, { data: stripComputed(cs, data), unit });
    expect((ev.computed as any).A.A1.schools).toEqual([{ students: 380, teachers: 20, ratio: 19 }, { students: 400, teachers: 0 }, { students: 210, teachers: 14, ratio: 15 }]);
    expect((ev.computed as any).A.A1.worst).toBe(19);
    expect(ev.errors).toContainEqual(expect.objectContaining({ path: '/A/A1/schools/1/ratio', indicator: 'A1', message: expect.stringContaining('除以零') }));
  });
  test('a column formula naming what its row lacks is refused when the system is saved', () => {
    const r = compileSystem(buildIndicatorSystem({ mutate: (s: any) => {
      s.properties.A.properties.A1.properties.rows = { type: 'array', items: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number', readOnly: true, 'x-formula': 'a + c' } } } };
    } }));
    expect(r.ok ? [] : r.faults.map((f) => f.path)).toEqual(['/properties/A/properties/A1/properties/rows/items/properties/b/x-formula']);
  });
});
