import { Migration } from '@mikro-orm/migrations';

export class Migration20261129141133_Webhooks extends Migration {

  override name = 'Migration20261129141133_Webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table "webhook" ("id" serial primary key, "url" varchar(2000) not null, "events" jsonb not null, "description" varchar(200) not null default '', "secret" varchar(100) not null, "owner_path" varchar(400) not null, "created_by_id" int not null, "enabled" boolean not null default true, "created_at" timestamptz not null);`);
    this.addSql(`create index "webhook_owner_path_idx" on "webhook" ("owner_path" text_pattern_ops);`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "webhook_id" int not null, "event" varchar(40) not null, "payload" jsonb not null, "status" varchar(16) not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_status_code" int null, "last_error" varchar(500) null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_webhook_id_created_at_index" on "webhook_delivery" ("webhook_id", "created_at");`);
    this.addSql(`create index "webhook_delivery_due_idx" on "webhook_delivery" ("next_attempt_at") where "status" = 'pending';`);

    this.addSql(`alter table "webhook" add constraint "webhook_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_foreign" foreign key ("webhook_id") references "webhook" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_webhook_id_foreign";`);

    this.addSql(`drop table if exists "webhook" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }

}
