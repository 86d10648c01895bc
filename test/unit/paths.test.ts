// Writing answers at a path: every key becomes an own property of plain objects, `__proto__`
// included, and nothing reaches a prototype.
import { expect, test } from 'vitest';
import { getAt, setAt } from '../../server/engine/paths.js';
import type { JsonObject } from '../../server/engine/types.js';

test('setAt makes the objects on the way and writes the value', () => {
  const doc: JsonObject = { A: { A1: 'text in the way' } };
  setAt(doc, ['A', 'A1', 'note'], '说明');
  setAt(doc, ['B', 'B2'], 3);
  expect(doc).toEqual({ A: { A1: { note: '说明' } }, B: { B2: 3 } });
});

test('a key named __proto__ is an own property, and no prototype changes', () => {
  const doc: JsonObject = {};
  setAt(doc, ['__proto__', 'polluted'], true);
  setAt(doc, ['A', '__proto__'], { polluted: true });
  expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
  expect(Object.getPrototypeOf(doc.A)).toBe(Object.prototype);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(getAt(doc, ['__proto__', 'polluted'])).toBe(true);
  expect(JSON.stringify(doc)).toBe('{"__proto__":{"polluted":true},"A":{"__proto__":{"polluted":true}}}');
});
