// Reads an indicator system (JSON Schema + x- keywords) into an indicator tree and
// reports every way it breaks the vocabulary, each fault with its JSON pointer.
import metaSchema from '../../schemas/meta/vocabulary.schema.json' with { type: 'json' };
import { ajvFaults, createAjv } from './ajv.js';
import { type CompiledFormula, compileFormula } from './formula.js';
import { escapePointer, unsafeFaults } from './safety.js';
import type { Aggregate, Fault, FieldNode, IndicatorNode, JsonObject, ParsedSystem, ScoringMethod, SourceDeclaration, SystemKind, SystemMeta } from './types.js';

export interface ReadSystem {
  system?: ParsedSystem;
  /** Compiled formulas keyed by the JSON pointer of the formula in the schema. */
  formulas: Map<string, CompiledFormula>;
  faults: Fault[];
}

const metaAjv = createAjv();
const validateMeta = metaAjv.compile(metaSchema);
const EPSILON = 1e-9;

/** Parses and checks a system; `system` is present only when there is no fault. */
export function readSystem(schema: unknown): ReadSystem {
  const formulas = new Map<string, CompiledFormula>();
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    return { formulas, faults: [{ path: '/', message: '指标体系必须是一个 JSON 对象' }] };
  }
  const unsafe = unsafeFaults(schema);
  if (unsafe.length) return { formulas, faults: unsafe };
  if (!validateMeta(schema)) return { formulas, faults: ajvFaults(validateMeta.errors) };

  const faults: Fault[] = [];
  const ajv = createAjv();
  if (!ajv.validateSchema(schema as object)) faults.push(...ajvFaults(ajv.errors));

  const root = schema as JsonObject;
  const sys = root['x-system'] as JsonObject;
  const roots: IndicatorNode[] = [];
  const all: IndicatorNode[] = [];
  const codes = new Map<string, string>();
  const ctx: Ctx = {
    faults, formulas, codes, all, root: schema as JsonObject, unitAttributes: declaredUnitAttributes(sys, faults),
    constants: (sys.constants ?? {}) as Record<string, unknown>, sources: declaredSources(sys),
  };

  const rootProps = (root.properties ?? {}) as Record<string, JsonObject>;
  for (const [key, prop] of Object.entries(rootProps)) {
    const path = `/properties/${escapePointer(key)}`;
    if (prop['x-indicator']) roots.push(readIndicator(key, prop, path, [key], 1, undefined, ctx));
    else checkPlainField(prop, path, ctx, false);
  }
  if (roots.length === 0) faults.push({ path: '/properties', message: '还没有一级指标：请添加至少一个一级指标（在构建器的指标树中添加，或在 JSON 中写带 x-indicator 的对象属性）' });

  // 加分项 and 扣分项 stand outside the total.
  const sum = roots.filter((n) => !n.extra).reduce((s, n) => s + n.maxScore, 0);
  const totalScore = typeof sys.totalScore === 'number' ? sys.totalScore : sum;
  if (Math.abs(sum - totalScore) > EPSILON) {
    faults.push({ path: '/x-system/totalScore', message: `一级指标分值合计 ${round(sum)}，与总分 ${totalScore} 不一致，请调整分值` });
  }
  const passScore = sys.passScore as number | undefined;
  if (passScore !== undefined && passScore > totalScore) {
    faults.push({ path: '/x-system/passScore', message: `合格分 ${passScore} 不能高于总分 ${totalScore}` });
  }
  const grades = (sys.grades as SystemMeta['grades'] | undefined) ?? [];
  grades.forEach((g, i) => {
    if (i > 0 && g.min >= grades[i - 1].min) {
      faults.push({ path: `/x-system/grades/${i}/min`, message: '等级须按分数从高到低排列，请调整顺序' });
    }
  });

  const kind = systemKind(sys, all, faults);
  if (typeof sys.pass === 'string') compileChecked(sys.pass, '/x-system/pass', new Set(), ctx, PASS_VARIABLES);

  if (faults.length) return { formulas, faults };
  const meta: SystemMeta = {
    code: sys.code as string,
    constants: ctx.constants,
    sources: ctx.sources,
    title: (root.title as string) ?? (sys.code as string),
    issuer: sys.issuer as string | undefined,
    targetLevel: sys.targetLevel as SystemMeta['targetLevel'],
    kind,
    totalScore,
    maxTotal: sys.maxTotal as number | undefined,
    naScaling: sys.naScaling === 'full' ? 'full' : 'prorate',
    passScore,
    pass: sys.pass as string | undefined,
    grades,
  };
  return { system: { meta, roots, all }, formulas, faults };
}

