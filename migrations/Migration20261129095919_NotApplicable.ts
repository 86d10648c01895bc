import { Migration } from '@mikro-orm/migrations';

export class Migration20261129095919_NotApplicable extends Migration {

  override name = 'Migration20261129095919_NotApplicable';

  override up(): void | Promise<void> {
    this.addSql(`alter table "assessment" add "not_applicable" jsonb not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment" drop column "not_applicable";`);
  }

}
