// A unit of the org hierarchy (province → city → district → street → community). The
// materialised `path` (ancestor ids, e.g. "1.5.23.") makes subtree queries a prefix match.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { OrgLevel } from '../../engine/types.js';

@Entity({ tableName: 'org_unit' })
export class OrgUnit {
  [OptionalProps]?: 'attributes' | 'createdAt' | 'revision';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Administrative division code: 6 digits for a district, 9 for a street, 12 for a community. */
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 16 })
  level!: OrgLevel;

  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'restrict' })
  parent?: OrgUnit;

  @Index({ name: 'org_unit_path_idx', expression: 'create index "org_unit_path_idx" on "org_unit" ("path" text_pattern_ops)' })
  @Property({ type: 'string', length: 400 })
  path!: string;

  /** Figures formulas read through $unit: population, area… */
  @Property({ type: 'json' })
  attributes: Record<string, unknown> = {};

  /** Bumped by every update: an edit names the revision it started from (two editors cannot overwrite each other). */
  @Property({ type: 'integer', default: 0 })
  revision: number = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
