// What a query will cost, counted with its variables before it runs: every field costs 1, and a
// paged field (one with `first`) costs its page size times what each item asks for. A literal
// `first: 100` and `first: $n` cost the same, so nesting pages behind variables buys nothing.
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ASTNode, visit } from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE } from '../core/paging.js';

/** What one previewAssessment costs: it compiles a whole schema, so a request holds at most two. */
export const PREVIEW_COST = 8_000;

const pages: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE;
  return 1 + childComplexity * first;
};

/**
 * The variables a document's cost depends on: those given as a page size (`first`) or to a
 * directive (@include/@skip). Every other estimate here is a constant per field.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) => visit(node, { Variable: (v) => void names.add(v.name.value) });
  visit(document, {
    Argument: (node) => { if (node.name.value === 'first') collect(node.value); },
    Directive: (node) => { collect(node); },
  });
  return [...names];
}

/** Kept per document that needs no more than this many differently costed variable values. */
const MAX_COSTS_PER_DOCUMENT = 100;

export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  // Apollo hands the same parsed document to every request with the same text, so a cost is
  // computed once per document and page size: a save's cost was walked afresh each time (3 % of
  // the server's time for a save under load).
  const known = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let entry = known.get(document);
          if (!entry) known.set(document, (entry = { variables: costVariables(document), costs: new Map() }));
          const variables = request.variables ?? {};
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(entry.variables.map((name) => variables[name] ?? null))}`;
          let cost = entry.costs.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema, query: document, variables, operationName: request.operationName ?? undefined,
                estimators: [fieldExtensionsEstimator(), pages, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              // Variables that do not fit their types: execution refuses them, with their paths, before any resolver runs.
              return;
            }
            if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
            entry.costs.set(key, cost);
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
