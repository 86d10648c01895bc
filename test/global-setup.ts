// One embedded PostgreSQL for the whole run, in a fresh temporary folder (a crashed run's
// folder is never reused); each test file creates its own database and runs the migrations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../server/db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-test-pg-'));
  const port = 55000 + Math.floor(Math.random() * 5000);
  const pg = await startEmbedded(dir, port, { durable: false });
  project.provide('pgAdminUrl', pg.url('postgres'));
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
