// `npm run migration:create -- <name> [--blank]`: diffs the entities against the committed snapshot on a
// throw-away embedded PostgreSQL and writes a new migration into migrations/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { startEmbedded } from './embedded.js';
import { newRoles, provisionedUrls } from './roles.js';
import { createOrmConfig } from './orm-config.js';

const dir = mkdtempSync(join(tmpdir(), 'zhibiao-migrate-'));
const pg = await startEmbedded(dir, 54400 + Math.floor(Math.random() * 500), { durable: false, password: randomBytes(18).toString('base64url') });
try {
  const { ownerUrl } = await provisionedUrls(pg.url('postgres'), 'migrate', newRoles('migrate'));
  const orm = await MikroORM.init(await createOrmConfig({ clientUrl: ownerUrl, migrationsPath: resolve('migrations') }));
  // --blank writes an empty migration for what the entities cannot express (triggers).
  const blank = process.argv.includes('--blank');
  const name = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const result = await orm.migrator.create(undefined, blank, false, name);
  console.log(result.fileName ? `written migrations/${result.fileName}` : 'no changes: the entities match the snapshot');
  await orm.close(true);
} finally {
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
