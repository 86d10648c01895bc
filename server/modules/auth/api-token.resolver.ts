// API tokens over GraphQL: a person creates, lists and revokes their own.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { parseId } from '../org-unit/org-unit.service.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.js';
import type { ApiToken } from './api-token.entity.js';
import { ApiScopeValue, ApiTokenType, CreatedApiTokenType } from './api-token.types.js';
import { User } from './user.entity.js';

@Resolver(() => ApiTokenType)
export class ApiTokenResolver {
  @FieldResolver(() => String)
  async username(@Root() token: ApiToken, @Ctx() ctx: Context) {
    return token.user.username ?? (await ctx.em.findOneOrFail(User, { id: token.user.id })).username;
  }

  @FieldResolver(() => [ApiScopeValue], { description: '权限' })
  access(@Root() token: ApiToken): string[] {
    return token.scopes;
  }

  @Query(() => [ApiTokenType], { description: '我创建的 API 令牌；ofSubtree 为真时（管理员）为本单位及下级全部用户的令牌' })
  apiTokens(@Ctx() ctx: Context, @Arg('ofSubtree', () => Boolean, { defaultValue: false }) ofSubtree: boolean) {
    return listApiTokens(ctx.em, ctx.actor, ofSubtree);
  }

  @Mutation(() => CreatedApiTokenType, { description: '为第三方工具创建 API 令牌，以本人身份访问；默认只读' })
  createApiToken(
    @Ctx() ctx: Context,
    @Arg('name', () => String) name: string,
    @Arg('scopes', () => [String], { defaultValue: ['read'], description: '权限：read（默认）或再加 write', deprecationReason: '请改用 access（枚举）' }) scopes: string[],
    @Arg('expiresInDays', () => Int, { nullable: true, description: '有效天数（1–3650），不填为 90 天' }) expiresInDays?: number,
    @Arg('access', () => [ApiScopeValue], { nullable: true, description: '权限；给出时取代 scopes' }) access?: ApiScopeValue[],
  ) {
    return createApiToken(ctx.em, ctx.actor, name, access ?? scopes, expiresInDays);
  }

  @Mutation(() => Boolean, { description: '吊销一个 API 令牌：本人的，或（管理员）本单位及下级用户的' })
  revokeApiToken(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    ctx.audit.targetId = id;
    return revokeApiToken(ctx.em, ctx.actor, parseId(id, '/id'));
  }
}
