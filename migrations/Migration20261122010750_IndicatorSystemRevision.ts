import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010750_IndicatorSystemRevision extends Migration {

  override name = 'Migration20261122010750_IndicatorSystemRevision';

  override up(): void | Promise<void> {
    this.addSql(`alter table "indicator_system" add "revision" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "indicator_system" drop column "revision";`);
  }

}
