// One event for one webhook: the queue and the log at once. Written in the same transaction as
// the change it reports (so an event is never lost, nor sent for a change rolled back), picked
// up by a dispatcher of any replica (FOR UPDATE SKIP LOCKED), retried with backoff, and kept
// with its outcome for the administrator to read.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Webhook } from './webhook.entity.js';

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

@Entity({ tableName: 'webhook_delivery' })
@Index({ name: 'webhook_delivery_due_idx', expression: `create index "webhook_delivery_due_idx" on "webhook_delivery" ("next_attempt_at") where "status" = 'pending'` })
@Index({ properties: ['webhook', 'createdAt'] })
export class WebhookDelivery {
  [OptionalProps]?: 'status' | 'attempts' | 'createdAt' | 'nextAttemptAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Webhook, { deleteRule: 'cascade' })
  webhook!: Webhook;

  @Property({ type: 'string', length: 40 })
  event!: string;

  /** The body sent, fixed when the event happened. */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'string', length: 16, default: 'pending' })
  status: DeliveryStatus = 'pending';

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string;

  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
