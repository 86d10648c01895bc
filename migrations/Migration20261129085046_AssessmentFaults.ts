import { Migration } from '@mikro-orm/migrations';

export class Migration20261129085046_AssessmentFaults extends Migration {

  override name = 'Migration20261129085046_AssessmentFaults';

  override up(): void | Promise<void> {
    this.addSql(`alter table "assessment" add "faults" jsonb not null default '[]';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment" drop column "faults";`);
  }

}
