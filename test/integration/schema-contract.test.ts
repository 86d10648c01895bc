// The contract describes itself and never breaks: ≥ 90 % of its types, fields, arguments,
// input fields and enum values carry a description, and schema.graphql differs from the one
// before it only in ways existing clients survive (graphql-inspector's "breaking" changes —
// a removed field, a type changed, a new required argument — fail). Deprecate, never remove.
import { execFileSync } from 'node:child_process';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { expect, test } from 'vitest';
import { schemaSdl } from '../../server/graphql/print-schema.js';

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

test('at least 90 % of the schema is described', async () => {
  const schema = buildSchema(await schemaSdl());
  const missing: string[] = [];
  let total = 0;
  const count = (name: string, description?: string | null) => { total++; if (!description) missing.push(name); };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && BUILT_IN.has(type.name))) continue;
    count(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        count(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) count(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) count(`${type.name}.${value.name}`, value.description);
  }
  expect(total).toBeGreaterThan(500);
  expect({ share: 1 - missing.length / total, missing }).toMatchObject({ share: expect.toSatisfy((s: number) => s >= 0.9) });
});

/** schema.graphql before this change: the committed one while it is being changed, else the previous commit's (SCHEMA_BASE_REF overrides). */
function baseSchema(): { ref: string; sdl: string } {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let ref = process.env.SCHEMA_BASE_REF;
  if (!ref) {
    const changing = git('status', '--porcelain', '--', 'schema.graphql').trim() !== '';
    ref = changing ? 'HEAD' : 'HEAD~1';
    try { git('rev-parse', '--verify', `${ref}^{commit}`); } catch { ref = 'HEAD'; }
  }
  return { ref, sdl: git('show', `${ref}:schema.graphql`) };
}

test('schema.graphql keeps every field, argument and type clients use (no breaking change against the base)', async () => {
  const base = baseSchema();
  const changes = await diff(buildSchema(base.sdl), buildSchema(await schemaSdl()));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map((c) => `${c.path ?? ''}: ${c.message}`);
  expect({ base: base.ref, breaking }).toEqual({ base: base.ref, breaking: [] });
});

test('the check catches a removal and a new required argument', async () => {
  const before = buildSchema('type Query { campaigns: [String!]! campaign(id: ID!): String }');
  const after = buildSchema('type Query { campaign(id: ID!, year: Int!): String }');
  const levels = (await diff(before, after)).filter((c) => c.criticality.level === CriticalityLevel.Breaking).map((c) => c.type);
  expect(levels).toEqual(expect.arrayContaining(['FIELD_REMOVED', 'FIELD_ARGUMENT_ADDED']));
});
