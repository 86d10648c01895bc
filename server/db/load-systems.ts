// Loads the built-in indicator systems from schemas/<name>/ (schema.json, ui-schema.json)
// and publishes each one that the database does not have yet.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../modules/auth/policy.js';
import { Role } from '../modules/auth/user.entity.js';
import { IndicatorSystem } from '../modules/indicator-system/indicator-system.entity.js';
import type { ComputePool } from '../compute/compute-pool.js';
import { createIndicatorSystem, publishIndicatorSystem } from '../modules/indicator-system/indicator-system.service.js';
import { schemasDir } from '../paths.js';

/** The process itself, acting as the top administrator for start-up work. */
export const SYSTEM_ACTOR: Actor = { id: 0, username: 'system', role: Role.ADMIN, unitId: null, unitPath: null };

export interface BuiltInSystem {
  folder: string;
  schema: Record<string, unknown>;
  uiSchema?: Record<string, unknown>;
}

export async function readBuiltInSystems(): Promise<BuiltInSystem[]> {
  const folders = (await readdir(schemasDir, { withFileTypes: true })).filter((d) => d.isDirectory() && d.name !== 'meta');
  return Promise.all(folders.map(async (d) => {
    const dir = join(schemasDir, d.name);
    const schema = JSON.parse(await readFile(join(dir, 'schema.json'), 'utf8'));
    const uiPath = join(dir, 'ui-schema.json');
    const uiSchema = existsSync(uiPath) ? JSON.parse(await readFile(uiPath, 'utf8')) : undefined;
    return { folder: d.name, schema, uiSchema };
  }));
}

/**
 * Built-ins in an order that publishes a system before any system deriving from it
 * (`x-system.sources` must name a system that exists); otherwise by folder name.
 */
export function inSourceOrder(systems: BuiltInSystem[]): BuiltInSystem[] {
  const codeOf = (s: BuiltInSystem) => (s.schema['x-system'] as { code?: string } | undefined)?.code;
  const byCode = new Map(systems.map((s) => [codeOf(s), s]));
  const out: BuiltInSystem[] = [];
  const placed = new Set<BuiltInSystem>();
  const place = (s: BuiltInSystem, trail: Set<BuiltInSystem>) => {
    if (placed.has(s) || trail.has(s)) return; // a cycle is left for publishing to refuse, with its path
    trail.add(s);
    const sources = ((s.schema['x-system'] as { sources?: Record<string, { system?: string }> } | undefined)?.sources) ?? {};
    for (const { system } of Object.values(sources)) {
      const dependency = byCode.get(system);
      if (dependency) place(dependency, trail);
    }
    placed.add(s);
    out.push(s);
  };
  for (const s of [...systems].sort((a, b) => a.folder.localeCompare(b.folder))) place(s, new Set());
  return out;
}

export async function loadBuiltInSystems(em: EntityManager, compute: ComputePool, log: (line: string) => void): Promise<void> {
  for (const { folder, schema, uiSchema } of inSourceOrder(await readBuiltInSystems())) {
    const code = (schema['x-system'] as { code?: string } | undefined)?.code;
    if (!code) throw new Error(`schemas/${folder}/schema.json has no x-system.code`);
    if (await em.count(IndicatorSystem, { code })) continue;
    await createIndicatorSystem(em.fork(), compute, SYSTEM_ACTOR, code, schema, uiSchema, true);
    await publishIndicatorSystem(em.fork(), compute, SYSTEM_ACTOR, code);
    log(`已载入内置指标体系：${code}`);
  }
}
