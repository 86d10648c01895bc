// A webhook: an administrator's URL that is told when assessments and campaigns in their
// subtree change state. The secret signs every delivery (HMAC-SHA256); it is shown once, at
// creation, and kept to sign — a receiver checks it, so it cannot be a hash.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';

export const WEBHOOK_EVENTS = [
  'assessment.submitted', 'assessment.returned', 'assessment.recommended', 'assessment.finalized',
  'campaign.opened', 'campaign.closed', 'campaign.published',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number] | 'ping';

@Entity({ tableName: 'webhook' })
export class Webhook {
  [OptionalProps]?: 'enabled' | 'createdAt' | 'description';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 2000 })
  url!: string;

  @Property({ type: 'json' })
  events!: string[];

  @Property({ type: 'string', length: 200, default: '' })
  description: string = '';

  @Property({ type: 'string', length: 100 })
  secret!: string;

  /** Events come from this subtree: the creating administrator's unit ('' for the top one). */
  @Index({ name: 'webhook_owner_path_idx', expression: 'create index "webhook_owner_path_idx" on "webhook" ("owner_path" text_pattern_ops)' })
  @Property({ type: 'string', length: 400 })
  ownerPath!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  createdBy!: User;

  @Property({ type: 'boolean', default: true })
  enabled: boolean = true;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
