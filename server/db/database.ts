// Opens the database the configuration names — DATABASE_URL, or the embedded server in
// DATA_DIR — and applies pending migrations before anything else touches it.
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { type EmbeddedDatabase, startEmbedded } from './embedded.js';
import { createOrmConfig } from './orm-config.js';

export interface Database {
  orm: MikroORM;
  /** True when this database is the embedded one (demo data may be loaded into it). */
  embedded: boolean;
  close(): Promise<void>;
}

export async function openDatabase(config: Readonly<Config>): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbedded(join(config.dataDir, 'pg'), config.embeddedPgPort);
    await embedded.createDatabase('zhibiao');
    url = embedded.url('zhibiao');
  }
  try {
    const orm = await MikroORM.init(await createOrmConfig({ clientUrl: url, onQuery: config.onQuery }));
    await orm.migrator.up();
    return {
      orm,
      embedded: embedded !== undefined,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
