// Relay connections, GitHub-flavoured: edges { cursor node }, nodes, pageInfo, totalCount.
// Cursors are opaque (base64 of the row id, or of a time and the id when a page is ordered by
// time); pages are keyset, so rows added meanwhile never shift a page.
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

@ObjectType({ description: '分页信息' })
export class PageInfo {
  @Field(() => Boolean, { description: '后面是否还有；有则用 endCursor 作为下一页的 after' }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: '本页是否从某个游标之后开始' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: '本页第一条的游标' }) startCursor?: string;
  @Field(() => String, { nullable: true, description: '本页最后一条的游标：作为 after 取下一页' }) endCursor?: string;
}

export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `分页中的一条 ${name} 及其游标` })
  class Edge {
    @Field(() => String, { description: '这一条的游标（不透明，原样用作 after）' }) cursor!: string;
    @Field(() => node, { description: '这一条' }) node!: T;
  }
  @ObjectType(`${name}Connection`, { description: `${name} 的一页（keyset 分页：翻页期间新增的记录不会打乱页）` })
  class ConnectionType {
    @Field(() => [Edge], { description: '本页各条及其游标' }) edges!: Edge[];
    @Field(() => [node], { description: '本页各条（不需要游标时用它）' }) nodes!: T[];
    @Field(() => PageInfo, { description: '分页信息' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: '符合条件的总条数（不只本页）' }) totalCount!: number;
  }
  return ConnectionType;
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
export function toPage<T extends { id: number }>(rows: T[], size: number, totalCount: number, after: unknown, cursorOf = (n: T) => encodeCursor(n.id)): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((n) => ({ cursor: cursorOf(n), node: n }));
  return {
    nodes, edges, totalCount,
    pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: !!after, startCursor: edges[0]?.cursor, endCursor: edges.at(-1)?.cursor },
  };
}
