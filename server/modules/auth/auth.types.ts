// GraphQL shapes of users and sessions. A password hash has no field here, so it cannot leak.
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Role } from './user.entity.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN 管理员 · STAFF 填报人员 · REVIEWER 街道审核（推荐） · EXPERT 评估专家',
});

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: number;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean, { description: '已停用：不能登录，会话和 API 令牌失效' }) disabled!: boolean;
  @Field(() => Boolean, { description: '下次登录须修改密码（管理员重置或生成的密码）' }) mustChangePassword!: boolean;
  @Field(() => Date, { nullable: true, description: '登录失败过多被锁定至此时间；管理员可解锁' }) lockedUntil?: Date;
}

export const UserConnection = Connection(UserType, 'User');

@ObjectType('PasswordReset', { description: '重置后的新密码：只在这一次返回，请当面或通过安全渠道交给本人' })
export class PasswordResetType {
  @Field(() => UserType) user!: UserType;
  @Field(() => String) password!: string;
}

@ObjectType('Session')
export class SessionType {
  @Field(() => String, { description: '会话令牌：请求时放在 Authorization: Bearer 头中' }) token!: string;
  @Field(() => Date, { description: '最迟失效时间（另有空闲超时）' }) expiresAt!: Date;
  @Field(() => UserType) user!: UserType;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) username!: string;
  @Field(() => String) password!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true, description: '所属单位；不填则为全局管理员（仅全局管理员可创建）' }) orgUnitId?: string;
  @Field(() => Boolean, { nullable: true, description: '首次登录须修改密码（由管理员生成密码时应为 true）' }) mustChangePassword?: boolean;
}
