// `npm run schema:print`: writes the SDL to schema.graphql and the admin's types to
// admin/src/api/schema.ts (a test fails when either is stale).
import { writeFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { adminTypes } from './admin-types.js';
import { getSchema } from './schema.js';

export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

export async function adminTypesSource(): Promise<string> {
  return adminTypes(lexicographicSortSchema(await getSchema()));
}

if (process.argv[1]?.endsWith('print-schema.js')) {
  await writeFile('schema.graphql', await schemaSdl());
  await writeFile('admin/src/api/schema.ts', await adminTypesSource());
  console.log('written schema.graphql and admin/src/api/schema.ts');
}
