// Builds the admin once per test run, so the browser tests exercise what `npm start` serves.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

let built: Promise<void> | undefined;

export function buildAdmin(): Promise<void> {
  built ??= build({ configFile: join(process.cwd(), 'admin', 'vite.config.ts'), logLevel: 'warn' }).then(() => {
    if (!existsSync(join(process.cwd(), 'dist', 'admin', 'index.html'))) throw new Error('the admin build produced no index.html');
  });
  return built;
}
