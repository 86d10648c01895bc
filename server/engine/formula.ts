// JSONata formulas for computed fields, scores and vetoes. Every evaluation runs with
// guardrails (evaluation steps, stack depth, sequence length) so an administrator's formula
// cannot block the server; a failed evaluation is a value, never an exception.
//
// The budget counts steps, not milliseconds: JSONata's own `timeout` measures wall-clock time,
// so on a busy machine (a loaded server, a phone rendering the form, other evaluations
// interleaved at every await) the same formula on the same answers "timed out" and scored 0.
// A score must depend only on the answers, never on how busy the machine was.
import jsonata from 'jsonata';
import type { JsonObject, UnitContext } from './types.js';

/**
 * `steps` bounds one formula; `totalSteps` all formulas of one assessment together (computed
 * fields, scores, vetoes), so a system of a thousand formulas cannot multiply the first bound.
 * A real system uses a few thousand steps in all.
 */
export const FORMULA_LIMITS = Object.freeze({ steps: 100_000, totalSteps: 500_000, stack: 200, sequence: 10_000 });

/**
 * What all formulas of one evaluation share: the steps they have used, and the variables every
 * one of them sees besides $root and $unit ($const, $sources). `evaluate()` makes one per assessment.
 */
export interface StepBudget {
  used: number;
  shared?: Record<string, unknown>;
}

export function newStepBudget(shared?: Record<string, unknown>): StepBudget {
  return { used: 0, shared };
}

/** JSONata calls this binding on entry to every expression node, with that evaluation's own frame. */
const EVALUATE_ENTRY = Symbol.for('jsonata.__evaluate_entry');
const STEP_LIMIT_CODE = 'STEP_LIMIT';
const TOTAL_STEP_LIMIT_CODE = 'TOTAL_STEP_LIMIT';
/** The binding that carries the shared budget into an evaluation's frame. */
const BUDGET_BINDING = 'zhibiaoStepBudget';

type EvaluationFrame = { zbSteps?: number; zbBudget?: StepBudget | null; lookup(name: string): unknown };

/** Counts one step of one evaluation: `environment.base` is the frame each `evaluate()` call makes afresh. */
function countStep(_expr: unknown, _input: unknown, environment: { base: EvaluationFrame }): void {
  const base = environment.base;
  base.zbSteps = (base.zbSteps ?? 0) + 1;
  if (base.zbSteps > FORMULA_LIMITS.steps) throw { code: STEP_LIMIT_CODE, value: FORMULA_LIMITS.steps };
  if (base.zbBudget === undefined) base.zbBudget = (base.lookup(BUDGET_BINDING) as StepBudget | undefined) ?? null;
  if (base.zbBudget && ++base.zbBudget.used > FORMULA_LIMITS.totalSteps) throw { code: TOTAL_STEP_LIMIT_CODE };
}

export interface CompiledFormula {
  source: string;
  expression: jsonata.Expression;
  /** Bare field names the formula reads from its indicator's answers. */
  names: string[];
  /** Every other identifier it uses, for checking when the system is saved. */
  identifiers: FormulaIdentifiers;
  /** The titles of the fields it reads, as people see them (for "缺少数据：…"). */
  labels?: Record<string, string>;
  /** Which of those fields are computed (x-formula): nobody types them, so a message must not ask to. */
  computed?: string[];
  /** Which of those fields are numbers: text typed into one ("7.6万") is refused before JSONata sees it. */
  numeric?: string[];
}

export interface FormulaIdentifiers {
  /** `$name` read as a value (not called), other than those the formula binds itself. */
  variables: string[];
  /** `$name(…)` called, other than those the formula binds itself. */
  functions: string[];
  /** `$unit.<name>`. */
  unitAttributes: string[];
  /** `$root.<a>.<b>…`: the leading plain names of each path. */
  rootPaths: string[][];
  /** `$const.<name>`. */
  constants: string[];
  /** `$sources.<name>`. */
  sources: string[];
}

