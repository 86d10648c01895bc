// Documents too big to check in time are refused before any validation or formula runs, each
// fault at its path: long arrays (ajv's uniqueItems is quadratic), long strings, huge schemas.
import { describe, expect, test } from 'vitest';
import { compileSystem } from '../../server/engine/index.js';
import { DOCUMENT_LIMITS, escapePointer, unsafeFaults } from '../../server/engine/safety.js';
import { buildIndicatorSystem } from '../factories/system.factory.js';

describe('document limits', () => {
  test('an array past the limit is refused at its path', () => {
    const rows = Array.from({ length: DOCUMENT_LIMITS.arrayItems + 1 }, (_, i) => i);
    expect(unsafeFaults({ A: { A1: { rows } } }, '/data')).toEqual([{ path: '/data/A/A1/rows', message: expect.stringContaining('行') }]);
    expect(unsafeFaults({ rows: rows.slice(1) }, '/data')).toEqual([]);
  });
  test('a string past the limit is refused at its path', () => {
    expect(unsafeFaults({ note: 'x'.repeat(DOCUMENT_LIMITS.stringLength + 1) }, '/data')).toEqual([{ path: '/data/note', message: expect.stringContaining('字符') }]);
  });
  test('a document with too many items is refused as a whole, once', () => {
    const wide = Object.fromEntries(Array.from({ length: DOCUMENT_LIMITS.nodes }, (_, i) => [`f${i}`, i]));
    expect(unsafeFaults(wide, '/schema')).toEqual([{ path: '/schema', message: expect.stringContaining('内容过大') }]);
  });
  test('a 10,000-field schema is refused before it is compiled; a real one compiles', () => {
    const huge = buildIndicatorSystem({ mutate: (s) => {
      const leaf = (s.properties as any).A.properties.A1;
      for (let i = 0; i < 10_000; i++) leaf.properties[`extra${i}`] = { type: 'number', title: `字段${i}`, minimum: 0 };
    } });
    const refused = compileSystem(huge);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.faults[0].message).toContain('内容过大');
    expect(compileSystem(buildIndicatorSystem()).ok).toBe(true);
  });
});

describe('text that cannot be stored', () => {
  test('NUL and lone surrogates are found in values and keys, at their paths; paired surrogates and Chinese pass', async () => {
    const { badTextFaults } = await import('../../server/core/text-safety.js');
    expect(badTextFaults({ filename: 'a\u0000.png', note: '社区😀', list: ['ok', 'x\uDBFF'], ['k\uDC00']: 1 }, '').map((f) => f.path))
      .toEqual(['/filename', '/list/1', '/k\uDC00']);
    expect(badTextFaults({ note: '丹竹头社区 😀' }, '')).toEqual([]);
  });
});

test('JSON pointers escape ~ and / in keys (RFC 6901), and leave other keys as they are', () => {
  expect(escapePointer('A1')).toBe('A1');
  expect(escapePointer('a/b~c')).toBe('a~1b~0c');
  expect(escapePointer('~/')).toBe('~0~1');
  expect(unsafeFaults({ 'x/y': { '~': { __proto__: null, constructor: 1 } } }, '/data')).toEqual([
    { path: '/data/x~1y/~0/constructor', message: '不允许使用名称“constructor”，请改名' },
  ]);
});
