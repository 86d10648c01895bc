// Org levels are data (省, 市, 区, 县, 街道, 镇, 社区, 村, 学校, 幼儿园…): a global administrator may
// add more. `position` orders them: a unit's level lies below its parent's.
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'org_level' })
export class OrgLevelEntity {
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Property({ type: 'string', length: 32 })
  name!: string;

  /** 1 for the top (province); a child's level has a larger position than its parent's. */
  @Property({ type: 'integer' })
  position!: number;
}
