// Computed fields: each x-formula is evaluated in document order against its indicator's
// answers (with the computed values before it merged in); failures leave the field empty.
import type { CompiledSystem } from './compiled.js';
import { asFiniteNumber, describeNonNumber, evaluateWithInputs, newStepBudget, type StepBudget } from './formula.js';
import { clone, deleteAt, getAt, objectAt, setAt } from './paths.js';
import { escapePointer } from './safety.js';
import type { FieldNode, FormulaError, IndicatorNode, JsonObject, UnitContext } from './types.js';

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
    for (const field of node.fields) {
      if (field.formula) deleteAt(out, [...node.dataPath, field.name]);
      const rows = field.columns?.length ? getAt(out, [...node.dataPath, field.name]) : undefined;
      if (Array.isArray(rows)) for (const row of rows) if (row && typeof row === 'object') for (const c of field.columns!) delete (row as JsonObject)[c.name];
    }
  }
  return out;
}

/** A table's computed columns, row by row; a row value that cannot be computed is a fault at its cell. */
async function computeColumns(
  cs: CompiledSystem, node: IndicatorNode, field: FieldNode, computed: JsonObject, merged: JsonObject, unit: UnitContext, errors: FormulaError[], budget: StepBudget,
): Promise<void> {
  const rows = getAt(merged, [...node.dataPath, field.name]);
  if (!Array.isArray(rows)) return;
  const out = rows.map((row) => (row && typeof row === 'object' && !Array.isArray(row) ? { ...(row as JsonObject) } : row));
  for (const [i, row] of out.entries()) {
    if (!row || typeof row !== 'object') continue;
    for (const column of field.columns!) {
      const formula = cs.formulas.get(`${column.pointer}/x-formula`);
      if (!formula) continue;
      const cell = `/${[...node.dataPath, field.name, String(i), column.name].map(escapePointer).join('/')}`;
      const outcome = await evaluateWithInputs(formula, row as JsonObject, merged, unit, budget);
      const numeric = column.type === 'number' || column.type === 'integer';
      const value = !outcome.ok ? undefined : numeric ? asFiniteNumber(outcome.value) : outcome.value;
      if (value === undefined) {
        errors.push({ path: cell, indicator: node.code, code: outcome.ok ? undefined : outcome.code, message: outcome.ok ? describeNonNumber(outcome.value) : outcome.message });
        continue;
      }
      (row as JsonObject)[column.name] = typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value;
    }
  }
  setAt(computed, [...node.dataPath, field.name], out);
  setAt(merged, [...node.dataPath, field.name], out);
}

export async function computeFields(
  cs: CompiledSystem, data: JsonObject, unit: UnitContext, budget: StepBudget = newStepBudget(),
): Promise<ComputedFields> {
  const merged = stripComputed(cs, data);
  const computed: JsonObject = {};
  const errors: FormulaError[] = [];
  for (const node of cs.system.all) {
    // Tables first: a field's formula may add up a table's computed column.
    for (const field of node.fields) if (field.columns?.length) await computeColumns(cs, node, field, computed, merged, unit, errors, budget);
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
