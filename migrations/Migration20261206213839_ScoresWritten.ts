import { Migration } from '@mikro-orm/migrations';

export class Migration20261206213839_ScoresWritten extends Migration {

  override name = 'Migration20261206213839_ScoresWritten';

  override up(): void | Promise<void> {
    this.addSql(`alter table "assessment" add "scores_written" varchar(64) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment" drop column "scores_written";`);
  }

}
