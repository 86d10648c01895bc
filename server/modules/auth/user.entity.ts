// A person (or tool) who logs in. The role and org unit scope everything they may see or do.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OrgUnit } from '../org-unit/org-unit.entity.js';

export enum Role {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
  REVIEWER = 'REVIEWER',
  EXPERT = 'EXPERT',
}

@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'failedLogins' | 'createdAt' | 'disabled' | 'mustChangePassword';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  /** argon2id; never leaves the server. */
  @Property({ type: 'string', length: 200, hidden: true, lazy: false })
  passwordHash!: string;

  @Property({ type: 'string', length: 100 })
  displayName!: string;

  @Enum({ items: () => Role })
  role!: Role;

  /** Absent only for the first administrator, who sees everything. */
  @ManyToOne(() => OrgUnit, { nullable: true })
  orgUnit?: OrgUnit;

  @Property({ type: 'integer' })
  failedLogins: number = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date;

  /** A disabled account cannot log in, and its sessions and API tokens stop working. */
  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;

  /** Set when an administrator gives a generated password: the next login must choose a new one. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
