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
    ['an unknown target level', (s) => { s['x-system'].targetLevel = 'village'; }, ['/x-system/targetLevel']],
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
