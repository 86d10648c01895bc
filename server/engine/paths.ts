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
  path.slice(0, -1).forEach((key) => {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (!next || typeof next !== 'object' || Array.isArray(next)) {
      Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
    }
    node = node[key] as JsonObject;
  });
  Object.defineProperty(node, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
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
