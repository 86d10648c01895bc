// Services, routes and the policy serve GraphQL and plain HTTP alike, so they import nothing from
// server/graphql/ (errors and paging live in server/core/); the engine imports nothing from the
// server around it; the admin decides nothing about permissions by itself.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function files(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(path, keep));
    else if (keep(entry.name)) out.push(path);
  }
  return out;
}

async function importsMatching(paths: string[], pattern: RegExp): Promise<string[]> {
  const hits: string[] = [];
  for (const path of paths) {
    const source = await readFile(path, 'utf8');
    for (const [line] of source.matchAll(/^import .*$/gm)) if (pattern.test(line)) hits.push(`${path}: ${line}`);
  }
  return hits;
}

describe('layering', () => {
  it('services, routes and the policy import nothing from server/graphql', async () => {
    const modules = await files('server/modules', (n) => n.endsWith('.ts') && !/\.(resolver|types)\.ts$|-typed\.resolver\.ts$/.test(n));
    expect(modules.length).toBeGreaterThan(30);
    expect(await importsMatching(modules, /\/graphql\//)).toEqual([]);
  });

  it('the admin decides nothing about permissions by itself: no role compared, no workflow rule copied', async () => {
    const admin = await files('admin/src', (n) => /\.tsx?$/.test(n) && n !== 'graphql.ts' && n !== 'gql.ts');
    expect(admin.length).toBeGreaterThan(40);
    const hits: string[] = [];
    for (const path of admin) {
      const source = await readFile(path, 'utf8');
      for (const m of source.matchAll(/\brole\s*[!=]==|[!=]==\s*'(ADMIN|STAFF|REVIEWER)'|\b(stageFor|actionFor)\b/g)) hits.push(`${path}: ${m[0]}`);
    }
    // (EXPERT is also a review stage, which the server hands over as `viewerCan.reviewStage`.)
    expect(hits).toEqual([]);
  });

  it('the engine imports nothing from the server around it', async () => {
    const engine = await files('server/engine', (n) => n.endsWith('.ts'));
    expect(engine.length).toBeGreaterThan(5);
    expect(await importsMatching(engine, /from '\.\.\/(modules|graphql|db|core|compute|config)/)).toEqual([]);
  });
});