/** JSONata's own functions (2.x) and ours; any other `$name(…)` is a mistake. */
export const FORMULA_FUNCTIONS = new Set([
  'string', 'length', 'substring', 'substringBefore', 'substringAfter', 'uppercase', 'lowercase', 'trim', 'pad', 'contains', 'split',
  'join', 'match', 'replace', 'base64encode', 'base64decode', 'encodeUrlComponent', 'encodeUrl', 'decodeUrlComponent', 'decodeUrl',
  'formatNumber', 'formatBase', 'formatInteger', 'parseInteger', 'number', 'abs', 'floor', 'ceil', 'round', 'power', 'sqrt', 'random',
  'sum', 'max', 'min', 'average', 'count', 'append', 'sort', 'reverse', 'shuffle', 'distinct', 'zip', 'keys', 'lookup', 'spread',
  'merge', 'each', 'error', 'assert', 'type', 'sift', 'boolean', 'not', 'exists', 'map', 'filter', 'single', 'reduce', 'now', 'millis',
  'fromMillis', 'toMillis', 'clone',
  'cv', 'stddev', 'median',
]);

/** Values every formula may read: `$` (the indicator's answers), the whole document, the unit, the system's constants and sources. */
const FORMULA_VARIABLES = new Set(['', 'root', 'unit', 'const', 'sources']);

export type FormulaOutcome = { ok: true; value: unknown } | { ok: false; code: string; message: string };

type AstNode = { type: string; value?: unknown; steps?: AstNode[]; [key: string]: unknown };

/** Parses a formula; throws an Error with a Chinese message when it does not compile. */
export function compileFormula(source: string): CompiledFormula {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(source, { stack: FORMULA_LIMITS.stack, sequence: FORMULA_LIMITS.sequence } as jsonata.JsonataOptions);
  } catch (err) {
    const e = err as { code?: string; message?: string; position?: number };
    throw new Error(`公式无法解析（${e.code ?? 'S0000'}，第 ${e.position ?? 0} 个字符）：${e.message ?? ''}，请检查括号、引号和运算符`);
  }
  expression.assign(EVALUATE_ENTRY as unknown as string, countStep);
  // Shadowing JSONata's own: $eval would parse regular expressions (and anything else) from data;
  // $pad's width is one step however large, so it is capped.
  expression.assign('eval', refusedEval);
  expression.assign('pad', cappedPad);
  expression.registerFunction('cv', coefficientOfVariation, '<a<n>a<n>?:n>');
  expression.registerFunction('stddev', standardDeviation, '<a<n>a<n>?:n>');
  expression.registerFunction('median', median, '<a<n>:n>');
  const ast = expression.ast() as unknown as AstNode;
  const names = new Set<string>();
  walk(ast, names, true);
  return { source, expression, names: [...names], identifiers: identifiersOf(ast) };
}

/** The identifiers of a parsed formula: variables, functions, `$unit` attributes and `$root` paths. */
function identifiersOf(ast: AstNode): FormulaIdentifiers {
  const bound = new Set<string>();
  const used = new Set<string>();
  const called = new Set<string>();
  const unit = new Set<string>();
  const constants = new Set<string>();
  const sources = new Set<string>();
  const rootPaths: string[][] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as AstNode;
    if (n.type === 'bind' && (n.lhs as AstNode | undefined)?.type === 'variable') bound.add(String((n.lhs as AstNode).value));
    if (n.type === 'lambda') for (const arg of (n.arguments as AstNode[] | undefined) ?? []) bound.add(String(arg.value));
    if (n.type === 'function' || n.type === 'partial') {
      const proc = n.procedure as AstNode | undefined;
      if (proc?.type === 'variable') called.add(String(proc.value));
      else visit(proc);
      visit(n.arguments);
      return;
    }
    if (n.type === 'variable') used.add(String(n.value));
    if (n.type === 'path' && Array.isArray(n.steps) && n.steps[0]?.type === 'variable') {
      const head = String(n.steps[0].value);
      const plain = [];
      for (const step of n.steps.slice(1)) {
        if (step.type !== 'name') break;
        plain.push(String(step.value));
      }
      if (head === 'unit' && plain.length) unit.add(plain[0]);
      if (head === 'const' && plain.length) constants.add(plain[0]);
      if (head === 'sources' && plain.length) sources.add(plain[0]);
      if (head === 'root' && plain.length) rootPaths.push(plain);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'value' && key !== 'position' && key !== 'type') visit(value);
  };
  visit(ast);
  return {
    variables: [...used].filter((v) => !bound.has(v) && !FORMULA_VARIABLES.has(v) && !FORMULA_FUNCTIONS.has(v)),
    functions: [...called].filter((f) => !bound.has(f) && !FORMULA_FUNCTIONS.has(f)),
    unitAttributes: [...unit],
    rootPaths,
    constants: [...constants],
    sources: [...sources],
  };
}