interface Ctx {
  faults: Fault[];
  formulas: Map<string, CompiledFormula>;
  codes: Map<string, string>;
  all: IndicatorNode[];
  /** The whole schema, for checking `$root.…` paths. */
  root: JsonObject;
  /** What `$unit.<name>` may name. */
  unitAttributes: Set<string>;
  /** `x-system.constants`, read as `$const.<name>`. */
  constants: Record<string, unknown>;
  /** `x-system.sources`, read as `$sources.<name>`. */
  sources: Record<string, SourceDeclaration>;
}

function declaredSources(sys: JsonObject): Record<string, SourceDeclaration> {
  const declared = (sys.sources ?? {}) as Record<string, { system: string; level?: string; statuses?: string[] }>;
  return Object.fromEntries(Object.entries(declared).map(([name, s]) => [name, { system: s.system, level: s.level, statuses: s.statuses ?? ['FINALIZED'] }]));
}

/** Every unit has these, whatever a system declares. */
const UNIT_BUILT_INS = ['code', 'name', 'level'];
/** What a system that declares no `unitAttributes` may read of its unit, as version 1 allowed. */
const V1_UNIT_ATTRIBUTES = ['population'];

/** The unit attributes formulas may read: those `x-system.unitAttributes` declares (a JSON Schema object), or v1's. */
function declaredUnitAttributes(sys: JsonObject, faults: Fault[]): Set<string> {
  const declared = sys.unitAttributes as JsonObject | undefined;
  if (declared === undefined) return new Set([...UNIT_BUILT_INS, ...V1_UNIT_ATTRIBUTES]);
  const ajv = createAjv();
  if (!ajv.validateSchema(declared)) faults.push(...ajvFaults(ajv.errors).map((f) => ({ ...f, path: `/x-system/unitAttributes${f.path === '/' ? '' : f.path}` })));
  return new Set([...UNIT_BUILT_INS, ...Object.keys((declared.properties ?? {}) as JsonObject)]);
}

