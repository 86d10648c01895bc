import { Migration } from '@mikro-orm/migrations';

export class Migration20261122002108_InitialSchema extends Migration {

  override name = 'Migration20261122002108_InitialSchema';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null, "user_id" int null, "username" varchar(64) null, "action" varchar(64) not null, "target_id" varchar(64) null, "ok" boolean not null, "error_code" varchar(32) null, "ip" varchar(64) null, "detail" jsonb null);`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);

    this.addSql(`create table "indicator_system" ("id" serial primary key, "code" varchar(64) not null, "name" varchar(200) not null, "issuer" varchar(200) null, "target_level" varchar(16) null, "built_in" boolean not null default false, "created_at" timestamptz not null);`);
    this.addSql(`alter table "indicator_system" add constraint "indicator_system_code_unique" unique ("code");`);

    this.addSql(`create table "indicator_system_version" ("id" serial primary key, "system_id" int not null, "number" int not null, "status" text not null default 'DRAFT', "schema" jsonb not null, "ui_schema" jsonb null, "created_at" timestamptz not null, "published_at" timestamptz null);`);
    this.addSql(`alter table "indicator_system_version" add constraint "indicator_system_version_system_id_number_unique" unique ("system_id", "number");`);

    this.addSql(`create table "org_unit" ("id" serial primary key, "code" varchar(32) not null, "name" varchar(200) not null, "level" varchar(16) not null, "parent_id" int null, "path" varchar(400) not null, "attributes" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_code_unique" unique ("code");`);
    this.addSql(`create index "org_unit_path_idx" on "org_unit" ("path" text_pattern_ops);`);

    this.addSql(`create table "campaign" ("id" serial primary key, "name" varchar(200) not null, "year" int not null, "system_version_id" int not null, "owner_unit_id" int null, "owner_path" varchar(400) not null default '', "target_org_unit_ids" jsonb not null, "status" text not null default 'DRAFT', "pass_score" double precision not null, "deadlines" jsonb not null, "created_at" timestamptz not null, "opened_at" timestamptz null, "closed_at" timestamptz null);`);

    this.addSql(`create table "assessment" ("id" serial primary key, "campaign_id" int not null, "org_unit_id" int not null, "unit_path" varchar(400) not null, "status" text not null default 'DRAFT', "revision" int not null default 0, "data" jsonb not null, "computed" jsonb not null, "self_scores" jsonb not null, "self_score" double precision not null default 0, "street_scores" jsonb null, "expert_scores" jsonb null, "street_score" double precision null, "final_score" double precision null, "passed" boolean null, "grade" varchar(32) null, "vetoed" boolean not null default false, "return_reason" text null, "submitted_at" timestamptz null, "finalized_at" timestamptz null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "assessment_unit_path_idx" on "assessment" ("unit_path" text_pattern_ops);`);
    this.addSql(`alter table "assessment" add constraint "assessment_campaign_id_org_unit_id_unique" unique ("campaign_id", "org_unit_id");`);

    this.addSql(`create table "assessment_score" ("id" bigserial primary key, "campaign_id" int not null, "assessment_id" int not null, "indicator_code" varchar(64) not null, "title" varchar(200) not null, "level" int not null, "position" int not null, "max_score" double precision not null, "self_score" double precision null, "street_score" double precision null, "expert_score" double precision null, "final_score" double precision null);`);
    this.addSql(`create index "assessment_score_campaign_id_indicator_code_index" on "assessment_score" ("campaign_id", "indicator_code");`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_assessment_id_indicator_code_unique" unique ("assessment_id", "indicator_code");`);

    this.addSql(`create table "assessment_revision" ("id" bigserial primary key, "campaign_id" int not null, "assessment_id" int not null, "revision" int not null, "status" varchar(16) not null, "action" varchar(16) not null, "data" jsonb not null, "self_scores" jsonb not null, "user_id" int null, "at" timestamptz not null);`);
    this.addSql(`alter table "assessment_revision" add constraint "assessment_revision_assessment_id_revision_unique" unique ("assessment_id", "revision");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "username" varchar(64) not null, "password_hash" varchar(200) not null, "display_name" varchar(100) not null, "role" text not null, "org_unit_id" int null, "failed_logins" int not null default 0, "locked_until" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "session" ("id" serial primary key, "token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "review" ("id" serial primary key, "campaign_id" int not null, "assessment_id" int not null, "stage" text not null, "decision" text not null, "reviewer_id" int not null, "scores" jsonb null, "reasons" jsonb null, "opinion" text null, "created_at" timestamptz not null);`);

    this.addSql(`create table "attachment" ("id" uuid not null, "campaign_id" int not null, "assessment_id" int not null, "indicator_code" varchar(64) not null, "filename" varchar(255) not null, "mime_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "uploaded_by_id" int not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "attachment_assessment_id_indicator_code_index" on "attachment" ("assessment_id", "indicator_code");`);

    this.addSql(`alter table "indicator_system_version" add constraint "indicator_system_version_system_id_foreign" foreign key ("system_id") references "indicator_system" ("id") on delete cascade;`);
    this.addSql(`alter table "indicator_system_version" add constraint "indicator_system_version_status_check" check ("status" in ('DRAFT', 'PUBLISHED', 'RETIRED'));`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on delete restrict;`);

    this.addSql(`alter table "campaign" add constraint "campaign_system_version_id_foreign" foreign key ("system_version_id") references "indicator_system_version" ("id");`);
    this.addSql(`alter table "campaign" add constraint "campaign_owner_unit_id_foreign" foreign key ("owner_unit_id") references "org_unit" ("id") on delete set null;`);
    this.addSql(`alter table "campaign" add constraint "campaign_status_check" check ("status" in ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'));`);

    this.addSql(`alter table "assessment" add constraint "assessment_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id");`);
    this.addSql(`alter table "assessment" add constraint "assessment_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'RECOMMENDED', 'FINALIZED'));`);

    this.addSql(`alter table "assessment_score" add constraint "assessment_score_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete cascade;`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on delete cascade;`);

    this.addSql(`alter table "assessment_revision" add constraint "assessment_revision_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete cascade;`);
    this.addSql(`alter table "assessment_revision" add constraint "assessment_revision_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('ADMIN', 'STAFF', 'REVIEWER', 'EXPERT'));`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "review" add constraint "review_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete cascade;`);
    this.addSql(`alter table "review" add constraint "review_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on delete cascade;`);
    this.addSql(`alter table "review" add constraint "review_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id");`);
    this.addSql(`alter table "review" add constraint "review_stage_check" check ("stage" in ('STREET', 'EXPERT'));`);
    this.addSql(`alter table "review" add constraint "review_decision_check" check ("decision" in ('RECOMMEND', 'RETURN', 'FINALIZE'));`);

    this.addSql(`alter table "attachment" add constraint "attachment_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete cascade;`);
    this.addSql(`alter table "attachment" add constraint "attachment_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on delete cascade;`);
    this.addSql(`alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "indicator_system_version" drop constraint "indicator_system_version_system_id_foreign";`);
    this.addSql(`alter table "campaign" drop constraint "campaign_system_version_id_foreign";`);
    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);
    this.addSql(`alter table "campaign" drop constraint "campaign_owner_unit_id_foreign";`);
    this.addSql(`alter table "assessment" drop constraint "assessment_org_unit_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_org_unit_id_foreign";`);
    this.addSql(`alter table "assessment" drop constraint "assessment_campaign_id_foreign";`);
    this.addSql(`alter table "assessment_score" drop constraint "assessment_score_campaign_id_foreign";`);
    this.addSql(`alter table "assessment_revision" drop constraint "assessment_revision_campaign_id_foreign";`);
    this.addSql(`alter table "review" drop constraint "review_campaign_id_foreign";`);
    this.addSql(`alter table "attachment" drop constraint "attachment_campaign_id_foreign";`);
    this.addSql(`alter table "assessment_score" drop constraint "assessment_score_assessment_id_foreign";`);
    this.addSql(`alter table "assessment_revision" drop constraint "assessment_revision_assessment_id_foreign";`);
    this.addSql(`alter table "review" drop constraint "review_assessment_id_foreign";`);
    this.addSql(`alter table "attachment" drop constraint "attachment_assessment_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "review" drop constraint "review_reviewer_id_foreign";`);
    this.addSql(`alter table "attachment" drop constraint "attachment_uploaded_by_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "indicator_system" cascade;`);
    this.addSql(`drop table if exists "indicator_system_version" cascade;`);
    this.addSql(`drop table if exists "org_unit" cascade;`);
    this.addSql(`drop table if exists "campaign" cascade;`);
    this.addSql(`drop table if exists "assessment" cascade;`);
    this.addSql(`drop table if exists "assessment_score" cascade;`);
    this.addSql(`drop table if exists "assessment_revision" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "review" cascade;`);
    this.addSql(`drop table if exists "attachment" cascade;`);
  }

}
