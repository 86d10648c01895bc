// Org levels over GraphQL: thin, every rule lives in the service.
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { createOrgLevel, listOrgLevels } from './org-level.service.js';

@ObjectType('OrgLevel', { description: '组织层级（省、市、区、县、街道、镇、社区、村、学校、幼儿园…）' })
export class OrgLevelType {
  @Field(() => String, { description: '编码，如 school' }) code!: string;
  @Field(() => String, { description: '名称，如 学校' }) name!: string;
  @Field(() => Int, { description: '位置：1 为最高；下级单位的层级位置大于上级' }) position!: number;
}

@Resolver(() => OrgLevelType)
export class OrgLevelResolver {
  @Query(() => [OrgLevelType], { description: '所有组织层级，从高到低' })
  orgLevels(@Ctx() ctx: Context) {
    return listOrgLevels(ctx.em);
  }

  @Mutation(() => OrgLevelType, { description: '增加组织层级（仅全局管理员）' })
  createOrgLevel(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('name', () => String) name: string,
    @Arg('position', () => Int, { description: '1 为最高层级' }) position: number,
  ) {
    return createOrgLevel(ctx.em, ctx.actor, code, name, position);
  }
}