function readIndicator(
  key: string, prop: JsonObject, path: string, dataPath: string[], level: number, parentCode: string | undefined, ctx: Ctx,
): IndicatorNode {
  const x = prop['x-indicator'] as JsonObject;
  const code = x.code as string;
  const xPath = `${path}/x-indicator`;
  const seen = ctx.codes.get(code);
  if (seen) ctx.faults.push({ path: `${xPath}/code`, message: `指标编码“${code}”重复（已用于 ${seen}），请改为唯一编码` });
  else ctx.codes.set(code, xPath);

  const evidence = x.evidence as JsonObject | undefined;
  const kind = x.kind === 'standard' ? 'standard' : 'score';
  if (kind === 'standard' && typeof x.maxScore === 'number' && x.maxScore !== 0) {
    ctx.faults.push({ path: `${xPath}/maxScore`, message: '达标类指标（kind: standard）不计分，请删除分值或设为 0' });
  }
  const node: IndicatorNode = {
    code, title: (prop.title as string) ?? key, kind, maxScore: kind === 'standard' ? 0 : (x.maxScore as number), criteria: x.criteria as string | undefined,
    method: 'manual', departments: (x.departments as string[]) ?? [], dataPath, schemaPath: path, level, parentCode,
    ...(x.sameAs !== undefined ? { sameAs: typeof x.sameAs === 'string' ? [x.sameAs] : (x.sameAs as string[]) } : {}),
    veto: x.veto as IndicatorNode['veto'],
    evidence: evidence
      ? { required: evidence.required === true, minFiles: (evidence.minFiles as number) ?? (evidence.required ? 1 : 0), accept: (evidence.accept as string[]) ?? [] }
      : undefined,
    fields: [], children: [],
  };
  ctx.all.push(node);

  for (const [name, child] of Object.entries((prop.properties ?? {}) as Record<string, JsonObject>)) {
    const childPath = `${path}/properties/${escapePointer(name)}`;
    if (child['x-indicator']) node.children.push(readIndicator(name, child, childPath, [...dataPath, name], level + 1, code, ctx));
    else node.fields.push(readField(name, child, childPath, ctx));
  }

  // Fields shown only under a condition ("show when …") live in allOf[i].then: they are the
  // indicator's fields too, so formulas and checklists may name them.
  ((prop.allOf ?? []) as JsonObject[]).forEach((branch, i) => {
    const then = (branch?.then ?? {}) as JsonObject;
    for (const [name, child] of Object.entries((then.properties ?? {}) as Record<string, JsonObject>)) {
      if (child && typeof child === 'object' && !node.fields.some((f) => f.name === name)) {
        node.fields.push(readField(name, child, `${path}/allOf/${i}/then/properties/${escapePointer(name)}`, ctx));
      }
    }
  });

  const scoring = x.scoring as { method: ScoringMethod; formula?: string; items?: Record<string, number> } | undefined;
  const isGroup = node.children.length > 0;
  node.method = scoring?.method ?? (isGroup ? 'sum' : 'manual');
  if (isGroup && node.method !== 'sum') {
    ctx.faults.push({ path: `${xPath}/scoring/method`, message: '有下级指标的指标按下级分值求和（sum），请删除计分方式或删除下级指标' });
  }
  if (!isGroup && node.method === 'sum') {
    ctx.faults.push({ path: `${xPath}/scoring/method`, message: '末级指标不能用 sum 计分，请选择 manual、formula 或 checklist' });
  }
  checkStandard(node, x, xPath, ctx);
  if (x.optional === true) node.optional = true;
  if (x.aggregate === 'deduct' && isGroup && node.kind === 'score') node.scoreAggregate = 'deduct';
  if (x.bonus === true && x.penalty === true) ctx.faults.push({ path: `${xPath}/penalty`, message: '一个指标不能既是加分项又是扣分项，请只保留一个' });
  else if (x.bonus === true || x.penalty === true) {
    if (level !== 1) ctx.faults.push({ path: `${xPath}/${x.bonus === true ? 'bonus' : 'penalty'}`, message: '加分项、扣分项只能是一级指标（在总分之外加减），请移到一级' });
    else node.extra = x.bonus === true ? 'bonus' : 'penalty';
  }
  // In 扣分制 the children are deductions, each up to its own maximum: they need not add up.
  if (isGroup && node.kind === 'score' && node.scoreAggregate !== 'deduct') {
    const sum = node.children.reduce((s, c) => s + c.maxScore, 0);
    if (Math.abs(sum - node.maxScore) > EPSILON) {
      ctx.faults.push({ path: `${xPath}/maxScore`, message: `下级指标分值合计 ${round(sum)}，与本指标分值 ${node.maxScore} 不一致，请调整分值` });
    }
  }
  checkComputedOrder(node, ctx);
  const known = new Set(node.fields.map((f) => f.name));
  const labels = labelsOf(node.fields);
  if (node.method === 'formula' && scoring?.formula) {
    node.formula = scoring.formula;
    compileChecked(scoring.formula, `${xPath}/scoring/formula`, known, ctx, [], labels);
  }
  if (node.method === 'checklist' && scoring?.items) {
    node.items = scoring.items;
    for (const item of Object.keys(scoring.items)) {
      const field = node.fields.find((f) => f.name === item);
      if (!field || field.type !== 'boolean') {
        ctx.faults.push({ path: `${xPath}/scoring/items/${escapePointer(item)}`, message: `检查项“${item}”必须是本指标的是/否（boolean）字段，请先添加该字段` });
      }
    }
  }
  if (node.veto) compileChecked(node.veto.formula, `${xPath}/veto/formula`, known, ctx, [], labels);
  return node;
}

