// Reading and adding org levels. Levels are few and change rarely; every check reads them
// fresh (one small query), so a level added on one replica is seen by all.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, forbidden } from '../../core/errors.js';
import { type Actor, requireActor } from '../auth/policy.js';
import { OrgLevelEntity } from './org-level.entity.js';

export function listOrgLevels(em: EntityManager): Promise<OrgLevelEntity[]> {
  return em.find(OrgLevelEntity, {}, { orderBy: { position: 'asc', code: 'asc' } });
}

export async function levelsByCode(em: EntityManager): Promise<Map<string, OrgLevelEntity>> {
  return new Map((await listOrgLevels(em)).map((l) => [l.code, l]));
}

/** Adds a level; only the global administrator (no org unit) may, as levels are shared by everyone. */
export async function createOrgLevel(em: EntityManager, actorIn: Actor | undefined, code: string, name: string, position: number): Promise<OrgLevelEntity> {
  const actor = requireActor(actorIn);
  if (actor.role !== 'ADMIN' || actor.unitPath !== null) throw forbidden('只有全局管理员可以增加组织层级，请联系系统管理员');
  const faults = [];
  if (!/^[a-z][a-z0-9_-]{1,15}$/.test(code)) faults.push({ path: '/code', message: '层级编码应为 2 到 16 位小写字母、数字、_ 或 -，以字母开头' });
  if (!name.trim() || name.length > 32) faults.push({ path: '/name', message: '请填写层级名称（不超过 32 字）' });
  if (!Number.isInteger(position) || position < 1 || position > 100) faults.push({ path: '/position', message: '位置应为 1 到 100 的整数（1 为最高层级）' });
  if (faults.length) throw badInput(faults);
  if (await em.count(OrgLevelEntity, { code })) throw conflict(`层级“${code}”已存在`);
  const level = em.create(OrgLevelEntity, { code, name: name.trim(), position });
  await em.persist(level).flush();
  return level;
}
