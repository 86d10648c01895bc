// Indicator systems as data: create, save drafts, publish. A published version never
// changes; saving after publishing starts a new draft version.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import type { ComputePool } from '../../compute/compute-pool.js';
import { indicatorSummaries, type IndicatorSummary, type SystemCheck } from '../../compute/compute-tasks.js';
import { compileCached, type CompiledSystem, peekCompiled } from '../../engine/index.js';
import { escapePointer, unsafeFaults } from '../../engine/safety.js';
import type { Fault, SystemMeta } from '../../engine/types.js';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { type Actor, authorize, can } from '../auth/policy.js';
import { OrgLevelEntity } from '../org-level/org-level.entity.js';
import { IndicatorSystem, IndicatorSystemVersion, VersionStatus } from './indicator-system.entity.js';

type Json = Record<string, unknown>;

/** Every fault of a schema and ui-schema, under /schema and /uiSchema; the meta when clean. */
export async function checkSystemInput(compute: ComputePool, code: string, schema: unknown, uiSchema: unknown): Promise<{ faults: Fault[]; meta?: SystemMeta }> {
  const faults: Fault[] = [];
  if (uiSchema !== undefined && uiSchema !== null) {
    if (typeof uiSchema !== 'object' || Array.isArray(uiSchema)) faults.push({ path: '/uiSchema', message: 'ui-schema 应为 JSON 对象' });
    else faults.push(...unsafeFaults(uiSchema, '/uiSchema'));
  }
  const result = await compute.check(schema);
  if (!result.meta) return { faults: [...faults, ...result.faults.map((f) => ({ ...f, path: `/schema${f.path === '/' ? '' : f.path}` }))] };
  const meta = result.meta;
  if (meta.code !== code) faults.push({ path: '/schema/x-system/code', message: `体系编码“${meta.code}”与参数 code“${code}”不一致，请改为一致` });
  return { faults, meta };
}

/**
 * What a draft needs even when saved with vocabulary faults (the builder's "save anyway"):
 * a JSON object free of unsafe keys. Publishing still needs no fault at all.
 */
function hardFaults(schema: unknown, uiSchema: unknown): Fault[] {
  const faults: Fault[] = [];
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) faults.push({ path: '/schema', message: '指标体系必须是一个 JSON 对象' });
  else faults.push(...unsafeFaults(schema, '/schema'));
  if (uiSchema !== undefined && uiSchema !== null && (typeof uiSchema !== 'object' || Array.isArray(uiSchema))) faults.push({ path: '/uiSchema', message: 'ui-schema 应为 JSON 对象' });
  else if (uiSchema) faults.push(...unsafeFaults(uiSchema, '/uiSchema'));
  return faults;
}

/** Name, issuer and level of a system, also of a draft that still has faults. */
function describe(code: string, schema: unknown, meta?: SystemMeta) {
  const root = schema as Json;
  const sys = (root['x-system'] ?? {}) as Json;
  return {
    name: meta?.title ?? (typeof root.title === 'string' && root.title ? root.title : code),
    issuer: meta?.issuer ?? (typeof sys.issuer === 'string' ? sys.issuer : undefined),
    targetLevel: meta?.targetLevel ?? (typeof sys.targetLevel === 'string' ? sys.targetLevel : undefined),
  };
}

/** The faults a draft is refused for: all of them, or with `allowFaults` only the hard ones. */
async function refusal(
  compute: ComputePool, code: string, schema: unknown, uiSchema: unknown, allowFaults: boolean,
): Promise<{ faults: Fault[]; meta?: SystemMeta }> {
  if (!allowFaults) return checkSystemInput(compute, code, schema, uiSchema);
  const hard = hardFaults(schema, uiSchema);
  return { faults: hard, meta: hard.length ? undefined : (await checkSystemInput(compute, code, schema, uiSchema)).meta };
}

/**
 * What checking a stored version found. A published or retired version never changes and was
 * checked when published, so it is compiled here once and kept (compileCached). A draft is
 * anyone's work in progress, possibly hostile: it is checked in the compute pool, once per
 * content (keyed by a hash of its schema), so reading it again costs nothing.
 */
async function versionCheck(version: IndicatorSystemVersion, compute: ComputePool): Promise<SystemCheck> {
  if (version.status !== VersionStatus.DRAFT) {
    const result = compileCached(`version:${version.id}`, version.schema);
    return result.ok
      ? { faults: [], meta: result.compiled.system.meta, indicators: indicatorSummaries(result.compiled.system) }
      : { faults: result.faults, indicators: [] };
  }
  const key = createHash('sha256').update(JSON.stringify(version.schema)).digest('base64url');
  const hit = draftChecks.get(key);
  if (hit) return hit;
  const check = await compute.check(version.schema);
  draftChecks.set(key, check);
  if (draftChecks.size > DRAFT_CHECKS_KEPT) draftChecks.delete(draftChecks.keys().next().value as string);
  return check;
}

const draftChecks = new Map<string, SystemCheck>();
const DRAFT_CHECKS_KEPT = 200;

