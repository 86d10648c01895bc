// The builder's model: schema generation both ways, tree operations, version diffs.
import { describe, expect, test } from 'vitest';
import { compileSystem, evaluate, readSystem, validateAnswers } from '../../server/engine/index.js';
import { readBuiltInSystems } from '../../server/db/load-systems.js';
import { diffVersions } from '../../admin/src/builder/diff.js';
import { fromSchema } from '../../admin/src/builder/from-schema.js';
import { toSchema } from '../../admin/src/builder/to-schema.js';
import {
  addIndicator, childSum, duplicateCodes, duplicateIndicator, find, flatten, indent, moveBy, moveTo, outdent, proposeCode, removeIndicator, updateIndicator,
} from '../../admin/src/builder/tree.js';
import type { BuilderSystem } from '../../admin/src/builder/types.js';
import { smallSystem } from '../factories/builder.factory.js';
import { buildIndicatorSystem, buildStandardSystem } from '../factories/system.factory.js';

const strip = (s: BuilderSystem) => JSON.parse(JSON.stringify(s, (k, v) => (k === 'id' ? undefined : v)));

describe('schema generation', () => {
  test('a built system passes the vocabulary and scores with the engine', async () => {
    const { schema } = toSchema(smallSystem());
    const r = compileSystem(schema);
    expect(r.ok ? [] : r.faults).toEqual([]);
    if (!r.ok) return;
    const data = { A: { A1: { 'A1.1': { funding: 20000 }, 'A1.2': { hasPlan: true, hasReport: true, reportDate: '2022-12-01' } } }, B: { summary: '特色项目', events: [{ name: '读书会', people: 30 }] } };
    const ev = await evaluate(r.compiled, { data, unit: { population: 10000 }, selfScores: { B: 35 } });
    expect(ev.selfTotal).toBe(95);
    expect(ev.computed).toEqual({ A: { A1: { 'A1.1': { perCapita: 2 } } } });
    expect(validateAnswers(r.compiled, data, 'submit')).toEqual([]);
    // The conditional field is required only when shown.
    const missingDate = { ...data, A: { A1: { ...data.A.A1, 'A1.2': { hasPlan: true, hasReport: true } } } };
    expect(validateAnswers(r.compiled, missingDate, 'submit').map((f) => f.path)).toEqual(['/A/A1/A1.2/reportDate']);
  });

  test('field kinds become the expected JSON Schema', () => {
    const { schema, uiSchema } = toSchema(smallSystem()) as any;
    const b = schema.properties.B.properties;
    expect(b.kinds).toEqual({ title: '覆盖人群', type: 'array', items: { type: 'string', enum: ['儿童', '老年人'] }, uniqueItems: true });
    expect(b.events.items.required).toEqual(['name']);
    expect(b.rate).toMatchObject({ type: 'number', minimum: 0, maximum: 100, 'x-unit': '%' });
    expect(uiSchema.B.summary['ui:widget']).toBe('textarea');
    expect(schema.properties.A.properties.A1.properties['A1.2'].allOf[0].if).toEqual({ properties: { hasReport: { const: true } }, required: ['hasReport'] });
  });

  test('schema → model → schema gives the same schema', () => {
    const first = toSchema(smallSystem());
    const again = toSchema(fromSchema(first.schema));
    expect(again.schema).toEqual(first.schema);
    expect(strip(fromSchema(first.schema))).toEqual(strip(smallSystem()));
  });

  test.each(['gd-community-education-district', 'gs-lifelong-education-street', 'sz-learning-community', 'sz-learning-street', 'yzjh-county', 'yzjh-school'])('the built-in %s can be reproduced in the builder', async (folder) => {
    const builtIn = (await readBuiltInSystems()).find((s) => s.folder === folder)!;
    const { schema } = toSchema(fromSchema(builtIn.schema));
    const original = readSystem(builtIn.schema).system!;
    const rebuilt = readSystem(schema);
    expect(rebuilt.faults).toEqual([]);
    const shape = (all: typeof original.all) => all.map((n) => [n.code, n.title, n.maxScore, n.method, n.formula, n.criteria, n.fields.map((f) => [f.name, f.type, f.formula])]);
    expect(shape(rebuilt.system!.all)).toEqual(shape(original.all));
    // In meaning, byte for byte: the same JSON whatever the order of keys.
    expect(schema).toEqual(builtIn.schema);
  });
});