/** The mean and spread of values, optionally weighted (教督〔2017〕6号: X̄ = ΣPᵢXᵢ/P, S = √(ΣPᵢ(Xᵢ−X̄)²/P)). */
function spread(values: number[] | undefined, weights?: number[]): { mean: number; sd: number } | undefined {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const w = weights ?? values.map(() => 1);
  if (w.length !== values.length) throw { code: 'WEIGHTS_LENGTH' };
  const total = w.reduce((s, x) => s + x, 0);
  if (!(total > 0)) return undefined;
  const mean = values.reduce((s, x, i) => s + x * w[i], 0) / total;
  const variance = values.reduce((s, x, i) => s + w[i] * (x - mean) ** 2, 0) / total;
  return { mean, sd: Math.sqrt(variance) };
}

function coefficientOfVariation(values: number[] | undefined, weights?: number[]): number | undefined {
  const s = spread(values, weights);
  // A zero mean has no coefficient of variation: undefined, which the caller reports, not 0.
  return s && s.mean !== 0 ? s.sd / s.mean : undefined;
}

function standardDeviation(values: number[] | undefined, weights?: number[]): number | undefined {
  return spread(values, weights)?.sd;
}

function median(values: number[] | undefined): number | undefined {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Collects the first step of each path evaluated against the input; refuses regex literals. */
function walk(node: unknown, names: Set<string>, atInput: boolean): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, names, atInput);
    return;
  }
  const n = node as AstNode;
  if (n.type === 'regex') throw new Error('公式中不允许使用正则表达式，请改用字符串函数（如 $contains）');
  if (n.type === 'variable' && n.value === 'eval') throw new Error('公式中不允许使用 $eval，请直接写出要计算的表达式');
  if (n.type === 'lambda') return; // a lambda's body runs against other contexts
  if (n.type === 'name' && atInput) names.add(String(n.value));
  if (n.type === 'path' && Array.isArray(n.steps)) {
    n.steps.forEach((step, i) => walk(step, names, atInput && i === 0));
    return;
  }
  for (const [key, value] of Object.entries(n)) {
    if (key === 'value' || key === 'position' || key === 'type') continue;
    // Predicates and stages are evaluated against the step's items, not the input.
    const childAtInput = key === 'stages' || key === 'predicate' || key === 'group' ? false : atInput;
    walk(value, names, childAtInput);
  }
}

function refusedEval(): never {
  throw { code: 'EVAL_REFUSED' };
}

const MAX_PAD = 10_000;

/** JSONata's $pad(str, width[, char]) with |width| at most MAX_PAD. */
function cappedPad(str: unknown, width: number, char?: string): string | undefined {
  if (str === undefined) return undefined;
  if (!Number.isFinite(width) || Math.abs(width) > MAX_PAD) throw { code: 'PAD_LIMIT' };
  const text = String(str);
  const fill = char || ' ';
  const missing = Math.abs(width) - [...text].length;
  if (missing <= 0) return text;
  const padding = [...fill.repeat(Math.ceil(missing / [...fill].length))].slice(0, missing).join('');
  return width < 0 ? padding + text : text + padding;
}

