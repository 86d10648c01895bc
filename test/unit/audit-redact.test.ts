// What the audit trail keeps of a request: the arguments that say which record and which
// revision, secrets masked, large documents only by their size.
import { expect, test } from 'vitest';
import { redact } from '../../server/modules/audit/audit.service.js';

test('a save with a large document keeps its id and revision; the answers are summarised by size', () => {
  const data = { A: Object.fromEntries(Array.from({ length: 90 }, (_, i) => [`A${i}`, { note: '本社区已按要求完成本项工作，相关材料见佐证。' }])) };
  const detail = { args: { id: '42', data, expectedRevision: 7 } };
  const size = JSON.stringify(data).length;
  expect(size).toBeGreaterThan(2000);
  expect(redact(detail)).toEqual({ args: { id: '42', data: `[${size} bytes]`, expectedRevision: 7 } });
});

test('small arguments are kept whole, secrets masked at any depth, long text and deep nesting summarised', () => {
  expect(redact({ args: { input: { username: 'li', password: 'Secret-1', nested: { token: 't' } } } }))
    .toEqual({ args: { input: { username: 'li', password: '***', nested: { token: '***' } } } });
  const long = '长'.repeat(2001);
  expect(redact({ args: { opinion: long, note: '短' } })).toEqual({ args: { opinion: '[2001 bytes]', note: '短' } });
  expect(redact({ args: { a: { b: { c: { d: { e: 1 } } } } } })).toEqual({ args: { a: { b: { c: { d: '[7 bytes]' } } } } });
});
