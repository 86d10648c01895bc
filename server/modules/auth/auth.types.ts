// GraphQL shapes of users and sessions. A password hash has no field here, so it cannot leak.
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
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
}
