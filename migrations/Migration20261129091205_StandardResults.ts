import { Migration } from '@mikro-orm/migrations';

export class Migration20261129091205_StandardResults extends Migration {

  override name = 'Migration20261129091205_StandardResults';

  override up(): void | Promise<void> {
    this.addSql(`alter table "assessment_score" add "kind" varchar(16) not null default 'score', add "self_result" varchar(8) null, add "street_result" varchar(8) null, add "expert_result" varchar(8) null, add "final_result" varchar(8) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment_score" drop column "kind", drop column "self_result", drop column "street_result", drop column "expert_result", drop column "final_result";`);
  }

}
