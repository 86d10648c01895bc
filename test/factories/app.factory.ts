// A real app on a fresh database of the shared embedded PostgreSQL, listening on a free
// port, with small helpers to call GraphQL as a given user.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newRoles, provisionedUrls } from '../../server/db/roles.js';
import type { ApiClient, GqlResult } from './api-client.js';
import { inject } from 'vitest';
import { type App, createApp } from '../../server/app.js';
import { type Config, loadConfig } from '../../server/config.js';

export const ADMIN_PASSWORD = 'Admin-pass-1';

export type { GqlResult } from './api-client.js';

export interface TestApp extends ApiClient {
  app: App;
  /** The superuser's URL of the app's database (see TestDatabase). */
  databaseUrl: string;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestDatabase {
  /** The superuser's URL of this database: for a test to look at or arrange what the server cannot. */
  url: string;
  /** What the server migrates as (DATABASE_URL) and runs requests as (DATABASE_APP_URL), as deployed. */
  ownerUrl: string;
  appUrl: string;
}

/** A fresh database of the shared PostgreSQL with its own owner and app roles. */
export async function createDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const { ownerUrl, appUrl } = await provisionedUrls(adminUrl, name, newRoles(name));
  return { url: adminUrl.replace(/\/postgres$/, `/${name}`), ownerUrl, appUrl };
}

export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createDatabase();
  const databaseUrl = database.url;
  const config = loadConfig({
    databaseUrl: database.ownerUrl, databaseAppUrl: database.appUrl, dataDir: mkdtempSync(join(tmpdir(), 'zhibiao-test-data-')),
    adminPassword: ADMIN_PASSWORD, quiet: true, port: 0, ...overrides,
  }, {});
  const app = await createApp(config, () => {});
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<any>;
  };
  const login = async (username: string, password: string) => {
    const r = await gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password });
    if (!r.data?.login) throw new Error(`login failed for ${username}: ${JSON.stringify(r.errors)}`);
    return r.data.login.token as string;
  };
  const adminToken = await login('admin', ADMIN_PASSWORD);
  return {
    app, url, databaseUrl, database, gql, login, adminToken,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    },
  };
}

/** The first error's code and fault paths, for table-driven failure cases. */
export function errorOf(result: GqlResult): { code?: string; paths: string[] } {
  const e = result.errors?.[0];
  return { code: e?.extensions?.code, paths: (e?.extensions?.faults ?? []).map((f) => f.path) };
}
