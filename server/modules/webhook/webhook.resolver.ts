// Webhooks over GraphQL: an administrator registers, changes, tests and removes the hooks of
// their subtree and reads each one's deliveries.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { parseId } from '../org-unit/org-unit.service.js';
import type { UrlPolicy } from './webhook-url.js';
import type { Webhook } from './webhook.entity.js';
import {
  createWebhook, deleteWebhook, listDeliveries, listWebhooks, pingWebhook, redeliver, rotateWebhookSecret, updateWebhook,
} from './webhook.service.js';
import { CreatedWebhookType, CreateWebhookInput, UpdateWebhookInput, WebhookDeliveryType, WebhookType } from './webhook.types.js';

/** Where hooks may point, knowing this server as the caller reached it. */
function urlPolicy(ctx: Context): UrlPolicy {
  return { allowLoopback: ctx.config.webhookAllowLoopback, self: { host: ctx.req.get('host'), port: ctx.req.socket.localPort } };
}

@Resolver(() => WebhookType)
export class WebhookResolver {
  @Query(() => [WebhookType], { description: '本单位及下级单位管理员登记的推送地址（管理员）' })
  webhooks(@Ctx() ctx: Context) {
    return listWebhooks(ctx.em, ctx.actor);
  }

  @FieldResolver(() => [WebhookDeliveryType], { description: '最近的推送，新的在前' })
  deliveries(
    @Root() webhook: Webhook,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数，1–100' }) first: number,
    @Arg('before', () => Date, { nullable: true, description: '只列此时间之前的（向前翻页）' }) before?: Date,
  ) {
    return listDeliveries(ctx.em, webhook, first, before);
  }

  @Mutation(() => CreatedWebhookType, { description: '登记推送地址；回答中的 secret 只显示这一次' })
  createWebhook(@Ctx() ctx: Context, @Arg('input', () => CreateWebhookInput) input: CreateWebhookInput) {
    return createWebhook(ctx.em, ctx.actor, input, urlPolicy(ctx));
  }

  @Mutation(() => WebhookType, { description: '修改推送地址：网址、事件、说明、启用或停用' })
  updateWebhook(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '推送地址编号' }) id: string, @Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput) {
    ctx.audit.targetId = id;
    return updateWebhook(ctx.em, ctx.actor, parseId(id, '/id'), input, urlPolicy(ctx));
  }

  @Mutation(() => Boolean, { description: '删除推送地址及其推送记录' })
  deleteWebhook(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '推送地址编号' }) id: string) {
    ctx.audit.targetId = id;
    return deleteWebhook(ctx.em, ctx.actor, parseId(id, '/id'));
  }

  @Mutation(() => CreatedWebhookType, { description: '更换签名密钥；新密钥只显示这一次，此后的推送用它签名' })
  rotateWebhookSecret(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '推送地址编号' }) id: string) {
    ctx.audit.targetId = id;
    return rotateWebhookSecret(ctx.em, ctx.actor, parseId(id, '/id'));
  }

  @Mutation(() => WebhookDeliveryType, { description: '发送一次测试推送（事件 ping），检查接收方是否配置正确' })
  pingWebhook(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '推送地址编号' }) id: string) {
    ctx.audit.targetId = id;
    return pingWebhook(ctx.em, ctx.actor, parseId(id, '/id'));
  }

  @Mutation(() => WebhookDeliveryType, { description: '重新推送一条记录（如接收方修复后），从第一次尝试算起' })
  redeliverWebhook(@Ctx() ctx: Context, @Arg('deliveryId', () => ID, { description: '推送编号' }) deliveryId: string) {
    ctx.audit.targetId = deliveryId;
    return redeliver(ctx.em, ctx.actor, deliveryId);
  }
}
