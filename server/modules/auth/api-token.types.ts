// GraphQL shapes of API tokens; the token itself is only ever shown once, at creation.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ApiScopeValue { READ = 'read', WRITE = 'write' }
registerEnumType(ApiScopeValue, {
  name: 'ApiScope',
  description: 'API 令牌的权限',
  valuesConfig: { READ: { description: '读取（总是包含）' }, WRITE: { description: '修改：填报、评审、管理等，与令牌所属用户的权限相同' } },
});

@ObjectType('ApiToken', { description: '第三方工具使用的 API 令牌（默认只读）' })
export class ApiTokenType {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => [String], { description: 'read 读取；write 另可修改', deprecationReason: '请改用 access（枚举）' }) scopes!: string[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt?: Date;
  @Field(() => Date, { nullable: true }) expiresAt?: Date;
  @Field(() => Date, { nullable: true }) revokedAt?: Date;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenType {
  @Field(() => String, { description: '令牌本身：只显示这一次，请求时放在 Authorization: Bearer 头中' }) token!: string;
  @Field(() => ApiTokenType) apiToken!: ApiTokenType;
}
