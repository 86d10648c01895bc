// Login, logout and "who am I"; creating users. The admin SPA also gets the token as an
// HTTP-only SameSite cookie, so scripts in the page never see it.
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { OrgUnitType } from '../org-unit/org-unit.types.js';
import { login } from './auth.service.js';
import { CreateUserInput, SessionType, UserType } from './auth.types.js';
import { requireActor, viewerCapabilities } from './policy.js';
import { ViewerCapabilitiesType } from './capability.types.js';
import { SESSION_COOKIE } from './request-auth.js';
import { revokeSession } from './session.service.js';
import { User } from './user.entity.js';
import { createUser } from './user.service.js';

@Resolver(() => UserType)
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: '当前登录用户；未登录时为 null' })
  me(@Ctx() ctx: Context) {
    return ctx.actor ? ctx.loaders.user.load(ctx.actor.id).then((user) => user ?? null) : null;
  }

  @FieldResolver(() => ViewerCapabilitiesType, { nullable: true, description: '当前用户能进入管理后台的哪些部分（只对当前登录用户自己有值，其他用户为空）' })
  can(@Root() user: User, @Ctx() ctx: Context) {
    // Answered for the viewer only: another user's rights are not computed from this request's actor.
    return ctx.actor?.id === user.id ? viewerCapabilities(ctx.actor) : null;
  }

  @Mutation(() => SessionType)
  async login(@Ctx() ctx: Context, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string) {
    ctx.audit.username = username.slice(0, 64);
    const result = await login(ctx.em, ctx.config, username, password, ctx.ip);
    ctx.audit.userId = result.user.id;
    ctx.res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true, sameSite: 'strict', secure: ctx.config.secureCookies, path: '/', expires: result.expiresAt,
    });
    return result;
  }

  @Mutation(() => Boolean, { description: '注销当前会话' })
  async logout(@Ctx() ctx: Context) {
    requireActor(ctx.actor);
    if (ctx.sessionId) await revokeSession(ctx.em, ctx.sessionId);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @FieldResolver(() => OrgUnitType, { nullable: true, description: '所属单位；全局管理员为 null' })
  orgUnit(@Root() user: User, @Ctx() ctx: Context) {
    return user.orgUnit ? ctx.loaders.orgUnit.load(user.orgUnit.id) : null;
  }

  @Mutation(() => UserType)
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return createUser(ctx.em, ctx.actor, input);
  }
}
