// GraphQL execution compiled per query (graphql-jit) instead of interpreted field by field.
// A page of 100 assessments with 100 scores each is 20,000 fields; graphql-js resolves each
// through the same generic path (argument values, completion, type checks), which was most of
// the page's time. Apollo Server still parses, validates (depth, aliases, cost) and formats
// errors; only execution is swapped, through the executor hook Apollo keeps for gateways.
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { type DocumentNode, type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Compiled queries kept per parsed document (Apollo keeps one document per query text). */
type Compiled = CompiledQuery | ExecutionResult;

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiledByDocument = new WeakMap<DocumentNode, Map<string | null, Compiled>>();
  const compiledFor = (document: DocumentNode, operationName: string | null): Compiled => {
    let byOperation = compiledByDocument.get(document);
    if (!byOperation) compiledByDocument.set(document, (byOperation = new Map()));
    let compiled = byOperation.get(operationName);
    if (!compiled) byOperation.set(operationName, (compiled = compileQuery(schema, document, operationName ?? undefined)));
    return compiled;
  };
  return {
    async load() {
      return {
        executor: async (request) => {
          // Variables are checked by graphql-js first: its faults name the variable's definition,
          // which Apollo answers as BAD_USER_INPUT with the variable's path (graphql-jit's do not).
          const variables = request.request.variables ?? {};
          if (request.operation.variableDefinitions?.length) {
            const coerced = getVariableValues(schema, request.operation.variableDefinitions, variables, { maxErrors: 50 });
            if (coerced.errors) return { errors: coerced.errors };
          }
          const compiled = compiledFor(request.document, request.operationName);
          // Not compilable (a fault in the variables' definitions, say): graphql-jit's own errors.
          const result = isCompiledQuery(compiled) ? await compiled.query(undefined, request.context, variables) : compiled;
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors are its own class with a read-only message; Apollo's plugins (armor masks
 * field suggestions) and formatError expect graphql-js errors, with the resolver's error inside.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions,
  });
}
