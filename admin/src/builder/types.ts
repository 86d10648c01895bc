// The builder's own model of an indicator system: what an administrator edits, kept apart
// from JSON Schema so the editor speaks in indicators and fields, not keywords.
export type Method = 'sum' | 'manual' | 'formula' | 'checklist';

export type FieldKind =
  | 'number' | 'integer' | 'percent' | 'boolean' | 'choice' | 'multiChoice'
  | 'text' | 'longText' | 'date' | 'table' | 'computed' | 'raw';

export interface BuilderField {
  name: string;
  kind: FieldKind;
  title: string;
  required: boolean;
  help?: string;
  unit?: string;
  min?: number;
  max?: number;
  /** Text fields: the fewest characters a submitted answer may have (kept as written; 2 = "not just a dot"). */
  minLength?: number;
  /** Choices of a single or multiple choice. */
  options?: string[];
  /** Columns of a table of rows. */
  columns?: BuilderField[];
  /** JSONata of a computed field. */
  formula?: string;
  /** What a computed field yields when it is not a number (a text, a yes/no). */
  valueType?: 'integer' | 'string' | 'boolean';
  /** Shown (and required) only when another field of the indicator has this value. */
  showWhen?: { field: string; equals: string | number | boolean };
  /** A field the builder does not know how to edit, kept as it was. */
  raw?: Record<string, unknown>;
}

export interface BuilderIndicator {
  /** Stable id while editing; not stored. */
  id: string;
  code: string;
  title: string;
  /** score: points; standard: a 达标 result, no points. */
  kind: 'score' | 'standard';
  /** A standard group's rule: 'all' (default), { atLeast: n } or { formula }. */
  aggregate?: 'all' | 'deduct' | { atLeast: number } | { formula: string };
  /** x-indicator keywords the builder does not edit, kept exactly as they were. */
  keep?: Record<string, unknown>;
  /** Conditions (allOf branches) written by hand in a shape the builder does not edit, kept exactly as they were. */
  keepAllOf?: Record<string, unknown>[];
  maxScore: number;
  criteria: string;
  method: Method;
  formula: string;
  /** Checklist points per boolean field. */
  items: Record<string, number>;
  veto?: { formula: string; message: string };
  evidence?: { required: boolean; minFiles: number; accept: string[] };
  departments: string[];
  fields: BuilderField[];
  children: BuilderIndicator[];
}

export interface BuilderSystem {
  code: string;
  title: string;
  issuer: string;
  targetLevel: string;
  totalScore: number;
  passScore?: number;
  grades: { min: number; label: string }[];
  description?: string;
  /** x-system keywords the builder does not edit (kind, pass, unitAttributes…), kept exactly as they were. */
  keep?: Record<string, unknown>;
  indicators: BuilderIndicator[];
}

let counter = 0;
export function newId(): string {
  counter += 1;
  return `n${Date.now().toString(36)}${counter}`;
}

export function emptyIndicator(code: string, title = '新指标'): BuilderIndicator {
  return { id: newId(), code, title, kind: 'score', maxScore: 0, criteria: '', method: 'manual', formula: '', items: {}, departments: [], fields: [], children: [] };
}

export function emptySystem(code = 'new-system', title = '新指标体系'): BuilderSystem {
  return {
    code, title, issuer: '', targetLevel: 'community', totalScore: 100, passScore: 85,
    grades: [{ min: 90, label: '优秀' }, { min: 85, label: '合格' }, { min: 0, label: '不合格' }], indicators: [],
  };
}
