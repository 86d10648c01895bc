// Opens the database the configuration names — DATABASE_URL, or the embedded server in
// DATA_DIR — and applies pending migrations before anything else touches it. Migrations run
// as the owner role; requests run as the app role, which may only read and write rows
// (roles.ts). With DATABASE_URL alone both are that URL's role; DATABASE_APP_URL separates them.
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { embeddedRoles, loadCredentials } from './credentials.js';
import { type EmbeddedDatabase, startEmbedded } from './embedded.js';
import { createOrmConfig } from './orm-config.js';
import { grantAppRole, provisionDatabase, urlAs } from './roles.js';
import { takeStartupLock } from './startup-lock.js';

export interface Database {
  orm: MikroORM;
  /** True when this database is the embedded one (demo data may be loaded into it). */
  embedded: boolean;
  /**
   * Ends this process's turn through start-up (taken before migrating, see startup-lock.ts):
   * the app calls it once its own start-up writes (built-in systems, demo, administrator) are done.
   */
  startupDone(): Promise<void>;
  close(): Promise<void>;
}

interface Connections {
  ownerUrl: string;
  appUrl: string;
}

export async function openDatabase(config: Readonly<Config>): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  try {
    let urls: Connections;
    if (config.databaseUrl) {
      urls = { ownerUrl: config.databaseUrl, appUrl: config.databaseAppUrl ?? config.databaseUrl };
    } else {
      const credentials = loadCredentials(config.dataDir);
      embedded = await startEmbedded(join(config.dataDir, 'pg'), config.embeddedPgPort, { password: credentials.superuser });
      const roles = embeddedRoles(credentials);
      await provisionDatabase(embedded.url('postgres'), 'zhibiao', roles);
      urls = { ownerUrl: urlAs(embedded.url('zhibiao'), roles.owner), appUrl: urlAs(embedded.url('zhibiao'), roles.app) };
    }
    const startupDone = await takeStartupLock(urls.ownerUrl);
    let orm: MikroORM;
    try {
      orm = await migrate(urls, config);
    } catch (err) {
      await startupDone();
      throw err;
    }
    const stopEmbedded = embedded;
    return {
      orm,
      embedded: embedded !== undefined,
      startupDone,
      async close() {
        await startupDone();
        await orm.close(true);
        await stopEmbedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}

/** Migrates as the owner and grants the app role its rows; answers an ORM signed in as the app role. */
async function migrate({ ownerUrl, appUrl }: Connections, config: Readonly<Config>): Promise<MikroORM> {
  const owner = await MikroORM.init(await createOrmConfig({ clientUrl: ownerUrl, onQuery: config.onQuery }));
  try {
    await owner.migrator.up();
    if (appUrl === ownerUrl) return owner;
    await grantAppRole(ownerUrl, decodeURIComponent(new URL(appUrl).username));
  } catch (err) {
    await owner.close(true);
    throw err;
  }
  await owner.close(true);
  return MikroORM.init(await createOrmConfig({ clientUrl: appUrl, onQuery: config.onQuery }));
}
