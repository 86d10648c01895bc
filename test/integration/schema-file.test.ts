// schema.graphql is generated from the code; the contract's names are in it.
import { readFile } from 'node:fs/promises';
import { buildSchema, isEnumType, isObjectType, isScalarType } from 'graphql';
import { expect, test } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import codegenConfig from '../../admin/codegen.js';
import { schemaSdl } from '../../server/graphql/print-schema.js';

test('schema.graphql is up to date (run `npm run schema:print` after changing the API)', async () => {
  expect(await readFile('schema.graphql', 'utf8')).toBe(await schemaSdl());
});

test('the admin\'s typed documents are generated from this schema and its current documents (run `npm run codegen`)', async () => {
  const files = await generate({ ...codegenConfig, silent: true }, false) as { filename: string; content: string }[];
  expect(files.length).toBeGreaterThanOrEqual(3);
  for (const file of files) expect(await readFile(file.filename, 'utf8'), file.filename).toBe(file.content);
}, 60_000);

/** Every field of the schema as "name(arg: Type, …): Type", arguments sorted as printSchema sorts them, descriptions left out. */
function signatures(sdl: string): string {
  const schema = buildSchema(sdl);
  const lines: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    lines.push(`${isEnumType(type) ? 'enum' : isScalarType(type) ? 'scalar' : 'type'} ${type.name}`);
    if (!isObjectType(type)) continue;
    for (const f of Object.values(type.getFields())) {
      const args = [...f.args].sort((a, b) => a.name.localeCompare(b.name)).map((a) => `${a.name}: ${a.type}`).join(', ');
      lines.push(`${f.name}${args ? `(${args})` : ''}: ${f.type}`);
    }
  }
  return lines.join('\n');
}

test('the core contract keeps its names', async () => {
  const sdl = signatures(await schemaSdl());
  for (const name of [
    'me: User', 'orgUnits(', 'indicatorSystems: [IndicatorSystem!]!', 'indicatorSystem(code: String!): IndicatorSystem', 'campaigns: [Campaign!]!',
    'campaign(id: ID!): Campaign', 'assessment(id: ID!): Assessment', 'previewAssessment(', 'login(password: String!, username: String!): Session!',
    'createOrgUnit(input: CreateOrgUnitInput!): OrgUnit!', 'createUser(input: CreateUserInput!): User!', 'createIndicatorSystem(',
    'saveIndicatorSystemDraft(', 'publishIndicatorSystem(code: String!): IndicatorSystemVersion!', 'createCampaign(input: CreateCampaignInput!): Campaign!',
    'openCampaign(id: ID!): Campaign!', 'saveAssessmentDraft(', 'submitAssessment(expectedRevision: Int!, id: ID!): Assessment!', 'reviewAssessment(',
    'enum Role', 'enum ReviewStage', 'enum ReviewDecision', 'scalar JSON', 'type PageInfo', 'totalCount: Int!',
  ]) expect(sdl).toContain(name);
});
