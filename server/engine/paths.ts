// Reading and writing answers at a property path, without touching prototypes.
import type { JsonObject } from './types.js';

export function getAt(doc: unknown, path: string[]): unknown {
  let node = doc;
  for (const key of path) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as JsonObject)[key];
  }
  return node;
}

/** The object at `path`, or an empty object when something else is there. */
export function objectAt(doc: unknown, path: string[]): JsonObject {
  const value = getAt(doc, path);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
}

export function setAt(doc: JsonObject, path: string[], value: unknown): void {
  let node = doc;
  for (let i = 0; i < path.length - 1; i++) {
    const next = Object.hasOwn(node, path[i]) ? node[path[i]] : undefined;
    if (!next || typeof next !== 'object' || Array.isArray(next)) put(node, path[i], {});
    node = node[path[i]] as JsonObject;
  }
  put(node, path[path.length - 1], value);
}

/**
 * An own property, whatever the key: `__proto__` assigned would set the prototype instead, so it
 * alone is defined (defining every key turned the answers' objects into slow dictionaries).
 */
function put(node: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  else node[key] = value as JsonObject[string];
}

export function deleteAt(doc: JsonObject, path: string[]): void {
  const parent = getAt(doc, path.slice(0, -1));
  if (parent && typeof parent === 'object') delete (parent as JsonObject)[path[path.length - 1]];
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** `over` laid over `base`, objects merged key by key (answers with their computed values). */
export function deepMerge(base: JsonObject, over: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(over ?? {})) {
    const b = out[key];
    out[key] = isPlainObject(value) && isPlainObject(b) ? deepMerge(b, value) : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is JsonObject {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
