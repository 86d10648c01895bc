// Lists read page by page: the API serves at most 100 rows a page, and a district has more
// communities than that.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from './graphql';

interface Connection<N> { nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }

/** Every row of a connection: `pick` finds the connection in each page's data. */
export async function loadAll<T, V extends { after?: string | null }, N>(
  document: TypedDocumentNode<T, V>, variables: Omit<V, 'after'>, pick: (data: T) => Connection<N> | null | undefined,
): Promise<N[]> {
  const all: N[] = [];
  for (let after: string | null = null; ;) {
    const page = pick(await request(document, { ...variables, after } as V));
    if (!page) return all;
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
    after = page.pageInfo.endCursor;
  }
}