/** Vocabulary faults of a stored version (a draft may have been saved with some). */
export async function versionFaults(version: IndicatorSystemVersion, compute: ComputePool): Promise<Fault[]> {
  return (await versionCheck(version, compute)).faults;
}

/** The indicator tree of a stored version; empty while a draft has faults. */
export async function versionIndicators(version: IndicatorSystemVersion, compute: ComputePool): Promise<IndicatorSummary[]> {
  return (await versionCheck(version, compute)).indicators;
}

/**
 * The compiled form of a published version, for assessments and campaigns. A draft is never
 * compiled on the request thread: campaigns run on published versions only.
 */
/**
 * A published version compiled, by id: from the cache without reading the version (its schema is
 * the largest thing a save would read), else loaded and compiled. Only published versions are
 * ever cached, and a published version never changes.
 */
export async function compiledVersionById(em: EntityManager, id: number): Promise<CompiledSystem> {
  return peekCompiled(`version:${id}`) ?? compiledVersion(await em.findOneOrFail(IndicatorSystemVersion, { id }));
}

export function compiledVersion(version: IndicatorSystemVersion): CompiledSystem {
  if (version.status === VersionStatus.DRAFT) throw badInput([{ path: '/versionId', message: '草稿不能用于督导评估' }], '该指标体系版本尚未发布，请先发布后再使用');
  const result = compileCached(`version:${version.id}`, version.schema);
  if (!result.ok) throw badInput(result.faults, '该指标体系版本无法编译，请联系管理员修订');
  return result.compiled;
}

/**
 * What reading the vocabulary cannot tell, as it needs the database: a target level that does
 * not exist, and sources that name no existing system, the system itself, or a system that
 * (perhaps through others) reads this one — each a fault at its path.
 */
export async function sourceFaults(em: EntityManager, code: string, schema: unknown): Promise<Fault[]> {
  const faults: Fault[] = [];
  // Levels are data too: the level a system assesses must be one that exists.
  const targetLevel = ((schema as Json | null)?.['x-system'] as Json | undefined)?.targetLevel;
  if (typeof targetLevel === 'string' && !(await em.count(OrgLevelEntity, { code: targetLevel }))) {
    const known = (await em.find(OrgLevelEntity, {}, { orderBy: { position: 'asc' } })).map((l) => `${l.code}（${l.name}）`).join('、');
    faults.push({ path: '/schema/x-system/targetLevel', message: `没有层级“${targetLevel}”，请选择：${known}；或请全局管理员先增加该层级` });
  }
  for (const [name, source] of Object.entries(declaredSourceSystems(schema))) {
    const path = `/schema/x-system/sources/${escapePointer(name)}/system`;
    if (source === code) faults.push({ path, message: '数据来源不能是本指标体系自身，请改为提供数据的另一个体系（如学校评估体系）' });
    else if (!(await em.count(IndicatorSystem, { code: source }))) {
      faults.push({ path, message: `数据来源“${name}”指向的指标体系 ${source} 不存在：请先创建并发布它，或检查编码` });
    } else if (await readsFrom(em, source, code, new Set())) {
      faults.push({ path, message: `数据来源形成循环：${source} 也（直接或间接）以 ${code} 为数据来源，请去掉其中一处` });
    }
  }
  return faults;
}

function declaredSourceSystems(schema: unknown): Record<string, string> {
  const sources = ((schema as Json | null)?.['x-system'] as Json | undefined)?.sources as Record<string, { system?: unknown }> | undefined;
  return Object.fromEntries(Object.entries(sources ?? {}).filter(([, s]) => typeof s?.system === 'string').map(([n, s]) => [n, s.system as string]));
}

/** Whether `from`'s latest version reads `target`, directly or through its own sources. */
async function readsFrom(em: EntityManager, from: string, target: string, seen: Set<string>): Promise<boolean> {
  if (seen.has(from)) return false;
  seen.add(from);
  const latest = await em.findOne(IndicatorSystemVersion, { system: { code: from } }, { orderBy: { number: 'desc' } });
  for (const next of Object.values(declaredSourceSystems(latest?.schema))) {
    if (next === target || (await readsFrom(em, next, target, seen))) return true;
  }
  return false;
}

export async function findSystem(em: EntityManager, code: string): Promise<IndicatorSystem> {
  const system = await em.findOne(IndicatorSystem, { code });
  if (!system) throw notFound(`指标体系“${code}”`);
  return system;
}

function checkCode(code: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(code)) {
    throw badInput([{ path: '/code', message: '体系编码应为 1 到 64 位字母、数字或 . _ -，以字母或数字开头' }]);
  }
}