describe('tree operations', () => {
  test('codes are proposed A, B…, A1, A2…, A1.1… and kept unique', () => {
    const s = smallSystem();
    expect(flatten(s.indicators).map((n) => n.code)).toEqual(['A', 'A1', 'A1.1', 'A1.2', 'B']);
    expect(proposeCode(s.indicators)).toBe('C');
    expect(proposeCode(s.indicators, s.indicators[0])).toBe('A2');
  });
  test('indent makes a node the child of its previous sibling; outdent undoes it', () => {
    const s = smallSystem();
    const b = s.indicators[1];
    const indented = indent(s.indicators, b.id);
    expect(indented.map((n) => n.code)).toEqual(['A']);
    expect(indented[0].children.map((n) => n.code)).toEqual(['A1', 'B']);
    expect(outdent(indented, b.id).map((n) => n.code)).toEqual(['A', 'B']);
  });
  test('moving among siblings, and by drag and drop, never into its own subtree', () => {
    const s = smallSystem();
    const [a, b] = s.indicators;
    expect(moveBy(s.indicators, b.id, -1).map((n) => n.code)).toEqual(['B', 'A']);
    expect(moveTo(s.indicators, a.id, a.children[0].id, 'inside')).toBe(s.indicators);
    const dropped = moveTo(s.indicators, b.id, a.children[0].children[0].id, 'after');
    expect(flatten(dropped).map((n) => n.code)).toEqual(['A', 'A1', 'A1.1', 'B', 'A1.2']);
  });
  test('duplicate copies a subtree with fresh, unique codes; delete removes it', () => {
    const s = smallSystem();
    const a1 = s.indicators[0].children[0];
    const { tree, id } = duplicateIndicator(s.indicators, a1.id);
    expect(duplicateCodes(tree).size).toBe(0);
    const copy = find(tree, id)!.node;
    expect(copy.title).toBe('经费与制度（副本）');
    expect([copy.code, ...copy.children.map((c) => c.code)]).toEqual(['A2', 'A2.1', 'A2.2']);
    expect(flatten(removeIndicator(tree, id)).map((n) => n.code)).toEqual(['A', 'A1', 'A1.1', 'A1.2', 'B']);
  });
  test('children that do not add up are flagged; duplicate codes are found', () => {
    const s = smallSystem();
    expect(childSum(s.indicators[0])).toEqual({ sum: 60, ok: true });
    const bad = updateIndicator(s.indicators, s.indicators[0].children[0].children[0].id, { maxScore: 25 });
    expect(childSum(find(bad, s.indicators[0].children[0].id)!.node)).toEqual({ sum: 55, ok: false });
    expect([...duplicateCodes(updateIndicator(s.indicators, s.indicators[1].id, { code: 'A' }))]).toEqual(['A']);
  });
});

describe('version diff', () => {
  test('names what was added, removed and changed', () => {
    const before = toSchema(smallSystem()).schema;
    const s = smallSystem();
    let tree = updateIndicator(s.indicators, s.indicators[1].id, { maxScore: 35, criteria: '新的标准' });
    tree = updateIndicator(tree, s.indicators[0].id, { maxScore: 65 });
    tree = removeIndicator(tree, s.indicators[0].children[0].children[1].id);
    tree = addIndicator(tree).tree;
    const diff = diffVersions(before, toSchema({ ...s, indicators: tree }).schema);
    expect(diff.added).toEqual([{ code: 'C', title: '新指标' }]);
    expect(diff.removed).toEqual([{ code: 'A1.2', title: '制度建设' }]);
    expect(diff.changed.map((c) => [c.code, c.changes])).toEqual([['A', ['分值：60 → 65']], ['B', ['分值：40 → 35', '评分标准已修改']]]);
  });
});

