import { Migration } from '@mikro-orm/migrations';

export class Migration20261129093118_CampaignSources extends Migration {

  override name = 'Migration20261129093118_CampaignSources';

  override up(): void | Promise<void> {
    this.addSql(`alter table "campaign" add "sources" jsonb not null default '{}';`);

    this.addSql(`alter table "assessment" add "source_rows" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment" drop column "source_rows";`);

    this.addSql(`alter table "campaign" drop column "sources";`);
  }

}
