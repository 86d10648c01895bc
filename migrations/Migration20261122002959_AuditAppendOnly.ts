import { Migration } from '@mikro-orm/migrations';

// The audit trail is append-only: the database itself refuses to change or delete an event.
export class Migration20261122002959_AuditAppendOnly extends Migration {

  override name = 'Migration20261122002959_AuditAppendOnly';

  override up(): void | Promise<void> {
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only'; end $$;`);
    this.addSql(`create trigger audit_event_no_update before update or delete on "audit_event"
      for each row execute function audit_event_append_only();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger audit_event_no_update on "audit_event";`);
    this.addSql(`drop function audit_event_append_only();`);
  }

}
