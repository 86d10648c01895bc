// Keyset paging shared by every list (GraphQL connections and services alike). Cursors are
// opaque: base64 of the row id, or of a time and the id when a page is ordered by time; rows
// added meanwhile never shift a page.
import { badInput } from './errors.js';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string;
  endCursor?: string;
}

export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counted only when asked for: a page that does not show the total does not pay for it. */
  totalCount: number | Promise<number>;
}

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export function encodeCursor(id: number): string {
  return Buffer.from(`c:${id}`).toString('base64url');
}

/** The id after which the page starts; a malformed cursor is bad input. */
export function decodeCursor(cursor: string | undefined | null): number {
  if (!cursor) return 0;
  const raw = Buffer.from(cursor, 'base64url').toString();
  const id = Number(raw.slice(2));
  if (!raw.startsWith('c:') || !Number.isInteger(id) || id < 0) throw badInput([{ path: '/after', message: '分页游标无效，请从第一页重新开始' }]);
  return id;
}

/** A cursor for a page ordered by a time, then id: the row's time (ms) and id. */
export function encodeTimeCursor(at: Date, id: number): string {
  return Buffer.from(`t:${at.getTime()}:${id}`).toString('base64url');
}

export function decodeTimeCursor(cursor: string | undefined | null): { at: Date; id: number } | undefined {
  if (!cursor) return undefined;
  const [kind, ms, rawId] = Buffer.from(cursor, 'base64url').toString().split(':');
  const at = new Date(Number(ms));
  const id = Number(rawId);
  if (kind !== 't' || !/^\d+$/.test(ms ?? '') || Number.isNaN(at.getTime()) || !Number.isInteger(id)) {
    throw badInput([{ path: '/after', message: '分页游标无效（或与排序方式不符），请从第一页重新开始' }]);
  }
  return { at, id };
}

export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput([{ path: '/first', message: `每页条数应在 1 到 ${MAX_PAGE} 之间` }]);
  }
  return first;
}

/** Builds a page from rows fetched with limit size + 1 (the extra row tells there is more). */
export function toPage<T extends { id: number }>(
  rows: T[], size: number, totalCount: number | (() => Promise<number>), after: unknown, cursorOf = (n: T) => encodeCursor(n.id),
): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((n) => ({ cursor: cursorOf(n), node: n }));
  let counted: Promise<number> | undefined;
  return {
    nodes, edges,
    get totalCount() {
      return typeof totalCount === 'number' ? totalCount : (counted ??= totalCount());
    },
    pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: !!after, startCursor: edges[0]?.cursor, endCursor: edges.at(-1)?.cursor },
  };
}
