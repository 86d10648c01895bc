// Computed fields: each x-formula is evaluated in document order against its indicator's
// answers (with the computed values before it merged in); failures leave the field empty.
import type { CompiledSystem } from './compiled.js';
import { asFiniteNumber, describeNonNumber, evaluateWithInputs, newStepBudget, type StepBudget } from './formula.js';
import { clone, deleteAt, objectAt, setAt } from './paths.js';
import { escapePointer } from './safety.js';
import type { FormulaError, JsonObject, UnitContext } from './types.js';

export interface ComputedFields {
  /** Only the computed values, at their paths. */
  computed: JsonObject;
  /** The answers with the computed values merged in: what scores, vetoes and validation read. */
  merged: JsonObject;
  errors: FormulaError[];
}

/** Drops values a client sent for computed fields: the server computes those. */
export function stripComputed(cs: CompiledSystem, data: JsonObject): JsonObject {
  const out = clone(data);
  for (const node of cs.system.all) {
    for (const field of node.fields) if (field.formula) deleteAt(out, [...node.dataPath, field.name]);
  }
  return out;
}

export async function computeFields(
  cs: CompiledSystem, data: JsonObject, unit: UnitContext, budget: StepBudget = newStepBudget(),
): Promise<ComputedFields> {
  const merged = stripComputed(cs, data);
  const computed: JsonObject = {};
  const errors: FormulaError[] = [];
  for (const node of cs.system.all) {
    for (const field of node.fields) {
      if (!field.formula) continue;
      const formula = cs.formulas.get(`${field.pointer}/x-formula`);
      if (!formula) continue;
      const dataPointer = `/${[...node.dataPath, field.name].map(escapePointer).join('/')}`;
      const outcome = await evaluateWithInputs(formula, objectAt(merged, node.dataPath), merged, unit, budget);
      if (!outcome.ok) {
        errors.push({ path: dataPointer, indicator: node.code, code: outcome.code, message: outcome.message });
        continue;
      }
      const numeric = field.type === 'number' || field.type === 'integer';
      const value = numeric ? asFiniteNumber(outcome.value) : outcome.value;
      if (value === undefined || (numeric && field.type === 'integer' && !Number.isInteger(value))) {
        errors.push({ path: dataPointer, indicator: node.code, message: describeNonNumber(outcome.value) });
        continue;
      }
      const rounded = typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value;
      setAt(computed, [...node.dataPath, field.name], rounded);
      setAt(merged, [...node.dataPath, field.name], rounded);
    }
  }
  return { computed, merged, errors };
}
