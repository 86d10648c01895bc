// Derived values (formulas reading only $sources, $const and $unit) are remembered per sources
// object, so a county's fill page and saves do not recompute 14 CVs over 300 schools on every
// keystroke — without ever changing a result: a remembered value costs the same steps as a
// computed one, and other sources, constants or units are computed afresh.
import { expect, test } from 'vitest';
import { compileFormula, evaluateFormula, newStepBudget } from '../../server/engine/index.js';

const schools = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => ({ unit: { attributes: { stage: i % 2 ? '小学' : '初中' } }, values: { area: 4 + ((i + offset) % 5), students: 300 + i } }));
const CV = compileFormula('($s := $sources.schools[unit.attributes.stage = "小学"]; $cv($s.values.area, $s.values.students))');

test('a remembered derived value is the same value at the same step cost', async () => {
  const sources = { schools: schools(200) };
  const cold = newStepBudget({ sources, const: {} });
  const first = await evaluateFormula(CV, {}, {}, {}, cold);
  const warm = newStepBudget({ sources, const: {} });
  const second = await evaluateFormula(CV, {}, {}, {}, warm);
  expect(first.ok).toBe(true);
  expect(second).toEqual(first);
  expect(warm.used).toBe(cold.used);
  expect(cold.used).toBeGreaterThan(1000);
});

test('other source rows, constants or units are computed afresh, never served from another\'s memory', async () => {
  const a = await evaluateFormula(CV, {}, {}, {}, newStepBudget({ sources: { schools: schools(200) }, const: {} }));
  const b = await evaluateFormula(CV, {}, {}, {}, newStepBudget({ sources: { schools: schools(200, 2) }, const: {} }));
  expect(a.ok && b.ok && a.value !== b.value).toBe(true);
  const sources = { schools: schools(50) };
  const byUnit = compileFormula('$count($sources.schools[unit.attributes.stage = $unit.stage])');
  const primary = await evaluateFormula(byUnit, {}, {}, { stage: '小学' }, newStepBudget({ sources, const: {} }));
  const junior = await evaluateFormula(byUnit, {}, {}, { stage: '初中' }, newStepBudget({ sources, const: {} }));
  expect([primary, junior]).toEqual([{ ok: true, value: 25 }, { ok: true, value: 25 }]);
  const withLimit = compileFormula('$count($sources.schools[values.students < $const.limit])');
  const low = await evaluateFormula(withLimit, {}, {}, {}, newStepBudget({ sources, const: { limit: 310 } }));
  const high = await evaluateFormula(withLimit, {}, {}, {}, newStepBudget({ sources, const: { limit: 340 } }));
  expect([low, high]).toEqual([{ ok: true, value: 10 }, { ok: true, value: 40 }]);
});

test('a formula that reads the answers is never remembered, by name or through the context', async () => {
  const sources = { schools: schools(10) };
  const reads = compileFormula('$count($sources.schools) + extra');
  expect(await evaluateFormula(reads, { extra: 1 }, {}, {}, newStepBudget({ sources, const: {} }))).toEqual({ ok: true, value: 11 });
  expect(await evaluateFormula(reads, { extra: 5 }, {}, {}, newStepBudget({ sources, const: {} }))).toEqual({ ok: true, value: 15 });
  const context = compileFormula('$count($sources.schools) + $count($keys($))');
  expect(await evaluateFormula(context, { a: 1 }, {}, {}, newStepBudget({ sources, const: {} }))).toEqual({ ok: true, value: 11 });
  expect(await evaluateFormula(context, { a: 1, b: 2 }, {}, {}, newStepBudget({ sources, const: {} }))).toEqual({ ok: true, value: 12 });
});
