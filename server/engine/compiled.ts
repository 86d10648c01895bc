// A system compiled once: its indicator tree, formulas and the two answer validators.
// Compiling a large schema costs a hundred milliseconds, validating microseconds, so a
// published version is compiled once and kept.
import type { ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import type { CompiledFormula } from './formula.js';
import type { Fault, ParsedSystem } from './types.js';
import { readSystem } from './vocabulary.js';

export interface CompiledSystem {
  /** The schema as given: answers are checked against it for keys it does not have. */
  schema: Record<string, unknown>;
  system: ParsedSystem;
  formulas: Map<string, CompiledFormula>;
  /** Fully valid answers, as submitting needs. */
  validateSubmit: ValidateFunction;
  /** Right types and shapes, required answers may be missing, as a draft allows. */
  validateDraft: ValidateFunction;
}

export type CompileResult = { ok: true; compiled: CompiledSystem } | { ok: false; faults: Fault[] };

/** Checks and compiles a system; every fault is returned, nothing is thrown. */
export function compileSystem(schema: unknown): CompileResult {
  const read = readSystem(schema);
  if (!read.system) return { ok: false, faults: read.faults };
  const ajv = createAjv();
  try {
    const validateSubmit = ajv.compile(schema as object);
    const validateDraft = ajv.compile(withoutRequired(schema) as object);
    return { ok: true, compiled: { schema: schema as Record<string, unknown>, system: read.system, formulas: read.formulas, validateSubmit, validateDraft } };
  } catch (err) {
    return { ok: false, faults: [{ path: '/', message: `JSON Schema 无法编译：${(err as Error).message}` }] };
  }
}

/** The same schema with every `required` removed (also inside if/then), for drafts. */
export function withoutRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRequired);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'required' && Array.isArray(value)) continue;
    if (key === '$id') continue; // the draft twin must not clash with the original's id
    out[key] = key === 'properties' || key === '$defs' || typeof value === 'object' ? withoutRequired(value) : value;
  }
  return out;
}

const cache = new Map<string, CompiledSystem>();
const CACHE_LIMIT = 200;

/** Compiles once per key (a published version's id); later calls reuse the result. */
/** The compiled system cached under `key`, if it is (nothing is compiled). */
export function peekCompiled(key: string): CompiledSystem | undefined {
  return cache.get(key);
}

export function compileCached(key: string, schema: unknown): CompileResult {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return { ok: true, compiled: hit };
  }
  const result = compileSystem(schema);
  if (result.ok) {
    cache.set(key, result.compiled);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  }
  return result;
}