describe('达标 tables and keywords the builder does not edit', () => {
  test('a 达标 table read into the builder and generated back means the same: kinds, rules, results', async () => {
    const original = buildStandardSystem((s) => {
      s['x-system'].unitAttributes = { type: 'object', properties: { population: { type: 'integer', minimum: 1 } } };
      s['x-system'].pass = '$unmet = 0';
    });
    const again = toSchema(fromSchema(original)).schema;
    expect(again['x-system']).toEqual(original['x-system']);
    expect((again.properties as any).R['x-indicator']).toEqual({ code: 'R', kind: 'standard', aggregate: { atLeast: 2 } });
    expect((again.properties as any).R.properties.R2['x-indicator']).toEqual((original.properties as any).R.properties.R2['x-indicator']);
    const data = { R: { R1: { area: 500, students: 100 }, R2: { ratio: 20 }, R3: { books: 30 } } };
    const results = async (schema: any) => {
      const r = compileSystem(schema);
      if (!r.ok) throw new Error(JSON.stringify(r.faults));
      return (await evaluate(r.compiled, { data, selfScores: { S: 'met' } })).indicatorScores.map((s) => s.selfResult);
    };
    expect(await results(again)).toEqual(await results(original));
  });
  test('a hand-written schema keeps a text computed field and a condition the builder does not edit', () => {
    const original: any = buildIndicatorSystem({ mutate: (x: any) => {
      x.properties.A.properties.A1.properties.label = { type: 'string', readOnly: true, 'x-formula': '"经费" & $string(funding)' };
      x.properties.B.allOf = [{ if: { properties: { summary: { minLength: 10 } }, required: ['summary'] }, then: { required: ['detail'], properties: { detail: { type: 'string' } } } }];
    } });
    const again: any = toSchema(fromSchema(original)).schema;
    expect(again.properties.A.properties.A1.properties.label).toMatchObject({ type: 'string', readOnly: true, 'x-formula': '"经费" & $string(funding)' });
    expect(again.properties.B.allOf).toEqual(original.properties.B.allOf);
    expect(again.properties.B.properties.detail).toBeUndefined(); // still only under its condition
  });
  test('keywords the builder has no control for are kept verbatim, on the system and on indicators', () => {
    const schema = toSchema(smallSystem()).schema as any;
    schema['x-system'].note = '备注';
    schema['x-system'].maxTotal = 110;
    schema.properties.B['x-indicator'].bonus = true;
    schema.properties.A['x-indicator'].aggregate = 'deduct';
    schema.properties.A['x-indicator'].futureKeyword = { any: ['value'] };
    const again = toSchema(fromSchema(schema)).schema as any;
    expect(again['x-system'].note).toBe('备注');
    expect(again.properties.A['x-indicator'].futureKeyword).toEqual({ any: ['value'] });
    expect(again['x-system'].maxTotal).toBe(110);
    expect(again.properties.B['x-indicator'].bonus).toBe(true);
    expect(again.properties.A['x-indicator'].aggregate).toBe('deduct');
  });
});

test('the formula editor offers what the system declares: unit attributes, constants and sources', async () => {
  const { vocabularyOf } = await import('../../admin/src/builder/formula-vocabulary.js');
  expect(vocabularyOf({ unitAttributes: { type: 'object', properties: { stage: {} } }, constants: { cvLimit: 0.5 }, sources: { schools: { system: 'x' } } }))
    .toEqual(['$unit.name', '$unit.level', '$unit.code', '$unit.stage', '$const.cvLimit', '$sources.schools']);
  expect(vocabularyOf(undefined)).toContain('$unit.population');
});
