// The fill form is cut into one section per level-1 indicator: only the open section is
// rendered and validated, so a system with hundreds of fields stays quick while typing.
import type { Fault, IndicatorNode, JsonObject, ParsedSystem } from '../../../server/engine/index.js';

export interface Section {
  key: string;
  code: string;
  title: string;
  schema: JsonObject;
  uiSchema: JsonObject;
}

export function sectionsOf(schema: JsonObject, uiSchema: JsonObject | null | undefined, system: ParsedSystem): Section[] {
  const props = schema.properties as Record<string, JsonObject>;
  return system.roots.map((root) => ({
    key: root.dataPath[0],
    code: root.code,
    title: root.title,
    schema: withUnits(props[root.dataPath[0]]),
    uiSchema: withQuestions(props[root.dataPath[0]], ((uiSchema ?? {})[root.dataPath[0]] as JsonObject) ?? {}),
  }));
}

/**
 * Every yes/no question is drawn as 是/否 radio buttons *with its question*: rjsf hides a
 * boolean's label unless a widget is named, which left B2 (a veto) as bare 是/否.
 */
function withQuestions(node: JsonObject | undefined, ui: JsonObject): JsonObject {
  const props = node?.properties as Record<string, JsonObject> | undefined;
  const items = node?.items as JsonObject | undefined;
  if (!props && !items) return ui;
  const out: JsonObject = { ...ui };
  for (const [key, child] of Object.entries(props ?? {})) {
    const own = (ui[key] as JsonObject | undefined) ?? {};
    if (child.type === 'boolean') out[key] = own['ui:widget'] ? own : { ...own, 'ui:widget': 'radio' };
    else if (child.properties || child.items) out[key] = withQuestions(child, own);
  }
  if (items) out.items = withQuestions(items, (ui.items as JsonObject | undefined) ?? {});
  return out;
}

/** Field titles carry their unit (元/人, %, m²) and say when they are computed, as staff read them. */
function withUnits(node: JsonObject): JsonObject {
  const props = node.properties as Record<string, JsonObject> | undefined;
  if (!props) return node;
  const out: Record<string, JsonObject> = {};
  for (const [key, child] of Object.entries(props)) {
    if (child['x-indicator']) out[key] = withUnits(child);
    else {
      const unit = child['x-unit'] ? `（${child['x-unit']}）` : '';
      const computed = child['x-formula'] ? ' · 自动计算' : '';
      out[key] = unit || computed ? { ...child, title: `${child.title ?? key}${unit}${computed}` } : child;
    }
  }
  return { ...node, properties: out };
}

/** The indicator a fault belongs to: the deepest one whose data path holds the fault's path. */
export function indicatorOfFault(system: ParsedSystem, fault: Fault): IndicatorNode | undefined {
  const [kind, ...rest] = fault.path.split('/').slice(1);
  if (kind === 'selfScores' || kind === 'evidence' || kind === 'scores' || kind === 'reasons') {
    return system.all.find((n) => n.code === rest[0]);
  }
  const parts = kind === 'data' ? rest : [kind, ...rest];
  let best: IndicatorNode | undefined;
  for (const node of system.all) {
    if (node.dataPath.every((p, i) => parts[i] === p) && (!best || node.dataPath.length > best.dataPath.length)) best = node;
  }
  return best;
}

/** rjsf's error shape for the faults under one section, so each shows beside its field. */
export function errorSchemaFor(faults: Fault[], sectionKey: string): JsonObject {
  const out: JsonObject = {};
  for (const f of faults) {
    const parts = f.path.split('/').slice(1);
    const data = parts[0] === 'data' ? parts.slice(1) : parts;
    if (data[0] !== sectionKey) continue;
    let at = out;
    for (const p of data.slice(1)) at = (at[p] ??= {}) as JsonObject;
    ((at.__errors ??= []) as string[]).push(f.message);
  }
  return out;
}

/** The DOM id rjsf gives a field of a section (its id prefix is root_<section key>). */
export function fieldDomId(fault: Fault): string {
  const parts = fault.path.split('/').slice(1);
  const data = parts[0] === 'data' ? parts.slice(1) : parts;
  return `root_${data.join('_')}`;
}
