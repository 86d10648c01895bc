import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010955_ApiTokens extends Migration {

  override name = 'Migration20261122010955_ApiTokens';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_token" ("id" serial primary key, "token_hash" varchar(64) not null, "name" varchar(100) not null, "user_id" int not null, "scopes" jsonb not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "expires_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
