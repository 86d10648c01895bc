// An administrator's schema and anyone's answers are untrusted input: refuse names that reach
// prototypes, ajv's $data references, regular expressions that could backtrack, and documents
// too big to check in time — before any validation or formula starts (ajv's uniqueItems is
// quadratic, a 10,000-field schema takes seconds to compile).
import { checkPattern } from './ajv.js';
import type { Fault } from './types.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/** Sizes past which a document is refused unread: far beyond any real indicator table or answer sheet. */
export const DOCUMENT_LIMITS = Object.freeze({ nodes: 20_000, arrayItems: 1_000, stringLength: 20_000 });

/** Every unsafe spot in a schema-like document, with its JSON pointer. */
export function unsafeFaults(doc: unknown, base = ''): Fault[] {
  const faults: Fault[] = [];
  const seen = { nodes: 0 };
  visit(doc, base, 0, faults, seen);
  if (seen.nodes > DOCUMENT_LIMITS.nodes) {
    return [{ path: base || '/', message: `内容过大（超过 ${DOCUMENT_LIMITS.nodes} 个数据项），请拆分后再提交` }];
  }
  return faults;
}

function visit(node: unknown, path: string, depth: number, faults: Fault[], seen: { nodes: number }): void {
  if (++seen.nodes > DOCUMENT_LIMITS.nodes) return;
  if (depth > MAX_DEPTH) {
    faults.push({ path, message: `嵌套超过 ${MAX_DEPTH} 层，请减少层级` });
    return;
  }
  if (typeof node === 'string' && node.length > DOCUMENT_LIMITS.stringLength) {
    faults.push({ path, message: `文字超过 ${DOCUMENT_LIMITS.stringLength} 个字符，请精简，或作为佐证材料上传` });
    return;
  }
  if (Array.isArray(node)) {
    if (node.length > DOCUMENT_LIMITS.arrayItems) {
      faults.push({ path, message: `超过 ${DOCUMENT_LIMITS.arrayItems} 行（项），请精简，或作为佐证材料上传` });
      return;
    }
    node.forEach((item, i) => visit(item, `${path}/${i}`, depth + 1, faults, seen));
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
    visit(value, here, depth + 1, faults, seen);
  }
}

export function escapePointer(key: string): string {
  // Called for every key of every document checked, and almost no key holds either character.
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}
