import { Migration } from '@mikro-orm/migrations';

export class Migration20261129052506_RateLimit extends Migration {

  override name = 'Migration20261129052506_RateLimit';

  override up(): void | Promise<void> {
    this.addSql(`create table "rate_limit" ("key" varchar(200) not null, "points" int not null, "expires_at" timestamptz not null, primary key ("key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "rate_limit" cascade;`);
  }

}
