// MikroORM options for PostgreSQL. Migrations are listed explicitly from migrations/ so the
// same code runs them from TypeScript sources (tests) and from the compiled build.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DefaultLogger, type LoggerNamespace, type LogContext, type MigrationObject } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';

const migrationsDir = new URL('../../migrations/', import.meta.url);

/** Every migration class beside the running code, in name (= date) order. */
export async function loadMigrations(): Promise<MigrationObject[]> {
  const files = (await readdir(migrationsDir).catch(() => [] as string[])).filter((f) => /^Migration\d+.*\.(js|ts)$/.test(f) && !f.endsWith('.d.ts')).sort();
  return Promise.all(
    files.map(async (file) => {
      const mod = (await import(new URL(file, migrationsDir).href)) as Record<string, unknown>;
      const cls = Object.values(mod).find((v) => typeof v === 'function') as MigrationObject['class'];
      return { name: file.replace(/\.(js|ts)$/, ''), class: cls };
    }),
  );
}

class QueryHookLogger extends DefaultLogger {
  constructor(
    options: ConstructorParameters<typeof DefaultLogger>[0],
    private readonly hook: (sql: string) => void,
  ) {
    super(options);
  }
  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query') this.hook(message);
  }
}

export interface OrmConfigInput {
  clientUrl: string;
  onQuery?: (sql: string) => void;
  /** Where migration:create writes new migrations (the source folder). */
  migrationsPath?: string;
}

export async function createOrmConfig(input: OrmConfigInput): Promise<Options> {
  const { onQuery } = input;
  return defineConfig({
    clientUrl: input.clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    debug: onQuery ? ['query'] : false,
    loggerFactory: onQuery ? (options) => new QueryHookLogger(options, onQuery) : undefined,
    pool: { min: 0, max: 10 },
    // No accessors defined on each loaded entity for every property: they exist to carry a change
    // of a bidirectional relation to its other side, which nothing here relies on (the one
    // collection, IndicatorSystem.versions, is never read), and they made loading an entity
    // ~100 µs — a page of 100 assessments with their units spent 20 ms in them.
    propagationOnPrototype: false,
    migrations: {
      path: input.migrationsPath ?? fileURLToPath(migrationsDir),
      snapshotName: '.snapshot-zhibiao',
      snapshotOnMigrate: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      migrationsList: await loadMigrations(),
    },
  });
}