/** Evaluates a compiled formula against an indicator's answers. */
export async function evaluateFormula(
  formula: CompiledFormula,
  input: JsonObject,
  root: JsonObject,
  unit: UnitContext,
  budget?: StepBudget,
  /** More variables, for rules that read more than answers ($results, $total…). */
  extra: Record<string, unknown> = {},
): Promise<FormulaOutcome> {
  // A source not linked to any campaign (a preview without a sample) is unknown, not an empty list counted as 0.
  const linked = budget?.shared?.sources as Record<string, unknown> | undefined;
  const unlinked = linked ? formula.identifiers.sources.filter((name) => !Object.hasOwn(linked, name)) : [];
  if (unlinked.length) return { ok: false, code: 'SOURCE_UNLINKED', message: `数据来源“${unlinked.join('、')}”尚未链接督导评估，无法计算；请先选择提供数据的督导评估` };
  const memo = linked && Object.keys(extra).length === 0 ? derivedMemo(formula, linked, budget?.shared?.const, unit) : undefined;
  const hit = memo?.table.get(memo.key);
  if (hit && budget) {
    // Charged as if computed again, so a result never depends on what was computed before.
    budget.used += hit.steps;
    if (budget.used > FORMULA_LIMITS.totalSteps) return { ok: false, code: TOTAL_STEP_LIMIT_CODE, message: describeError(TOTAL_STEP_LIMIT_CODE, undefined) };
  }
  if (hit) return hit.outcome;
  const before = budget?.used ?? 0;
  let outcome: FormulaOutcome;
  try {
    const value = await formula.expression.evaluate(input, { ...budget?.shared, ...extra, root, unit, [BUDGET_BINDING]: budget });
    outcome = { ok: true, value };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    outcome = { ok: false, code: e.code ?? 'D0000', message: describeError(e.code, e.message) };
  }
  // A budget already exhausted by other formulas is this evaluation's circumstance, not the formula's value.
  if (memo && (outcome.ok || outcome.code !== TOTAL_STEP_LIMIT_CODE)) memo.table.set(memo.key, { outcome, steps: (budget?.used ?? 0) - before });
  return outcome;
}

/**
 * Derived values — formulas that read only `$sources`, `$const` and `$unit`, not the answers —
 * are the same on every keystroke and save while those stay the same objects: a county's 14
 * 校际差异系数 over 300 schools took 50 ms to recompute each time. Remembered per row list
 * read (the fill page keeps one; the server reuses one while the source rows are unchanged)
 * and per constants object, by formula and unit.
 */
type Remembered = Map<string, { outcome: FormulaOutcome; steps: number }>;
type MemoLevel = WeakMap<object, MemoLevel | Remembered>;
const DERIVED: MemoLevel = new WeakMap();
const NO_CONSTANTS = {};

function derivedMemo(formula: CompiledFormula, sources: Record<string, unknown>, constants: unknown, unit: UnitContext) {
  const { identifiers } = formula;
  // Anything that could read the answers — a field name, $root, or the context itself ($, $$) — is never remembered.
  if (identifiers.sources.length === 0 || formula.names.length > 0 || identifiers.rootPaths.length > 0 || /\$root|\$(?![A-Za-z_])/.test(formula.source)) return undefined;
  // Keyed by the very row lists the formula reads (the record around them is new on every save) and the constants.
  const keys = [...[...identifiers.sources].sort().map((name) => sources[name]), constants && typeof constants === 'object' ? constants : NO_CONSTANTS];
  if (keys.some((k) => !k || typeof k !== 'object')) return undefined;
  let level: MemoLevel = DERIVED;
  for (const [i, k] of keys.entries()) {
    let next = level.get(k as object);
    if (!next) {
      next = i === keys.length - 1 ? (new Map() as Remembered) : (new WeakMap() as MemoLevel);
      level.set(k as object, next);
    }
    if (i === keys.length - 1) return { table: next as Remembered, key: `${formula.source}\u0000${JSON.stringify(unit)}` };
    level = next as MemoLevel;
  }
  return undefined;
}

