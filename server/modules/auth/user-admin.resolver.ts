// Administering accounts (thin: the service and the policy decide).
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PasswordResetType, UserConnection, UserType } from './auth.types.js';
import { changeOwnPassword, listUsers, resetUserPassword, setUserDisabled, unlockUser } from './user-admin.service.js';

@ArgsType()
class UsersArgs {
  @Field(() => String, { nullable: true, description: '按用户名或姓名查找' }) search?: string;
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}

@Resolver(() => UserType)
export class UserAdminResolver {
  @Query(() => UserConnection, { description: '本单位及下级单位的账号（管理员）' })
  users(@Ctx() ctx: Context, @Args(() => UsersArgs) args: UsersArgs) {
    return listUsers(ctx.em, ctx.actor, args);
  }

  @Mutation(() => UserType, { description: '停用或启用一个账号；停用立即结束其会话' })
  setUserDisabled(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('disabled', () => Boolean) disabled: boolean) {
    return setUserDisabled(ctx.em, ctx.actor, id, disabled);
  }

  @Mutation(() => PasswordResetType, { description: '重置密码：生成新密码（只返回这一次），本人下次登录须修改；原会话结束，锁定解除' })
  resetUserPassword(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return resetUserPassword(ctx.em, ctx.actor, id);
  }

  @Mutation(() => UserType, { description: '解除登录失败过多造成的锁定' })
  unlockUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return unlockUser(ctx.em, ctx.actor, id);
  }

  @Mutation(() => UserType, { description: '修改本人的密码' })
  changePassword(@Ctx() ctx: Context, @Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string) {
    return changeOwnPassword(ctx.em, ctx.actor, currentPassword, newPassword);
  }
}
