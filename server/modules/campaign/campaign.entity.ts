// A supervision-assessment campaign (督导评估): one system version, a set of target units,
// deadlines and a pass score. Opening it creates one assessment per target.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { IndicatorSystemVersion } from '../indicator-system/indicator-system.entity.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  PUBLISHED = 'PUBLISHED',
}

@Entity({ tableName: 'campaign' })
export class Campaign {
  [OptionalProps]?: 'ownerPath' | 'targetOrgUnitIds' | 'status' | 'deadlines' | 'createdAt' | 'sources';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'integer' })
  year!: number;

  @ManyToOne(() => IndicatorSystemVersion)
  systemVersion!: IndicatorSystemVersion;

  /** The unit that runs the campaign; its subtree's admins manage it. Absent: top level. */
  @ManyToOne(() => OrgUnit, { nullable: true })
  ownerUnit?: OrgUnit;

  @Property({ type: 'string', length: 400 })
  ownerPath: string = '';

  @Property({ type: 'json' })
  targetOrgUnitIds: number[] = [];

  @Enum({ items: () => CampaignStatus })
  status: CampaignStatus = CampaignStatus.DRAFT;

  @Property({ type: 'double' })
  passScore!: number;

  /** The campaign each source the system declares reads from: { name: campaign id }. */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  sources: Record<string, number> = {};

  /** Phase deadlines, ISO dates: { submit, review, expert }. */
  @Property({ type: 'json' })
  deadlines: Record<string, string> = {};

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  openedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;
}
