// A review decision at the street or expert stage, with its scores and opinion.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Assessment } from './assessment.entity.js';

export enum ReviewStage {
  STREET = 'STREET',
  EXPERT = 'EXPERT',
}

export enum ReviewDecision {
  RECOMMEND = 'RECOMMEND',
  RETURN = 'RETURN',
  FINALIZE = 'FINALIZE',
}

@Entity({ tableName: 'review' })
export class Review {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign!: Campaign;

  @ManyToOne(() => Assessment, { deleteRule: 'cascade' })
  assessment!: Assessment;

  @Enum({ items: () => ReviewStage })
  stage!: ReviewStage;

  @Enum({ items: () => ReviewDecision })
  decision!: ReviewDecision;

  @ManyToOne(() => User)
  reviewer!: User;

  /** Who decided, as people read it (the API's reviewerName; the reviewer is populated with the review). */
  get reviewerName(): string | undefined {
    return this.reviewer?.displayName;
  }

  @Property({ type: 'json', nullable: true })
  scores?: Record<string, number>;

  /** Why a formula or checklist score was overridden: { code: reason }. */
  @Property({ type: 'json', nullable: true })
  reasons?: Record<string, string>;

  @Property({ type: 'text', nullable: true })
  opinion?: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
