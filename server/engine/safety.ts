// An administrator's schema is untrusted input: refuse names that reach prototypes,
// ajv's $data references, and regular expressions that could backtrack.
import { checkPattern } from './ajv.js';
import type { Fault } from './types.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/** Every unsafe spot in a schema-like document, with its JSON pointer. */
export function unsafeFaults(doc: unknown, base = ''): Fault[] {
  const faults: Fault[] = [];
  visit(doc, base, 0, faults);
  return faults;
}

function visit(node: unknown, path: string, depth: number, faults: Fault[]): void {
  if (depth > MAX_DEPTH) {
    faults.push({ path, message: `嵌套超过 ${MAX_DEPTH} 层，请减少层级` });
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => visit(item, `${path}/${i}`, depth + 1, faults));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const key of Object.keys(node)) {
    const here = `${path}/${escapePointer(key)}`;
    const value = (node as Record<string, unknown>)[key];
    if (FORBIDDEN_KEYS.has(key)) faults.push({ path: here, message: `不允许使用名称“${key}”，请改名` });
    if (key === '$data') faults.push({ path: here, message: '不允许使用 $data 引用' });
    if (key === 'pattern' && typeof value === 'string') {
      const reason = checkPattern(value);
      if (reason) faults.push({ path: here, message: reason });
    }
    if (key === 'patternProperties' && value && typeof value === 'object') {
      for (const pattern of Object.keys(value)) {
        const reason = checkPattern(pattern);
        if (reason) faults.push({ path: `${here}/${escapePointer(pattern)}`, message: reason });
      }
    }
    visit(value, here, depth + 1, faults);
  }
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
