// Org units: creation under a visible parent, with levels in order, and subtree listing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Page, decodeCursor, pageSize, toPage } from '../../core/paging.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import type { Fault, OrgLevel } from '../../engine/types.js';
import { levelsByCode } from '../org-level/org-level.service.js';
import { unsafeFaults } from '../../engine/safety.js';
import { type Actor, authorize, requireActor } from '../auth/policy.js';
import { OrgUnit } from './org-unit.entity.js';
import type { CreateOrgUnitInput, UpdateOrgUnitInput } from './org-unit.types.js';


export function parseId(value: string | number | undefined | null, path: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw badInput([{ path, message: '编号格式不正确' }]);
  return id;
}

/** The unit with `id`: NOT_FOUND when there is none, FORBIDDEN when it lies outside the actor's subtree. */
export async function findVisibleUnit(em: EntityManager, actor: Actor, id: number): Promise<OrgUnit> {
  const unit = await em.findOne(OrgUnit, { id });
  if (!unit) throw notFound('组织单位');
  authorize(actor, 'orgUnit:read', unit.path);
  return unit;
}

/** A unit's attributes: a JSON object, safe, with a population (when given) that is a number ≥ 0. */
function attributeFaults(attributes: unknown): Fault[] {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return [{ path: '/input/attributes', message: '属性应为 JSON 对象' }];
  const faults = unsafeFaults(attributes, '/input/attributes');
  const population = (attributes as Record<string, unknown>).population;
  if (population !== undefined && (typeof population !== 'number' || !Number.isFinite(population) || population < 0)) {
    faults.push({ path: '/input/attributes/population', message: '常住人口应为不小于 0 的数字' });
  }
  return faults;
}

/**
 * Renames a unit or replaces its attributes (population drives per-capita scores). Assessments
 * already under way keep what they were opened with; the next campaign sees the new figures.
 */
export async function updateOrgUnit(
  em: EntityManager, actorIn: Actor | undefined, id: string, input: UpdateOrgUnitInput, expectedRevision: number,
): Promise<OrgUnit> {
  const actor = requireActor(actorIn);
  const unit = await findVisibleUnit(em, actor, parseId(id, '/id'));
  authorize(actor, 'orgUnit:update', unit.path);
  const faults: Fault[] = [];
  const name = input.name?.trim();
  if (input.name !== undefined && input.name !== null && (!name || name.length > 200)) faults.push({ path: '/input/name', message: '请填写名称（不超过 200 字）' });
  if (input.attributes !== undefined && input.attributes !== null) faults.push(...attributeFaults(input.attributes));
  if (faults.length) throw badInput(faults);
  const set: Partial<OrgUnit> = { revision: expectedRevision + 1 };
  if (name) set.name = name;
  if (input.attributes) set.attributes = input.attributes;
  const affected = await em.nativeUpdate(OrgUnit, { id: unit.id, revision: expectedRevision }, set);
  if (affected === 0) {
    throw conflict(`该单位已被他人修改（当前修订号 ${unit.revision}，您修改的是 ${expectedRevision}），请刷新后再改`, { currentRevision: unit.revision, expectedRevision });
  }
  return em.findOneOrFail(OrgUnit, { id: unit.id }, { refresh: true });
}

export async function createOrgUnit(em: EntityManager, actorIn: Actor | undefined, input: CreateOrgUnitInput): Promise<OrgUnit> {
  const actor = requireActor(actorIn);
  const faults: Fault[] = [];
  const code = input.code.trim();
  const name = input.name.trim();
  if (!/^[0-9A-Za-z-]{2,32}$/.test(code)) faults.push({ path: '/input/code', message: '代码应为 2 到 32 位数字或字母（行政区划代码）' });
  if (!name || name.length > 200) faults.push({ path: '/input/name', message: '请填写名称（不超过 200 字）' });
  const levels = await levelsByCode(em);
  const level = levels.get(input.level);
  if (!level) faults.push({ path: '/input/level', message: `层级应为 ${[...levels.values()].map((l) => `${l.code}（${l.name}）`).join('、')} 之一` });
  const attributes = input.attributes ?? {};
  faults.push(...attributeFaults(attributes));
  let parent: OrgUnit | undefined;
  if (input.parentId) {
    parent = await findVisibleUnit(em, actor, parseId(input.parentId, '/input/parentId'));
    const parentLevel = levels.get(parent.level);
    if (level && parentLevel && level.position <= parentLevel.position) {
      faults.push({ path: '/input/level', message: `${level.name}级单位不能建在${parentLevel.name}级单位之下，请选择更低的层级` });
    }
  }
  authorize(actor, 'orgUnit:create', parent ? parent.path : '');
  if (!parent && actor.unitPath !== null) throw badInput([{ path: '/input/parentId', message: '请选择上级单位' }]);
  if (faults.length === 0 && (await em.count(OrgUnit, { code }))) faults.push({ path: '/input/code', message: `代码“${code}”已被使用，请检查是否重复创建` });
  if (faults.length) throw badInput(faults);

  return em.transactional(async (tx) => {
    const unit = tx.create(OrgUnit, { code, name, level: input.level as OrgLevel, parent, path: '', attributes: attributes as Record<string, unknown> });
    await tx.flush();
    unit.path = `${parent ? parent.path : ''}${unit.id}.`;
    return unit;
  });
}

export interface ListOrgUnitsArgs {
  parentId?: string;
  level?: string;
  search?: string;
  first?: number;
  after?: string;
}

export async function listOrgUnits(em: EntityManager, actorIn: Actor | undefined, args: ListOrgUnitsArgs): Promise<Page<OrgUnit>> {
  const actor = requireActor(actorIn);
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const where: Record<string, unknown> = { path: { $like: `${actor.unitPath ?? ''}%` } };
  if (args.parentId) where.parent = parseId(args.parentId, '/parentId');
  if (args.level) where.level = args.level;
  if (args.search?.trim()) where.$or = [{ name: { $ilike: `%${escapeLike(args.search.trim())}%` } }, { code: { $like: `${escapeLike(args.search.trim())}%` } }];
  const [rows, total] = await Promise.all([
    em.find(OrgUnit, { ...where, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: size + 1 }),
    em.count(OrgUnit, where),
  ]);
  return toPage(rows, size, total, after);
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
