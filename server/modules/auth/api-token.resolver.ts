// API tokens over GraphQL: a person creates, lists and revokes their own.
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { parseId } from '../org-unit/org-unit.service.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.js';
import { ApiTokenType, CreatedApiTokenType } from './api-token.types.js';

@Resolver()
export class ApiTokenResolver {
  @Query(() => [ApiTokenType], { description: '我创建的 API 令牌' })
  apiTokens(@Ctx() ctx: Context) {
    return listApiTokens(ctx.em, ctx.actor);
  }

  @Mutation(() => CreatedApiTokenType, { description: '为第三方工具创建 API 令牌，以本人身份访问；默认只读' })
  createApiToken(
    @Ctx() ctx: Context,
    @Arg('name', () => String) name: string,
    @Arg('scopes', () => [String], { defaultValue: ['read'] }) scopes: string[],
    @Arg('expiresInDays', () => Int, { nullable: true }) expiresInDays?: number,
  ) {
    return createApiToken(ctx.em, ctx.actor, name, scopes, expiresInDays);
  }

  @Mutation(() => Boolean, { description: '吊销一个 API 令牌' })
  revokeApiToken(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    ctx.audit.targetId = id;
    return revokeApiToken(ctx.em, ctx.actor, parseId(id, '/id'));
  }
}
