// `npm run schema:print`: writes the SDL to schema.graphql (a test fails when it is stale); the
// script then runs `npm run codegen`, which types the admin's documents from it.
import { writeFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema.js';

export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

if (process.argv[1]?.endsWith('print-schema.js')) {
  await writeFile('schema.graphql', await schemaSdl());
  console.log('written schema.graphql');
}
