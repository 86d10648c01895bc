// One target unit in one campaign: its answers, computed values, scores and state.
// Totals, pass, grade and the unit's ancestor path are plain columns so reports read
// typed columns, never jsonb. `revision` is the optimistic lock.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Campaign } from '../campaign/campaign.entity.js';
import type { FormulaError, Scores, SourceRow } from '../../engine/types.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RECOMMENDED = 'RECOMMENDED',
  FINALIZED = 'FINALIZED',
}

@Entity({ tableName: 'assessment' })
@Unique({ properties: ['campaign', 'orgUnit'] })
export class Assessment {
  [OptionalProps]?: 'status' | 'revision' | 'data' | 'computed' | 'faults' | 'notApplicable' | 'selfScores' | 'selfScore' | 'vetoed' | 'updatedAt' | 'scoresWritten';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign!: Campaign;

  @ManyToOne(() => OrgUnit)
  orgUnit!: OrgUnit;

  /** The assessed unit's materialised path, copied for subtree filters without a join. */
  @Index({ name: 'assessment_unit_path_idx', expression: 'create index "assessment_unit_path_idx" on "assessment" ("unit_path" text_pattern_ops)' })
  @Property({ type: 'string', length: 400 })
  unitPath!: string;

  @Enum({ items: () => AssessmentStatus })
  status: AssessmentStatus = AssessmentStatus.DRAFT;

  @Property({ type: 'integer' })
  revision: number = 0;

  @Property({ type: 'json' })
  data: Record<string, unknown> = {};

  @Property({ type: 'json' })
  computed: Record<string, unknown> = {};

  /**
   * The unit's attributes when the campaign opened: what `$unit` reads, so correcting a unit
   * later (updateOrgUnit) changes the next campaign, not this one's scores.
   */
  @Property({ type: 'json', nullable: true })
  unitAttributes?: Record<string, unknown>;

  /** 合理缺项: optional indicators the filler marked not applicable, { code: reason }. */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  notApplicable: Record<string, string> = {};

  /** `$sources` as they were at submit (see assessment-sources.ts); null while a draft reads them live. */
  @Property({ type: 'json', nullable: true })
  sourceRows?: Record<string, SourceRow[]> | null;

  /**
   * What could not be computed at the last change: [{ path, indicator, message }]. A draft may
   * have faults; submitting is refused while there are any, so no score rests on a silent 0.
   */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  faults: FormulaError[] = [];

  /** The unit's own scores for manual leaves: { code: points }. */
  @Property({ type: 'json' })
  selfScores: Scores = {};

  @Property({ type: 'double' })
  selfScore: number = 0;

  /**
   * A fingerprint of the score rows' values as the last change wrote them (assessment-score-rows.ts):
   * a change whose scores have the same one leaves the rows alone. Null until a change writes them.
   */
  @Property({ type: 'string', length: 64, nullable: true })
  scoresWritten?: string | null;

  /** The street's scores when it recommended: { code: points }. */
  @Property({ type: 'json', nullable: true })
  streetScores?: Scores;

  /** The expert's scores and the reasons for overriding computed ones. */
  @Property({ type: 'json', nullable: true })
  expertScores?: Scores;

  @Property({ type: 'double', nullable: true })
  streetScore?: number;

  @Property({ type: 'double', nullable: true })
  finalScore?: number;

  @Property({ type: 'boolean', nullable: true })
  passed?: boolean;

  @Property({ type: 'string', length: 32, nullable: true })
  grade?: string;

  @Property({ type: 'boolean' })
  vetoed: boolean = false;

  /** Why it was last returned for correction, kept until it is submitted again. */
  @Property({ type: 'text', nullable: true })
  returnReason?: string;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  finalizedAt?: Date;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
