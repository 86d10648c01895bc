// Webhooks of an administrator's subtree: registering, changing, removing, testing, and the
// events themselves — written into webhook_delivery in the transaction of the change they
// report (the dispatcher sends them after the commit).
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../core/errors.js';
import { type Actor, authorize } from '../auth/policy.js';
import { User } from '../auth/user.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { newWebhookSecret } from './webhook-signature.js';
import { type UrlPolicy, webhookUrlProblem } from './webhook-url.js';
import { WEBHOOK_EVENTS, Webhook, type WebhookEventName } from './webhook.entity.js';

/** GraphQL hands absent optional fields over as null or undefined: both mean "unchanged". */
export interface WebhookInput { url?: string | null; events?: string[] | null; description?: string | null; enabled?: boolean | null }

async function checkInput(input: WebhookInput, policy: UrlPolicy, creating: boolean): Promise<void> {
  const faults = [];
  if (creating || input.url != null) {
    const problem = input.url && input.url.length <= 2000 ? await webhookUrlProblem(input.url.trim(), policy) : '请填写接收推送的网址（不超过 2000 个字符）';
    if (problem) faults.push({ path: '/input/url', message: problem });
  }
  if (creating || input.events != null) {
    if (!input.events?.length) faults.push({ path: '/input/events', message: '请至少选择一种事件' });
    input.events?.forEach((e, i) => {
      if (!WEBHOOK_EVENTS.includes(e as never)) faults.push({ path: `/input/events/${i}`, message: `未知事件“${e}”` });
    });
  }
  if (input.description != null && input.description.length > 200) faults.push({ path: '/input/description', message: '说明不超过 200 个字符' });
  if (faults.length) throw badInput(faults, faults[0].message);
}

export async function createWebhook(em: EntityManager, actorIn: Actor | undefined, input: WebhookInput, policy: UrlPolicy): Promise<{ webhook: Webhook; secret: string }> {
  const actor = authorize(actorIn, 'webhook:manage', actorIn?.unitPath ?? '');
  await checkInput(input, policy, true);
  const secret = newWebhookSecret();
  const webhook = em.create(Webhook, {
    url: input.url!.trim(), events: [...new Set(input.events)], description: input.description?.trim() ?? '', secret,
    ownerPath: actor.unitPath ?? '', createdBy: em.getReference(User, actor.id),
  });
  await em.flush();
  return { webhook, secret };
}

async function findWebhook(em: EntityManager, actor: Actor | undefined, id: number): Promise<Webhook> {
  const webhook = await em.findOne(Webhook, { id });
  if (!webhook) throw notFound('推送地址');
  authorize(actor, 'webhook:manage', webhook.ownerPath);
  return webhook;
}

export async function updateWebhook(em: EntityManager, actor: Actor | undefined, id: number, input: WebhookInput, policy: UrlPolicy): Promise<Webhook> {
  const webhook = await findWebhook(em, actor, id);
  await checkInput(input, policy, false);
  if (input.url != null) webhook.url = input.url.trim();
  if (input.events != null) webhook.events = [...new Set(input.events)];
  if (input.description != null) webhook.description = input.description.trim();
  if (input.enabled != null) webhook.enabled = input.enabled;
  await em.flush();
  return webhook;
}

export async function deleteWebhook(em: EntityManager, actor: Actor | undefined, id: number): Promise<boolean> {
  const webhook = await findWebhook(em, actor, id);
  await em.remove(webhook).flush();
  return true;
}

/** A new secret, shown once; deliveries from now on are signed with it. */
export async function rotateWebhookSecret(em: EntityManager, actor: Actor | undefined, id: number): Promise<{ webhook: Webhook; secret: string }> {
  const webhook = await findWebhook(em, actor, id);
  webhook.secret = newWebhookSecret();
  await em.flush();
  return { webhook, secret: webhook.secret };
}

export async function listWebhooks(em: EntityManager, actorIn: Actor | undefined): Promise<Webhook[]> {
  const actor = authorize(actorIn, 'webhook:manage', actorIn?.unitPath ?? '');
  return em.find(Webhook, { ownerPath: { $like: `${actor.unitPath ?? ''}%` } }, { orderBy: { id: 'asc' } });
}

export const MAX_DELIVERIES = 100;

/** The latest deliveries of a hook, newest first; `before` pages further back. */
export async function listDeliveries(em: EntityManager, webhook: Webhook, first = 20, before?: Date): Promise<WebhookDelivery[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_DELIVERIES) throw badInput([{ path: '/first', message: `条数应在 1 到 ${MAX_DELIVERIES} 之间` }]);
  return em.find(WebhookDelivery, { webhook, ...(before ? { createdAt: { $lt: before } } : {}) }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first });
}

/** A test event to one hook, sent like any other. */
export async function pingWebhook(em: EntityManager, actor: Actor | undefined, id: number): Promise<WebhookDelivery> {
  const webhook = await findWebhook(em, actor, id);
  const [row] = await insertDeliveries(em, 'ping', { message: '测试推送：收到即表示配置正确' }, 'w.id = ?', [webhook.id]);
  return em.findOneOrFail(WebhookDelivery, { id: row.id });
}

/** Sends a delivery again from its first attempt (after the receiver was repaired). */
export async function redeliver(em: EntityManager, actor: Actor | undefined, deliveryId: string): Promise<WebhookDelivery> {
  const delivery = /^[0-9a-f-]{36}$/i.test(deliveryId) ? await em.findOne(WebhookDelivery, { id: deliveryId }, { populate: ['webhook'] }) : null;
  if (!delivery) throw notFound('推送记录');
  authorize(actor, 'webhook:manage', delivery.webhook.ownerPath);
  Object.assign(delivery, { status: 'pending', attempts: 0, nextAttemptAt: new Date(), lastError: null, lastStatusCode: null });
  await em.flush();
  return delivery;
}

/**
 * The event for every enabled hook that asked for it and whose subtree it concerns: the
 * assessed unit's path for assessment events; for campaign events, the campaign's owner or any
 * of its assessed units.
 */
export function enqueueEvent(em: EntityManager, event: WebhookEventName, data: Record<string, unknown>, about: { unitPath: string } | { campaignId: number; ownerPath: string }) {
  const [where, params] = 'unitPath' in about
    ? ['? like w.owner_path || \'%\'', [about.unitPath]]
    : ['(? like w.owner_path || \'%\' or exists (select 1 from assessment a where a.campaign_id = ? and a.unit_path like w.owner_path || \'%\'))', [about.ownerPath, about.campaignId]];
  return insertDeliveries(em, event, data, `w.enabled and w.events @> ?::jsonb and ${where}`, [JSON.stringify([event]), ...params]);
}

async function insertDeliveries(em: EntityManager, event: WebhookEventName, data: Record<string, unknown>, where: string, params: unknown[]) {
  const body = { event, occurredAt: new Date().toISOString(), data };
  // Each delivery's id is in its body too, so a receiver can drop a repeat (a retry after a lost answer).
  return em.getConnection().execute<{ id: string }[]>(
    `insert into webhook_delivery (id, webhook_id, event, payload, status, attempts, next_attempt_at, created_at)
     select s.id, s.webhook_id, ?, ?::jsonb || jsonb_build_object('id', s.id), 'pending', 0, now(), now()
       from (select gen_random_uuid() as id, w.id as webhook_id from webhook w where ${where}) s
     returning id`,
    [event, JSON.stringify(body), ...params], 'all', em.getTransactionContext(),
  );
}
