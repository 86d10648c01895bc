// Talking to the API: typed documents (admin/src/gql, generated from schema.graphql) sent by
// graphql-request, cached and re-fetched by TanStack Query. Errors become ApiError with the
// server's code and faults; an UNAUTHENTICATED answer asks the app to log in again.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type InfiniteData, QueryClient, useInfiniteQuery, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { ApiError, sessionGone } from './errors';

const client = new GraphQLClient(new URL('/graphql', window.location.origin).href, { credentials: 'same-origin' });

type Vars = Record<string, unknown>;

/** Sends one document; resolves with its typed data or rejects with an ApiError. */
export async function request<T, V extends Vars>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
  try {
    return await client.request<T, Vars>(document as TypedDocumentNode<T, Vars>, variables ?? {});
  } catch (err) {
    throw toApiError(err);
  }
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ClientError) {
    const first = err.response.errors?.[0];
    if (!first) return new ApiError('NETWORK', `服务器暂时无法响应（${err.response.status}），请稍后重试`);
    const extensions = (first.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED') sessionGone();
    return new ApiError(code, first.message, Array.isArray(extensions.faults) ? extensions.faults : [], extensions);
  }
  return new ApiError('NETWORK', '网络连接失败，请检查网络后重试；您填写的内容仍保留在本页');
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Only a lost connection is worth trying again by itself; the server's answers stand.
      retry: (count, err) => err instanceof ApiError && err.code === 'NETWORK' && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

/** The operation's name: the first part of every cache key, so a page can refresh one kind of data. */
export function operationName(document: DocumentNode): string {
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return op?.name?.value ?? 'anonymous';
}

/** A page's data: cached under the operation's name and variables. */
export function useGraphQL<T, V extends Vars>(
  document: TypedDocumentNode<T, V>, variables: V, options: Omit<UseQueryOptions<T, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<T, ApiError>({
    queryKey: [operationName(document), variables],
    queryFn: () => request(document, variables),
    ...options,
  });
}

/** After a change: every cached answer of these operations is read again. */
export function refresh(...documents: DocumentNode[]): Promise<void> {
  const names = new Set(documents.map(operationName));
  return queryClient.invalidateQueries({ predicate: (q) => names.has(q.queryKey[0] as string) });
}

interface Connection<N> { nodes: N[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }

/**
 * A list read a page at a time from a connection (first 100, then "load more"): the rows so far,
 * how many there are in all, and whether more can be loaded.
 */
export function useGraphQLPages<T, V extends Vars & { after?: string | null }, N>(
  document: TypedDocumentNode<T, V>, variables: Omit<V, 'after'>, pick: (data: T) => Connection<N> | null | undefined,
) {
  const query = useInfiniteQuery<T, ApiError, InfiniteData<T>, unknown[], string | null>({
    queryKey: [operationName(document), variables],
    queryFn: ({ pageParam }) => request(document, { ...variables, after: pageParam } as V),
    initialPageParam: null,
    getNextPageParam: (last) => {
      const page = pick(last);
      return page?.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null;
    },
  });
  const pages = query.data?.pages.map(pick) ?? [];
  return {
    ...query,
    nodes: pages.flatMap((p) => p?.nodes ?? []),
    totalCount: pages[0]?.totalCount ?? 0,
  };
}
