import { Migration } from '@mikro-orm/migrations';

export class Migration20261129054729_SystemOwner extends Migration {

  override name = 'Migration20261129054729_SystemOwner';

  override up(): void | Promise<void> {
    this.addSql(`alter table "indicator_system" add "owner_path" varchar(255) not null default '';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "indicator_system" drop column "owner_path";`);
  }

}
