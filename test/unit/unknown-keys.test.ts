// Answers with keys the system does not have are refused at those keys' paths (they were copied
// into every revision); a conditional field's answer is known whatever its condition.
import { describe, expect, test } from 'vitest';
import { unknownKeyFaults } from '../../server/engine/answers.js';
import { compileSystem, validateAnswers } from '../../server/engine/index.js';
import { buildIndicatorSystem } from '../factories/system.factory.js';

const schema = {
  type: 'object',
  properties: {
    A: {
      type: 'object',
      properties: {
        hasReport: { type: 'boolean' },
        rows: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, n: { type: 'number' } } } },
        extra: { type: 'object', additionalProperties: { type: 'number' } },
      },
      allOf: [{ if: { properties: { hasReport: { const: true } } }, then: { properties: { reportDate: { type: 'string' } } } }],
    },
  },
};

describe('keys the schema does not have', () => {
  test('are refused at their paths, in objects and in table rows', () => {
    expect(unknownKeyFaults(schema, { A: { hasReport: true, junk: 1, rows: [{ name: 'x', n: 1 }, { name: 'y', colour: 'red' }] }, B: {} }, '/data').map((f) => f.path))
      .toEqual(['/data/A/junk', '/data/A/rows/1/colour', '/data/B']);
  });
  test('a conditional field, open objects and known keys pass', () => {
    expect(unknownKeyFaults(schema, { A: { hasReport: false, reportDate: '2024-01-01', extra: { anything: 3 } } })).toEqual([]);
  });
  test('validation of a real system reports them with its other faults', () => {
    const compiled = compileSystem(buildIndicatorSystem());
    if (!compiled.ok) throw new Error('does not compile');
    const faults = validateAnswers(compiled.compiled, { A: { A1: { funding: 100, padding: 'x'.repeat(100) } } }, 'draft', '/data');
    expect(faults).toEqual([{ path: '/data/A/A1/padding', message: expect.stringContaining('没有“padding”') }]);
  });
});