/** What is missing, in the words of the form: what to fill in, and which computed values wait on it. */
function missingMessage(formula: CompiledFormula, missing: string[]): string {
  const label = (name: string) => formula.labels?.[name] ?? name;
  const typed = missing.filter((name) => !formula.computed?.includes(name)).map(label);
  const computed = missing.filter((name) => formula.computed?.includes(name)).map(label);
  const waiting = computed.length ? `自动计算的${computed.join('、')}尚无结果` : '';
  if (!typed.length) return `${waiting}（请先填写或修正它所依据的数据）`;
  return `缺少数据：${typed.join('、')}，请先填写${waiting ? `；${waiting}` : ''}`;
}

/**
 * JSONata compares a missing value as false rather than failing, which would score an
 * unanswered item or trigger a veto silently: a formula runs only when its fields are there.
 */
export async function evaluateWithInputs(
  formula: CompiledFormula, own: JsonObject, merged: JsonObject, unit: UnitContext, budget?: StepBudget,
): Promise<FormulaOutcome> {
  const missing = formula.names.filter((name) => own[name] === undefined || own[name] === null);
  if (missing.length) return { ok: false, code: 'MISSING', message: missingMessage(formula, missing) };
  // Not a number where one is expected: JSONata would fail in English ("The left side of the "/"
  // operator must evaluate to a number"); the answer's own fault says what to type, this says why no score.
  const notNumbers = formula.names.filter((name) => formula.numeric?.includes(name) && typeof own[name] !== 'number');
  if (notNumbers.length) {
    return { ok: false, code: 'MISSING', message: `${notNumbers.map((name) => formula.labels?.[name] ?? name).join('、')}填写的不是数字，请先改正` };
  }
  return evaluateFormula(formula, own, merged, unit, budget);
}

function describeError(code: string | undefined, message: string | undefined): string {
  switch (code) {
    case 'D1011':
      return '公式嵌套过深，已停止计算，请简化公式';
    case 'EVAL_REFUSED':
      return '公式中不允许使用 $eval，请直接写出要计算的表达式';
    case 'WEIGHTS_LENGTH':
      return '$cv / $stddev 的权重个数应与数值个数相同，请检查公式';
    case 'PAD_LIMIT':
      return `$pad 的宽度不能超过 ${MAX_PAD}，请缩小`;
    case STEP_LIMIT_CODE:
      return `公式计算步骤超过 ${FORMULA_LIMITS.steps} 步，已停止计算，请简化公式或缩小数据范围`;
    case TOTAL_STEP_LIMIT_CODE:
      return `整份评估的公式合计超过 ${FORMULA_LIMITS.totalSteps} 步，其余公式已停止计算，请简化指标体系中的公式`;
    case 'D3141': // $assert(condition, message): the system's own check, in its own words
    case 'D3137': // $error(message)
      return message ?? '数据不符合指标体系的要求，请核对';
    case 'D2014':
    case 'D2015':
      return '公式生成的序列过长，已停止计算，请缩小范围';
    default:
      return `公式计算出错（${code ?? '未知'}）：${message ?? ''}`;
  }
}

/** A number a score may use: finite. Division by zero gives Infinity in JSONata, a missing field undefined. */
export function asFiniteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function describeNonNumber(value: unknown): string {
  if (value === undefined) return '公式结果为空：缺少所需数据，请先填写相关字段';
  if (typeof value === 'number') return '公式结果不是有限数（可能除以零），请检查分母是否为 0';
  return `公式结果应为数字，实际为 ${JSON.stringify(value)?.slice(0, 40)}`;
}
