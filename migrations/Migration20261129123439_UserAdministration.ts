import { Migration } from '@mikro-orm/migrations';

export class Migration20261129123439_UserAdministration extends Migration {

  override name = 'Migration20261129123439_UserAdministration';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add "disabled" boolean not null default false, add "must_change_password" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column "disabled", drop column "must_change_password";`);
  }

}
