// Who the server is in PostgreSQL. Migrations run as an owner role that owns the schema and
// nothing else (no superuser, cannot create roles or databases); requests run as an app role
// that owns nothing and may only read and write rows — the audit trail only read and append.
// So a request, however it goes wrong, cannot erase the audit (TRUNCATE, disabling its
// trigger, replica mode) or reach the machine (COPY … TO PROGRAM, which needs a superuser).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface Role {
  name: string;
  password: string;
}

export interface DatabaseRoles {
  owner: Role;
  app: Role;
}

/** Tables the app role may read and append to, never change. */
const APPEND_ONLY = ['audit_event'];
/** Tables the app role may not touch at all. */
const OWNER_ONLY = ['mikro_orm_migrations'];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * As a superuser (`superUrl` names any database of the cluster): both roles exist with these
 * passwords and no privilege beyond logging in; `database` exists, is owned by the owner role,
 * and so is everything in its public schema (also what an older version created as superuser).
 */
export async function provisionDatabase(superUrl: string, database: string, roles: DatabaseRoles): Promise<void> {
  await withClient(superUrl, async (client) => {
    for (const role of [roles.owner, roles.app]) {
      const exists = (await client.query('select 1 from pg_roles where rolname = $1', [role.name])).rowCount;
      const attributes = `login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${client.escapeLiteral(role.password)}`;
      await client.query(`${exists ? 'alter' : 'create'} role ${ident(role.name)} with ${attributes}`);
    }
    const found = (await client.query('select 1 from pg_database where datname = $1', [database])).rowCount;
    if (!found) await client.query(`create database ${ident(database)} owner ${ident(roles.owner.name)}`);
    else await client.query(`alter database ${ident(database)} owner to ${ident(roles.owner.name)}`);
    await client.query(`revoke all on database ${ident(database)} from public`);
    await client.query(`grant connect on database ${ident(database)} to ${ident(roles.app.name)}`);
  });
  const dbUrl = new URL(superUrl);
  dbUrl.pathname = `/${database}`;
  await withClient(dbUrl.href, async (client) => {
    const owner = ident(roles.owner.name);
    await client.query(`alter schema public owner to ${owner}`);
    await client.query('revoke create on schema public from public');
    await client.query(`grant usage on schema public to ${ident(roles.app.name)}`);
    // Objects a superuser created before roles existed (an older data directory) pass to the owner.
    const owned = await client.query<{ kind: string; name: string }>(`
      select case c.relkind when 'S' then 'sequence' when 'v' then 'view' else 'table' end as kind, quote_ident(c.relname) as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p', 'S', 'v') and c.relowner <> (select oid from pg_roles where rolname = $1)
         and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')))
      union all
      select 'function', p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public' and p.proowner <> (select oid from pg_roles where rolname = $1)`, [roles.owner.name]);
    for (const { kind, name } of owned.rows) await client.query(`alter ${kind} ${name} owner to ${owner}`);
  });
}

/** As the owner, after migrations: the app role reads and writes rows, appends to the audit, and no more. */
export async function grantAppRole(ownerUrl: string, app: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const role = ident(app);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await client.query(`grant usage, select on all sequences in schema public to ${role}`);
    for (const table of APPEND_ONLY) await client.query(`revoke update, delete, truncate, references, trigger on ${ident(table)} from ${role}`);
    for (const table of OWNER_ONLY) await client.query(`revoke all on ${ident(table)} from ${role}`);
  });
}

/** The same URL, signed in as `role`. */
export function urlAs(url: string, role: Role, database?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(role.name);
  u.password = encodeURIComponent(role.password);
  if (database) u.pathname = `/${database}`;
  return u.href;
}

/** Owner and app roles named after `prefix`, with fresh random passwords (tests, benchmark, tools). */
export function newRoles(prefix: string): DatabaseRoles {
  const password = () => randomBytes(18).toString('base64url');
  return { owner: { name: `${prefix}_owner`, password: password() }, app: { name: `${prefix}_app`, password: password() } };
}

/** Provisions `database` for `roles` and answers the two URLs a server needs. */
export async function provisionedUrls(superUrl: string, database: string, roles: DatabaseRoles): Promise<{ ownerUrl: string; appUrl: string }> {
  const superPostgres = new URL(superUrl);
  superPostgres.pathname = '/postgres';
  await provisionDatabase(superPostgres.href, database, roles);
  return { ownerUrl: urlAs(superUrl, roles.owner, database), appUrl: urlAs(superUrl, roles.app, database) };
}
