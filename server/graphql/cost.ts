// What a query will cost, counted with its variables before it runs: every field costs 1, and a
// paged field (one with `first`) costs its page size times what each item asks for. A literal
// `first: 100` and `first: $n` cost the same, so nesting pages behind variables buys nothing.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE } from '../core/paging.js';

/** What one previewAssessment costs: it compiles a whole schema, so a request holds at most two. */
export const PREVIEW_COST = 8_000;

const pages: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE;
  return 1 + childComplexity * first;
};

export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema, query: document, variables: request.variables ?? {}, operationName: request.operationName ?? undefined,
              estimators: [fieldExtensionsEstimator(), pages, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: execution refuses them, with their paths, before any resolver runs.
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(`查询过大：估算成本 ${cost}，上限 ${maxCost}。请减小每页条数（first）或嵌套层数，分页取数`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
