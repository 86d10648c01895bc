// A real app on a fresh database of the shared embedded PostgreSQL, listening on a free
// port, with small helpers to call GraphQL as a given user.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type App, createApp } from '../../server/app.js';
import { type Config, loadConfig } from '../../server/config.js';

export const ADMIN_PASSWORD = 'Admin-pass-1';

export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; faults?: { path: string; message: string }[]; [k: string]: unknown } }[];
}

export interface TestApp {
  app: App;
  url: string;
  databaseUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  login(username: string, password: string): Promise<string>;
  adminToken: string;
  close(): Promise<void>;
}

export async function createDatabase(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const databaseUrl = await createDatabase();
  const config = loadConfig({
    databaseUrl, dataDir: mkdtempSync(join(tmpdir(), 'zhibiao-test-data-')), adminPassword: ADMIN_PASSWORD, quiet: true, port: 0, ...overrides,
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
    app, url, databaseUrl, gql, login, adminToken,
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
