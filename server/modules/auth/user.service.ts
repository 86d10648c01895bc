// Users: created by an administrator inside its subtree; the first administrator at start.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, forbidden } from '../../core/errors.js';
import type { Fault } from '../../engine/types.js';
import { findVisibleUnit, parseId } from '../org-unit/org-unit.service.js';
import type { OrgUnit } from '../org-unit/org-unit.entity.js';
import type { CreateUserInput } from './auth.types.js';
import { generatePassword, hashPassword, passwordFault } from './password.js';
import { type Actor, authorize, requireActor } from './policy.js';
import { Role, User } from './user.entity.js';

export async function createUser(em: EntityManager, actorIn: Actor | undefined, input: CreateUserInput): Promise<User> {
  const actor = requireActor(actorIn);
  const faults: Fault[] = [];
  const username = input.username.trim();
  if (!/^[A-Za-z0-9_.@-]{3,64}$/.test(username)) faults.push({ path: '/input/username', message: '用户名应为 3 到 64 位字母、数字或 _ . @ -' });
  const weak = passwordFault(input.password);
  if (weak) faults.push({ path: '/input/password', message: weak });
  if (!input.displayName.trim() || input.displayName.length > 100) faults.push({ path: '/input/displayName', message: '请填写姓名（不超过 100 字）' });
  let unit: OrgUnit | undefined;
  if (input.orgUnitId) unit = await findVisibleUnit(em, actor, parseId(input.orgUnitId, '/input/orgUnitId'));
  else if (input.role !== Role.ADMIN) faults.push({ path: '/input/orgUnitId', message: '请选择所属单位（只有管理员可以不属于任何单位）' });
  authorize(actor, 'user:create', unit ? unit.path : '');
  if (!unit && actor.unitPath !== null) throw forbidden('只有全局管理员可以创建不属于任何单位的管理员');
  if (faults.length === 0 && (await em.count(User, { username }))) faults.push({ path: '/input/username', message: `用户名“${username}”已存在，请换一个` });
  if (faults.length) throw badInput(faults);
  const user = em.create(User, {
    username, passwordHash: await hashPassword(input.password), displayName: input.displayName.trim(), role: input.role, orgUnit: unit,
    mustChangePassword: input.mustChangePassword === true,
  });
  await em.persist(user).flush();
  return user;
}

/** On an empty database: the `admin` user with ADMIN_PASSWORD, or a generated password printed once. */
export async function ensureAdmin(em: EntityManager, adminPassword: string | undefined, print: (line: string) => void): Promise<void> {
  if ((await em.count(User, {})) > 0) return;
  const password = adminPassword ?? generatePassword();
  em.create(User, { username: 'admin', passwordHash: await hashPassword(password), displayName: '系统管理员', role: Role.ADMIN });
  await em.flush();
  if (adminPassword) print('已创建管理员账号 admin（密码取自 ADMIN_PASSWORD）');
  else print(`已创建管理员账号 admin，初始密码：${password}（只显示这一次，请登录后妥善保存）`);
}