interface Labels { titles: Record<string, string>; computed: string[]; numeric: string[] }

/** Field titles by name, so a message names what people see rather than a field's key; which are computed, which numbers. */
function labelsOf(fields: { name: string; title?: string; formula?: string; type?: string }[]): Labels {
  return {
    titles: Object.fromEntries(fields.map((f) => [f.name, f.title ?? f.name])),
    computed: fields.filter((f) => f.formula).map((f) => f.name),
    numeric: fields.filter((f) => f.type === 'number' || f.type === 'integer').map((f) => f.name),
  };
}

function readField(name: string, prop: JsonObject, path: string, ctx: Ctx): FieldNode {
  checkPlainField(prop, path, ctx, true);
  const field: FieldNode = {
    name, pointer: path, title: prop.title as string | undefined, type: typeof prop.type === 'string' ? prop.type : undefined,
    formula: prop['x-formula'] as string | undefined, unit: prop['x-unit'] as string | undefined,
  };
  const columns = tableColumns(prop);
  if (columns) {
    // A computed column reads its row's fields by bare name; columns run in order, each after those it reads.
    const known = new Set(Object.keys(columns));
    const labels = labelsOf(Object.entries(columns).map(([col, spec]) => ({ name: col, title: spec.title as string | undefined, formula: spec['x-formula'] as string | undefined, type: typeof spec.type === 'string' ? spec.type : undefined })));
    field.columns = [];
    for (const [col, spec] of Object.entries(columns)) {
      if (spec['x-formula'] === undefined) continue;
      const pointer = `${path}/items/properties/${escapePointer(col)}`;
      if (spec.readOnly !== true) ctx.faults.push({ path: `${pointer}/readOnly`, message: '计算列必须设为只读（readOnly: true）' });
      compileChecked(spec['x-formula'] as string, `${pointer}/x-formula`, known, ctx, [], labels);
      field.columns.push({ name: col, pointer, type: typeof spec.type === 'string' ? spec.type : undefined });
    }
  }
  return field;
}

/** The columns of a table of rows (an array of objects), if the field is one. */
function tableColumns(prop: JsonObject): Record<string, JsonObject> | undefined {
  const items = prop.items as JsonObject | undefined;
  return prop.type === 'array' && items && typeof items === 'object' && items.properties && typeof items.properties === 'object'
    ? (items.properties as Record<string, JsonObject>) : undefined;
}

/** Plain fields may nest objects, but no indicator and no formula below the indicator's own fields. */
function checkPlainField(prop: JsonObject, path: string, ctx: Ctx, formulaAllowed: boolean): void {
  if (prop['x-formula'] !== undefined) {
    if (!formulaAllowed) ctx.faults.push({ path: `${path}/x-formula`, message: '计算字段只能直接放在指标下' });
    else if (prop.readOnly !== true) ctx.faults.push({ path: `${path}/readOnly`, message: '计算字段必须设为只读（readOnly: true）' });
  }
  const nested = JSON.stringify(prop);
  // A table's own columns may be computed (per row); a formula anywhere deeper may not.
  const columns = formulaAllowed ? tableColumns(prop) : undefined;
  const deeper = columns ? JSON.stringify(Object.values(columns).map((c) => ({ ...c, 'x-formula': undefined }))) + JSON.stringify({ ...prop, items: undefined }) : nested;
  if (nested.includes('"x-indicator"')) ctx.faults.push({ path, message: '指标只能放在根或其他指标之下，不能放在普通字段里' });
  else if ((prop.properties || prop.items) && deeper.includes('"x-formula"')) {
    ctx.faults.push({ path, message: '计算字段只能直接放在指标下或作为表格的计算列，不能放在更深的嵌套字段里' });
  }
}

