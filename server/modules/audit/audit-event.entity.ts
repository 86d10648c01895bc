// Append-only record of every mutation and every login attempt: who, what, when, from where.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  userId?: number;

  @Property({ type: 'string', length: 64, nullable: true })
  username?: string;

  /** The mutation name, e.g. "saveAssessmentDraft" or "login". */
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  targetId?: string;

  @Property({ type: 'boolean' })
  ok!: boolean;

  @Property({ type: 'string', length: 32, nullable: true })
  errorCode?: string;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown>;
}
