// GraphQL Code Generator (client preset): every `graphql(`…`)` document in the admin gets the
// types of exactly what it selects, from schema.graphql. Run `npm run codegen` after changing a
// document or the API (`npm run schema:print` runs it too); a test fails when admin/src/gql is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/gql/**'],
  ignoreNoDocuments: true,
  // Only `graphql(`…`)` calls are documents.
  pluckConfig: { globalGqlIdentifierName: ['graphql'], gqlMagicComment: 'graphql', modules: [] },
  generates: {
    'admin/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        // JSON is the indicator system's own shape: the admin narrows it where it reads it.
        scalars: { JSON: 'unknown', DateTimeISO: 'string', ID: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
