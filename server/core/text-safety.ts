// Text PostgreSQL cannot store (NUL) or that is not Unicode at all (a lone surrogate) is refused
// at the edge with its path, before any resolver, so it can neither fail a write halfway nor
// silently drop the audit row of the request that carried it.
import type { Fault } from '../engine/types.js';
import { escapePointer } from '../engine/safety.js';

const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string (keys included) in `value` that holds a NUL or a lone surrogate, by JSON pointer under `base`. */
export function badTextFaults(value: unknown, base: string, faults: Fault[] = [], depth = 0): Fault[] {
  if (faults.length >= 20 || depth > 100) return faults;
  if (typeof value === 'string') {
    if (BAD_TEXT.test(value)) faults.push({ path: base || '/', message: '文字中含有无法保存的字符（空字符或不完整的 Unicode 字符），请删除后重试' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => badTextFaults(item, `${base}/${i}`, faults, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const path = `${base}/${escapePointer(key)}`;
      if (BAD_TEXT.test(key)) faults.push({ path, message: '名称中含有无法保存的字符（空字符或不完整的 Unicode 字符），请改名' });
      badTextFaults(item, path, faults, depth + 1);
    }
  }
  return faults;
}

/** The faults of a GraphQL request body: variables by their own paths (as errors name arguments), the query text as '/'. */
export function requestTextFaults(body: unknown): Fault[] {
  if (!body || typeof body !== 'object') return [];
  const { query, variables, operationName } = body as Record<string, unknown>;
  return [
    ...badTextFaults(query, '/'),
    ...badTextFaults(operationName, '/'),
    ...badTextFaults(variables, ''),
  ];
}
