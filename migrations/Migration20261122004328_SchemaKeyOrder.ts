import { Migration } from '@mikro-orm/migrations';

// Indicator system schemas keep their key order: jsonb sorts object keys, json keeps the text.
export class Migration20261122004328_SchemaKeyOrder extends Migration {

  override name = 'Migration20261122004328_SchemaKeyOrder';

  override up(): void | Promise<void> {
    this.addSql(`alter table "indicator_system_version" alter column "schema" type json using "schema"::json, alter column "ui_schema" type json using "ui_schema"::json;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "indicator_system_version" alter column "schema" type jsonb using "schema"::jsonb, alter column "ui_schema" type jsonb using "ui_schema"::jsonb;`);
  }

}
