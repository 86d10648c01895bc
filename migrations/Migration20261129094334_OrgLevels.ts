import { Migration } from '@mikro-orm/migrations';

export class Migration20261129094334_OrgLevels extends Migration {

  override name = 'Migration20261129094334_OrgLevels';

  override up(): void | Promise<void> {
    this.addSql(`create table "org_level" ("code" varchar(16) not null, "name" varchar(32) not null, "position" int not null, primary key ("code"));`);
    // The levels real systems assess: a county sits where a district does, a town where a street
    // does, a village where a community does; schools and kindergartens below any of them.
    this.addSql(`insert into "org_level" ("code", "name", "position") values
      ('province', '省', 1), ('city', '市', 2), ('district', '区', 3), ('county', '县', 3), ('street', '街道', 4), ('town', '镇', 4),
      ('community', '社区', 5), ('village', '村', 5), ('school', '学校', 6), ('kindergarten', '幼儿园', 6);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "org_level" cascade;`);
  }

}
