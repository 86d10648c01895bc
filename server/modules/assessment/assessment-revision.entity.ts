// Every saved state of an assessment, who saved it and when.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Campaign } from '../campaign/campaign.entity.js';
import { Assessment } from './assessment.entity.js';

@Entity({ tableName: 'assessment_revision' })
@Unique({ properties: ['assessment', 'revision'] })
export class AssessmentRevision {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign!: Campaign;

  @ManyToOne(() => Assessment, { deleteRule: 'cascade' })
  assessment!: Assessment;

  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'string', length: 16 })
  status!: string;

  /** What changed it: save, submit, recommend, return, finalize. */
  @Property({ type: 'string', length: 16 })
  action!: string;

  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Property({ type: 'json' })
  selfScores!: Record<string, number>;

  @Property({ type: 'integer', nullable: true })
  userId?: number;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}
