// A counter per key (a username, an address) over a window, kept in PostgreSQL so that every
// server replica shares it. Rows past their window are reused in place.
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'rate_limit' })
export class RateLimit {
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'integer' })
  points!: number;

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
