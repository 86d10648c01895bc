// The embedded database's passwords: generated on first start, kept in DATA_DIR beside the
// data they protect, readable by the server's user only (0600), never printed or logged.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseRoles } from './roles.js';

export interface EmbeddedCredentials {
  superuser: string;
  owner: string;
  app: string;
}

export const CREDENTIALS_FILE = 'db-credentials.json';

const generate = () => randomBytes(24).toString('base64url');

export function loadCredentials(dataDir: string): EmbeddedCredentials {
  const file = join(dataDir, CREDENTIALS_FILE);
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<EmbeddedCredentials>;
    if (stored.superuser && stored.owner && stored.app) return stored as EmbeddedCredentials;
  }
  const credentials = { superuser: generate(), owner: generate(), app: generate() };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return credentials;
}

export function embeddedRoles(credentials: EmbeddedCredentials): DatabaseRoles {
  return { owner: { name: 'zhibiao_owner', password: credentials.owner }, app: { name: 'zhibiao_app', password: credentials.app } };
}
