// The narrow score table: one row per assessment and indicator, with every stage's score,
// written whenever an assessment is saved, so statistics aggregate typed columns.
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Campaign } from '../campaign/campaign.entity.js';
import { Assessment } from './assessment.entity.js';
import type { IndicatorKind, StandardResult } from '../../engine/types.js';

@Entity({ tableName: 'assessment_score' })
@Unique({ properties: ['assessment', 'indicatorCode'] })
@Index({ properties: ['campaign', 'indicatorCode'] })
export class AssessmentScore {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign!: Campaign;

  @ManyToOne(() => Assessment, { deleteRule: 'cascade' })
  assessment!: Assessment;

  @Property({ type: 'string', length: 64 })
  indicatorCode!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'integer' })
  level!: number;

  /** Document order, to list indicators as the system lists them. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'double' })
  maxScore!: number;

  @Property({ type: 'double', nullable: true })
  selfScore?: number;

  @Property({ type: 'double', nullable: true })
  streetScore?: number;

  @Property({ type: 'double', nullable: true })
  expertScore?: number;

  @Property({ type: 'double', nullable: true })
  finalScore?: number;

  /** score or standard (达标): a standard indicator has results, not points. */
  @Property({ type: 'string', length: 16, default: 'score' })
  kind: IndicatorKind = 'score';

  @Property({ type: 'string', length: 8, nullable: true })
  selfResult?: StandardResult;

  @Property({ type: 'string', length: 8, nullable: true })
  streetResult?: StandardResult;

  @Property({ type: 'string', length: 8, nullable: true })
  expertResult?: StandardResult;

  @Property({ type: 'string', length: 8, nullable: true })
  finalResult?: StandardResult;
}