export async function createIndicatorSystem(
  em: EntityManager, compute: ComputePool, actor: Actor | undefined, code: string, schema: unknown, uiSchema: unknown, builtIn = false, allowFaults = false,
): Promise<IndicatorSystem> {
  authorize(actor, 'system:manage', actor?.unitPath ?? '');
  checkCode(code);
  const { faults, meta } = await refusal(compute, code, schema, uiSchema, allowFaults);
  if (!allowFaults) faults.push(...(await sourceFaults(em, code, schema)));
  if (!faults.length && (await em.count(IndicatorSystem, { code }))) faults.push({ path: '/code', message: `体系编码“${code}”已存在，请换一个，或保存为该体系的新版本` });
  if (faults.length) throw badInput(faults);
  return em.transactional(async (tx) => {
    const system = tx.create(IndicatorSystem, { code, ...describe(code, schema, meta), builtIn, ownerPath: actor?.unitPath ?? '' });
    tx.create(IndicatorSystemVersion, { system, number: 1, schema: schema as Json, uiSchema: (uiSchema as Json) ?? undefined });
    return system;
  });
}

/** Only the owning unit's administrators (or those above it) revise or publish a system; everyone else uses it. */
function requireOwner(actor: Actor | undefined, ownerPath: string): void {
  if (!can(actor, 'system:manage', ownerPath)) {
    throw forbidden('这是其他单位（或全局）的指标体系：可以使用，不能修改或发布；如需调整，请导出 JSON 后以本单位的新编码导入');
  }
}

/** The system row, locked for this transaction, with the revision an editor started from checked. */
async function lockSystem(tx: EntityManager, id: number, expectedRevision?: number): Promise<IndicatorSystem> {
  const system = await tx.findOneOrFail(IndicatorSystem, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (expectedRevision !== undefined && expectedRevision !== null && system.revision !== expectedRevision) {
    throw conflict(`此指标体系已被他人修改（当前修订号 ${system.revision}，您编辑的是 ${expectedRevision}），请先导出您的 JSON 备份，再刷新后合并修改`, {
      currentRevision: system.revision, expectedRevision,
    });
  }
  system.revision += 1;
  return system;
}

export async function saveIndicatorSystemDraft(
  em: EntityManager, compute: ComputePool, actor: Actor | undefined, code: string, schema: unknown, uiSchema: unknown, allowFaults = false, expectedRevision?: number,
): Promise<IndicatorSystemVersion> {
  authorize(actor, 'system:manage', actor?.unitPath ?? '');
  const { id, ownerPath } = await findSystem(em, code);
  requireOwner(actor, ownerPath);
  const { faults, meta } = await refusal(compute, code, schema, uiSchema, allowFaults);
  if (!allowFaults) faults.push(...(await sourceFaults(em, code, schema)));
  if (faults.length) throw badInput(faults);
  return em.transactional(async (tx) => {
    // Locked: two saves can neither both create "the next" version nor both pass the revision check.
    const system = await lockSystem(tx, id, expectedRevision);
    const latest = await tx.findOne(IndicatorSystemVersion, { system }, { orderBy: { number: 'desc' } });
    Object.assign(system, describe(code, schema, meta));
    if (latest && latest.status === VersionStatus.DRAFT) {
      latest.schema = schema as Json;
      latest.uiSchema = (uiSchema as Json) ?? undefined;
      return latest;
    }
    return tx.create(IndicatorSystemVersion, { system, number: (latest?.number ?? 0) + 1, schema: schema as Json, uiSchema: (uiSchema as Json) ?? undefined });
  });
}

export async function publishIndicatorSystem(em: EntityManager, compute: ComputePool, actor: Actor | undefined, code: string): Promise<IndicatorSystemVersion> {
  authorize(actor, 'system:manage', actor?.unitPath ?? '');
  const { id, ownerPath } = await findSystem(em, code);
  requireOwner(actor, ownerPath);
  return em.transactional(async (tx) => {
    const system = await lockSystem(tx, id);
    const draft = await tx.findOne(IndicatorSystemVersion, { system, status: VersionStatus.DRAFT }, { orderBy: { number: 'desc' } });
    if (!draft) throw badInput([{ path: '/code', message: '该体系没有待发布的草稿，请先保存草稿' }]);
    const { faults } = await checkSystemInput(compute, code, draft.schema, draft.uiSchema);
    faults.push(...(await sourceFaults(tx, code, draft.schema)));
    if (faults.length) throw badInput(faults, '草稿仍有问题，修正后才能发布');
    await tx.nativeUpdate(IndicatorSystemVersion, { system, status: VersionStatus.PUBLISHED }, { status: VersionStatus.RETIRED });
    draft.status = VersionStatus.PUBLISHED;
    draft.publishedAt = new Date();
    return draft;
  });
}

export async function listSystems(em: EntityManager, actor: Actor | undefined): Promise<IndicatorSystem[]> {
  authorize(actor, 'system:read', actor?.unitPath ?? '');
  return em.find(IndicatorSystem, {}, { orderBy: { code: 'asc' } });
}

export async function getSystem(em: EntityManager, actor: Actor | undefined, code: string): Promise<IndicatorSystem | null> {
  authorize(actor, 'system:read', actor?.unitPath ?? '');
  return em.findOne(IndicatorSystem, { code });
}