/** Computed fields run in document order: each may read only fields before it. */
function checkComputedOrder(node: IndicatorNode, ctx: Ctx): void {
  const known = new Set(node.fields.map((f) => f.name));
  const labels = labelsOf(node.fields);
  const computedAfter = new Set(node.fields.filter((f) => f.formula).map((f) => f.name));
  for (const field of node.fields) {
    computedAfter.delete(field.name);
    if (!field.formula) continue;
    const fPath = `${field.pointer}/x-formula`;
    const compiled = compileChecked(field.formula, fPath, known, ctx, [], labels);
    for (const name of compiled?.names ?? []) {
      if (name === field.name) ctx.faults.push({ path: fPath, message: `计算字段“${field.name}”引用了自身，形成循环` });
      else if (computedAfter.has(name)) {
        ctx.faults.push({ path: fPath, message: `计算字段“${field.name}”引用了排在其后的计算字段“${name}”，请调整字段顺序` });
      }
    }
  }
}

/** What the pass rule may read. */
const PASS_VARIABLES = ['total', 'met', 'basic', 'unmet', 'results', 'vetoed'];

/** The system's kind: as declared, or inferred from its indicators; a declared kind must fit them. */
function systemKind(sys: JsonObject, all: IndicatorNode[], faults: Fault[]): SystemKind {
  const hasStandard = all.some((n) => n.kind === 'standard');
  const hasScore = all.some((n) => n.kind === 'score');
  const declared = sys.kind as SystemKind | undefined;
  if (declared === 'score' && hasStandard) faults.push({ path: '/x-system/kind', message: '计分类体系（kind: score）不能含达标类指标，请改为 mixed 或删除达标类指标' });
  if (declared === 'standard' && hasScore) faults.push({ path: '/x-system/kind', message: '达标类体系（kind: standard）的指标都应为达标类（kind: standard），请改为 mixed 或修改指标' });
  return declared ?? (hasStandard ? (hasScore ? 'mixed' : 'standard') : 'score');
}

/** A standard (达标) indicator: a leaf judged by a person or a formula; a group combining its children by `aggregate`. */
function checkStandard(node: IndicatorNode, x: JsonObject, xPath: string, ctx: Ctx): void {
  const mixedChildren = node.children.filter((c) => c.kind !== node.kind);
  if (mixedChildren.length) {
    ctx.faults.push({
      path: `${xPath}/kind`,
      message: node.kind === 'standard'
        ? `达标类指标的下级也应都是达标类，请修改“${mixedChildren.map((c) => c.code).join('、')}”`
        : `计分指标的下级不能是达标类指标（“${mixedChildren.map((c) => c.code).join('、')}”），请把达标类指标放在达标类上级下或作为一级指标`,
    });
  }
  if (x.aggregate === 'deduct') {
    if (node.kind !== 'score' || node.children.length === 0) ctx.faults.push({ path: `${xPath}/aggregate`, message: '扣分制（deduct）只用于有下级的计分指标：下级为扣分项，请删除或改为计分指标' });
    return;
  }
  if (x.aggregate !== undefined && (node.kind !== 'standard' || node.children.length === 0)) {
    ctx.faults.push({ path: `${xPath}/aggregate`, message: 'aggregate 只用于有下级的达标类指标（或计分指标的扣分制 deduct），请删除' });
    return;
  }
  if (node.kind !== 'standard') return;
  if (node.method === 'checklist') ctx.faults.push({ path: `${xPath}/scoring/method`, message: '达标类指标不用检查项计分：请选人工认定（manual）或公式（formula，得出 true/false 或 met/basic/unmet）' });
  if (node.children.length === 0) return;
  const aggregate = (x.aggregate ?? 'all') as Aggregate;
  node.aggregate = aggregate;
  if (typeof aggregate === 'object' && 'atLeast' in aggregate && aggregate.atLeast > node.children.length) {
    ctx.faults.push({ path: `${xPath}/aggregate/atLeast`, message: `要求至少 ${aggregate.atLeast} 项达标，但只有 ${node.children.length} 个下级指标，请调整` });
  }
  if (typeof aggregate === 'object' && 'formula' in aggregate) compileChecked(aggregate.formula, `${xPath}/aggregate/formula`, new Set(), ctx, ['results']);
}

