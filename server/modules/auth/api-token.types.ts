// GraphQL shapes of API tokens; the token itself is only ever shown once, at creation.
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('ApiToken', { description: '第三方工具使用的 API 令牌（默认只读）' })
export class ApiTokenType {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => [String], { description: 'read 读取；write 另可修改' }) scopes!: string[];
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
