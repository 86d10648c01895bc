// The vocabulary checks: every fault reported with its JSON pointer.
import { describe, expect, test } from 'vitest';
import { compileSystem, readSystem } from '../../server/engine/index.js';
import type { JsonObject } from '../../server/engine/types.js';
import { buildIndicatorSystem } from '../factories/system.factory.js';

const A = (s: any) => s.properties.A;
const A1 = (s: any) => s.properties.A.properties.A1;
const A2 = (s: any) => s.properties.A.properties.A2;

function faultsOf(mutate: (s: any) => void) {
  const r = compileSystem(buildIndicatorSystem({ mutate }));
  return r.ok ? [] : r.faults;
}

describe('a well-formed system', () => {
  test('compiles into a tree with levels, methods and leaves', () => {
    const r = readSystem(buildIndicatorSystem());
    expect(r.faults).toEqual([]);
    expect(r.system!.all.map((n) => [n.code, n.level, n.method])).toEqual([
      ['A', 1, 'sum'], ['A1', 2, 'formula'], ['A2', 2, 'checklist'], ['B', 1, 'manual'],
    ]);
    expect(r.system!.meta).toMatchObject({ code: 'test-system', totalScore: 20, passScore: 12 });
  });
});

describe('faults, each with its path', () => {
  const cases: [string, (s: any) => void, string[]][] = [
    ['maxima of children do not add up', (s) => { A(s)['x-indicator'].maxScore = 9; s['x-system'].totalScore = 19; }, ['/properties/A/x-indicator/maxScore']],
    ['level-1 maxima do not add up to the total', (s) => { s['x-system'].totalScore = 21; }, ['/x-system/totalScore']],
    ['duplicate codes', (s) => { s.properties.B['x-indicator'].code = 'A1'; }, ['/properties/B/x-indicator/code']],
    ['a formula that does not compile', (s) => { A1(s)['x-indicator'].scoring.formula = 'perCapita >= ('; }, ['/properties/A/properties/A1/x-indicator/scoring/formula']],
    ['a formula naming a missing field', (s) => { A1(s)['x-indicator'].scoring.formula = 'fundng > 0 ? 5 : 0'; }, ['/properties/A/properties/A1/x-indicator/scoring/formula']],
    ['a computed field reading itself', (s) => { A1(s).properties.perCapita['x-formula'] = 'perCapita + 1'; }, ['/properties/A/properties/A1/properties/perCapita/x-formula']],
    ['a computed field reading a later computed field', (s) => {
      A1(s).properties = { first: { type: 'number', readOnly: true, 'x-formula': 'second * 2' }, second: { type: 'number', readOnly: true, 'x-formula': 'funding' }, funding: { type: 'number' } };
      A1(s)['x-indicator'].scoring.formula = 'first';
      A1(s).required = [];
    }, ['/properties/A/properties/A1/properties/first/x-formula']],
    ['a computed field that is not readOnly', (s) => { delete A1(s).properties.perCapita.readOnly; }, ['/properties/A/properties/A1/properties/perCapita/readOnly']],
    ['a checklist item that is not a boolean field', (s) => { A2(s)['x-indicator'].scoring.items = { hasPlan: 3, missing: 2 }; }, ['/properties/A/properties/A2/x-indicator/scoring/items/missing']],
    ['a group scored by formula', (s) => { A(s)['x-indicator'].scoring = { method: 'formula', formula: '1' }; }, ['/properties/A/x-indicator/scoring/method']],
    ['a leaf scored by sum', (s) => { s.properties.B['x-indicator'].scoring = { method: 'sum' }; }, ['/properties/B/x-indicator/scoring/method']],
    ['a missing code', (s) => { delete s.properties.B['x-indicator'].code; }, ['/properties/B/x-indicator/code']],
    ['a negative maximum', (s) => { s.properties.B['x-indicator'].maxScore = -1; }, ['/properties/B/x-indicator/maxScore']],
    ['a formula method without a formula', (s) => { delete A1(s)['x-indicator'].scoring.formula; }, ['/properties/A/properties/A1/x-indicator/scoring/formula']],
    ['grades not from highest to lowest', (s) => { s['x-system'].grades = [{ min: 0, label: '不合格' }, { min: 18, label: '优秀' }]; }, ['/x-system/grades/1/min']],
    ['a pass score above the total', (s) => { s['x-system'].passScore = 30; }, ['/x-system/passScore']],
    ['a property named __proto__', (s) => { s.properties.B.properties = JSON.parse('{"__proto__": {"type": "string"}}'); }, ['/properties/B/properties/__proto__']],
    ['an ajv $data reference', (s) => { s.properties.B.properties.summary.maxLength = { $data: '1/x' }; }, ['/properties/B/properties/summary/maxLength/$data']],
    ['a backtracking pattern', (s) => { s.properties.B.properties.summary.pattern = '^(a)\\1$'; }, ['/properties/B/properties/summary/pattern']],
    ['a regular expression in a formula', (s) => { A1(s)['x-indicator'].scoring.formula = '$contains("a", /a/) ? 5 : 0'; }, ['/properties/A/properties/A1/x-indicator/scoring/formula']],
    ['an indicator inside a plain field', (s) => { s.properties.B.properties.extra = { type: 'object', properties: { X: { type: 'object', 'x-indicator': { code: 'X', maxScore: 0 } } } }; }, ['/properties/B/properties/extra']],
    ['an invalid JSON Schema keyword value', (s) => { s.properties.B.properties.summary.minLength = 'two'; }, ['/properties/B/properties/summary/minLength']],
    ['no x-system', (s) => { delete s['x-system']; }, ['/x-system']],
  ];
  test.each(cases)('%s', (_name, mutate, paths) => {
    const faults = faultsOf(mutate);
    expect(faults.map((f) => f.path)).toEqual(paths);
    for (const f of faults) expect(f.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('several faults are all reported at once', () => {
    const faults = faultsOf((s) => {
      A(s)['x-indicator'].maxScore = 9;
      s.properties.B['x-indicator'].code = 'A';
      A1(s)['x-indicator'].scoring.formula = '(';
    });
    expect(faults.length).toBe(4);
  });

  test('anything but an object is refused', () => {
    for (const bad of [null, 3, 'x', []]) expect(readSystem(bad).faults).toEqual([{ path: '/', message: expect.any(String) }]);
  });

  test('an unknown x- keyword is refused', () => {
    const faults = faultsOf((s) => { s.properties.B['x-weight'] = 2; });
    expect(faults.length).toBeGreaterThan(0);
  });
});

describe('safe regular expressions', () => {
  test('a catastrophic pattern runs in linear time under RE2', () => {
    const schema = buildIndicatorSystem({ mutate: (s: JsonObject) => { (s as any).properties.B.properties.summary.pattern = '^(a+)+$'; } });
    const r = compileSystem(schema);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // With a backtracking engine this call would not return within the test's time limit.
    expect(r.compiled.validateSubmit({ B: { summary: `${'a'.repeat(5000)}!` } })).toBe(false);
  });
});

describe('patterns are enforced', () => {
  test('each pattern checks its own field', () => {
    const r = compileSystem(buildIndicatorSystem({ mutate: (s: any) => {
      s.properties.B.properties.summary.pattern = '^社区';
      s.properties.B.properties.code = { type: 'string', pattern: '^[0-9]{12}$' };
    } }));
    if (!r.ok) throw new Error('expected a valid system');
    expect(r.compiled.validateDraft({ B: { summary: '社区学校', code: '440307003001' } })).toBe(true);
    expect(r.compiled.validateDraft({ B: { summary: '学校', code: '44' } })).toBe(false);
    expect(r.compiled.validateDraft.errors!.map((e) => e.instancePath).sort()).toEqual(['/B/code', '/B/summary']);
  });
});

describe('every identifier in every formula is checked when the system is saved', () => {
  const formula = (f: string) => (s: any) => { A1(s)['x-indicator'].scoring.formula = f; };
  const cases: [string, (s: any) => void, RegExp][] = [
    ['a misspelt unit attribute', formula('funding / $unit.populaton > 1 ? 5 : 0'), /\$unit\.populaton.*未在 x-system\.unitAttributes 中声明/],
    ['a function that does not exist', formula('$cvv([funding]) > 1 ? 5 : 0'), /不存在的函数“\$cvv”/],
    ['a variable nothing binds', formula('funding > $threshold ? 5 : 0'), /“\$threshold”没有定义/],
    ['a $root path to an indicator that does not exist', formula('$root.A.A9.hasPlan ? 5 : 0'), /“\$root\.A\.A9\.hasPlan”中的“A9”/],
    ['a $root path to a field that does not exist', formula('$root.A.A2.hasPlann ? 5 : 0'), /中的“hasPlann”/],
    ['a unit attribute the system\'s declaration lacks', (s) => {
      s['x-system'].unitAttributes = { type: 'object', properties: { stage: { enum: ['小学', '初中'] } } };
    }, /\$unit\.population.*可用：code、name、level、stage/],
  ];
  test.each(cases)('%s is a fault at the formula, saying what to do', (_name, mutate, message) => {
    const faults = faultsOf(mutate);
    expect(faults).toContainEqual({ path: expect.stringMatching(/\/(x-formula|scoring\/formula)$/), message: expect.stringMatching(message) });
  });
  test('what formulas may use passes: bound variables, lambda parameters, built-in and statistics functions, $root and $unit', () => {
    expect(faultsOf(formula('($t := 1.5; $f := function($x) { $x * 2 }; $cv([funding, $f(funding)]) < $t and $root.A.A2.hasPlan and $unit.name != "" ? $round(5) : 0)'))).toEqual([]);
    expect(faultsOf((s) => {
      s['x-system'].unitAttributes = { type: 'object', properties: { population: { type: 'integer', minimum: 1 }, stage: { enum: ['小学', '初中'] } } };
      A1(s)['x-indicator'].scoring.formula = '$unit.stage = "初中" and funding / $unit.population >= 1.5 ? 5 : 0';
    })).toEqual([]);
  });
  test('a declaration of unit attributes that is no JSON Schema is a fault at its path', () => {
    expect(faultsOf((s) => { s['x-system'].unitAttributes = { type: 'object', properties: { population: { type: 'integr' } } }; }).map((f) => f.path))
      .toContainEqual(expect.stringMatching(/^\/x-system\/unitAttributes/));
  });
});
