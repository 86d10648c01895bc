// GraphQL shapes of webhooks and their deliveries; the secret is only ever shown when made.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum WebhookEvent {
  ASSESSMENT_SUBMITTED = 'assessment.submitted',
  ASSESSMENT_RETURNED = 'assessment.returned',
  ASSESSMENT_RECOMMENDED = 'assessment.recommended',
  ASSESSMENT_FINALIZED = 'assessment.finalized',
  CAMPAIGN_OPENED = 'campaign.opened',
  CAMPAIGN_CLOSED = 'campaign.closed',
  CAMPAIGN_PUBLISHED = 'campaign.published',
}
registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: '可推送的事件；推送内容的 event 字段为其小写形式，如 assessment.submitted',
  valuesConfig: {
    ASSESSMENT_SUBMITTED: { description: '受评单位提交了评估' },
    ASSESSMENT_RETURNED: { description: '评估被退回修改（街道或专家）' },
    ASSESSMENT_RECOMMENDED: { description: '街道推荐了评估' },
    ASSESSMENT_FINALIZED: { description: '专家评定了评估' },
    CAMPAIGN_OPENED: { description: '督导评估开始填报' },
    CAMPAIGN_CLOSED: { description: '督导评估截止填报' },
    CAMPAIGN_PUBLISHED: { description: '督导评估公布结果' },
  },
});

export enum WebhookDeliveryStatus { PENDING = 'pending', SUCCEEDED = 'succeeded', FAILED = 'failed' }
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: '一次推送的状态',
  valuesConfig: {
    PENDING: { description: '等待发送或等待重试' },
    SUCCEEDED: { description: '接收方已回答 2xx' },
    FAILED: { description: '多次重试后仍失败，已放弃（可重新推送）' },
  },
});

@ObjectType('WebhookDelivery', { description: '一次推送：推送内容、尝试次数和结果' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: '推送编号，也在推送内容的 id 字段和 X-Zhibiao-Delivery 头中' }) id!: string;
  @Field(() => String, { description: '事件，如 assessment.submitted；测试推送为 ping' }) event!: string;
  @Field(() => WebhookDeliveryStatus, { description: '状态' }) status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: '已尝试的次数' }) attempts!: number;
  @Field(() => Int, { nullable: true, description: '接收方最近一次回答的 HTTP 状态码' }) lastStatusCode?: number;
  @Field(() => String, { nullable: true, description: '最近一次失败的原因' }) lastError?: string;
  @Field(() => Date, { description: '事件发生的时间' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '最近一次尝试的时间' }) lastAttemptAt?: Date;
  @Field(() => Date, { nullable: true, description: '送达的时间' }) deliveredAt?: Date;
  @Field(() => Date, { description: '等待中时，下一次尝试的时间' }) nextAttemptAt!: Date;
  @Field(() => GraphQLJSON, { description: '推送的 JSON 内容（请求体）' }) payload!: Record<string, unknown>;
}

@ObjectType('Webhook', { description: '推送地址：本单位及下级单位的评估、督导评估状态变化时，向此网址推送签名的 JSON' })
export class WebhookType {
  @Field(() => ID, { description: '编号' }) id!: number;
  @Field(() => String, { description: '接收推送的网址（http 或 https）' }) url!: string;
  @Field(() => [WebhookEvent], { description: '订阅的事件' }) events!: WebhookEvent[];
  @Field(() => String, { description: '说明' }) description!: string;
  @Field(() => Boolean, { description: '是否启用；停用后不再产生新的推送' }) enabled!: boolean;
  @Field(() => Date, { description: '创建时间' }) createdAt!: Date;
}

@ObjectType('CreatedWebhook', { description: '新建推送地址或更换密钥的结果' })
export class CreatedWebhookType {
  @Field(() => WebhookType, { description: '推送地址' }) webhook!: WebhookType;
  @Field(() => String, { description: '签名密钥：只显示这一次，请保存到接收方，用它校验 X-Zhibiao-Signature' }) secret!: string;
}

@InputType({ description: '新建推送地址' })
export class CreateWebhookInput {
  @Field(() => String, { description: '接收推送的网址（http 或 https）' }) url!: string;
  @Field(() => [WebhookEvent], { description: '订阅的事件，至少一种' }) events!: WebhookEvent[];
  @Field(() => String, { nullable: true, description: '说明，如“省平台”' }) description?: string;
}

@InputType({ description: '修改推送地址；不填的项保持不变' })
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true, description: '接收推送的网址' }) url?: string;
  @Field(() => [WebhookEvent], { nullable: true, description: '订阅的事件' }) events?: WebhookEvent[];
  @Field(() => String, { nullable: true, description: '说明' }) description?: string;
  @Field(() => Boolean, { nullable: true, description: '启用或停用' }) enabled?: boolean;
}
