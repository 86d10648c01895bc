// An indicator system (指标体系) and its versions. A published version is immutable;
// every assessment pins the version it was filled against.
import { Collection, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

export enum VersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

@Entity({ tableName: 'indicator_system' })
export class IndicatorSystem {
  [OptionalProps]?: 'builtIn' | 'revision' | 'createdAt' | 'versions' | 'ownerPath';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 64, unique: true })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  issuer?: string;

  @Property({ type: 'string', length: 16, nullable: true })
  targetLevel?: string;

  /**
   * The org path of the unit that owns the system ('' for the global administrator's, as every
   * built-in is): anyone may use it, only administrators of that unit (or above) may revise it.
   */
  @Property({ type: 'string', length: 255, default: '' })
  ownerPath: string = '';

  /** Loaded from schemas/ at start rather than created through the API. */
  @Property({ type: 'boolean' })
  builtIn: boolean = false;

  /** Counts every saved draft and publication: the optimistic lock of concurrent editors. */
  @Property({ type: 'integer' })
  revision: number = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @OneToMany(() => IndicatorSystemVersion, (v) => v.system)
  versions = new Collection<IndicatorSystemVersion>(this);
}

@Entity({ tableName: 'indicator_system_version' })
@Unique({ properties: ['system', 'number'] })
export class IndicatorSystemVersion {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IndicatorSystem, { deleteRule: 'cascade' })
  system!: IndicatorSystem;

  @Property({ type: 'integer' })
  number!: number;

  @Enum({ items: () => VersionStatus })
  status: VersionStatus = VersionStatus.DRAFT;

  /**
   * Plain `json`, not `jsonb`: jsonb reorders object keys, and a schema's property order is
   * meaningful (fields are shown and computed in document order).
   */
  @Property({ type: 'json', columnType: 'json' })
  schema!: Record<string, unknown>;

  @Property({ type: 'json', columnType: 'json', nullable: true })
  uiSchema?: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date;
}
