// One embedded PostgreSQL for the whole run, in a fresh temporary folder (a crashed run's
// folder is never reused); each test file creates its own database and runs the migrations.
// The admin is built here once, so the browser tests exercise what `npm start` serves — and no
// test file's build empties dist/admin while another file's browser is loading from it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../server/db/embedded.js';
import { freePort } from './factories/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which Vite would follow into a development React (1.15 MB
  // instead of 0.92): build exactly what `npm start` serves.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(process.cwd(), 'admin', 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  if (!existsSync(join(process.cwd(), 'dist', 'admin', 'index.html'))) throw new Error('the admin build produced no index.html');
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-test-pg-'));
  const port = await freePort();
  const pg = await startEmbedded(dir, port, { durable: false, password: randomBytes(18).toString('base64url') });
  project.provide('pgAdminUrl', pg.url('postgres'));
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