function compileChecked(
  source: string, path: string, known: Set<string>, ctx: Ctx, extraVariables: string[] = [], labels?: Labels,
): CompiledFormula | undefined {
  try {
    const compiled = compileFormula(source);
    if (labels) {
      compiled.labels = labels.titles;
      compiled.computed = labels.computed;
      compiled.numeric = labels.numeric;
    }
    for (const name of compiled.names) {
      if (!known.has(name)) ctx.faults.push({ path, message: `公式引用的字段“${name}”在本指标中不存在，请检查字段名（其他指标请用 $root，单位属性用 $unit）` });
    }
    ctx.faults.push(...identifierFaults(compiled, path, ctx, extraVariables));
    ctx.formulas.set(path, compiled);
    return compiled;
  } catch (err) {
    ctx.faults.push({ path, message: (err as Error).message });
    return undefined;
  }
}

/**
 * Identifiers a formula uses that nothing defines: a misspelt function, variable, unit
 * attribute or `$root` path would otherwise evaluate to nothing and fail only when filled in.
 */
function identifierFaults(compiled: CompiledFormula, path: string, ctx: Ctx, extraVariables: string[]): Fault[] {
  const { variables, functions, unitAttributes, rootPaths, constants, sources } = compiled.identifiers;
  const faults: Fault[] = [];
  const allowed = ['$root', '$unit', ...extraVariables.map((v) => `$${v}`)].join('、');
  for (const f of functions) faults.push({ path, message: `公式调用了不存在的函数“$${f}”，请检查拼写（可用 $sum、$round、$cv、$median 等 JSONata 函数）` });
  for (const v of variables.filter((name) => !extraVariables.includes(name))) {
    faults.push({ path, message: `公式中的“$${v}”没有定义，请检查拼写（可用 ${allowed}，或先用 := 赋值）` });
  }
  const declared = [...ctx.unitAttributes].join('、');
  for (const a of unitAttributes) {
    if (!ctx.unitAttributes.has(a)) faults.push({ path, message: `单位属性“$unit.${a}”未在 x-system.unitAttributes 中声明（可用：${declared}），请检查拼写或先声明该属性` });
  }
  for (const c of constants) {
    if (!(c in ctx.constants)) faults.push({ path, message: `常量“$const.${c}”未在 x-system.constants 中定义，请检查拼写或先定义该常量` });
  }
  for (const s of sources) {
    if (!(s in ctx.sources)) faults.push({ path, message: `数据来源“$sources.${s}”未在 x-system.sources 中声明，请检查拼写或先声明来源（指标体系编码和层级）` });
  }
  for (const steps of rootPaths) {
    const missing = missingRootStep(ctx.root, steps);
    if (missing) faults.push({ path, message: `“$root.${steps.join('.')}”中的“${missing}”在指标体系中不存在，请检查指标或字段名` });
  }
  return faults;
}

/** The first name of a `$root` path the schema does not have; checking stops at arrays and free-form objects. */
function missingRootStep(root: JsonObject, steps: string[]): string | undefined {
  let node: JsonObject | undefined = root;
  for (const step of steps) {
    if (!node || node.type === 'array' || (!node.properties && !node.allOf)) return undefined;
    const here: JsonObject = node;
    const branches: JsonObject[] = [here, ...((here.allOf ?? []) as JsonObject[]).map((b) => (b?.then ?? {}) as JsonObject)];
    const next = branches.map((b) => (b.properties as Record<string, JsonObject> | undefined)?.[step]).find((p) => p !== undefined);
    if (!next) return node.additionalProperties === false || node.properties ? step : undefined;
    node = next;
  }
  return undefined;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
