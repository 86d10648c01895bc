// Relay connections, GitHub-flavoured: edges { cursor node }, nodes, pageInfo, totalCount — the
// GraphQL shape of core/paging.ts's pages.
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { PageInfo as Info } from '../core/paging.js';

@ObjectType({ description: '分页信息' })
export class PageInfo implements Info {
  @Field(() => Boolean, { description: '后面是否还有；有则用 endCursor 作为下一页的 after' }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: '本页是否从某个游标之后开始' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: '本页第一条的游标' }) startCursor?: string;
  @Field(() => String, { nullable: true, description: '本页最后一条的游标：作为 after 取下一页' }) endCursor?: string;
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
