// An evidence file (佐证材料) for one indicator of one assessment.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Assessment } from '../assessment/assessment.entity.js';

@Entity({ tableName: 'attachment' })
@Index({ properties: ['assessment', 'indicatorCode'] })
export class Attachment {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign!: Campaign;

  @ManyToOne(() => Assessment, { deleteRule: 'cascade' })
  assessment!: Assessment;

  @Property({ type: 'string', length: 64 })
  indicatorCode!: string;

  @Property({ type: 'string', length: 255 })
  filename!: string;

  @Property({ type: 'string', length: 100 })
  mimeType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  @ManyToOne(() => User)
  uploadedBy!: User;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
