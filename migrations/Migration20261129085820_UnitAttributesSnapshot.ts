import { Migration } from '@mikro-orm/migrations';

export class Migration20261129085820_UnitAttributesSnapshot extends Migration {

  override name = 'Migration20261129085820_UnitAttributesSnapshot';

  override up(): void | Promise<void> {
    this.addSql(`alter table "org_unit" add "revision" int not null default 0;`);

    this.addSql(`alter table "assessment" add "unit_attributes" jsonb null;`);
    // Assessments already opened keep the attributes their units have now: what they were scored with.
    this.addSql(`update "assessment" a set "unit_attributes" = o."attributes" from "org_unit" o where o."id" = a."org_unit_id";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment" drop column "unit_attributes";`);

    this.addSql(`alter table "org_unit" drop column "revision";`);
  }

}
