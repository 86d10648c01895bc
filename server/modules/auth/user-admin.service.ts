// Administering accounts inside one's subtree: list and search, disable and enable, reset a
// password (a generated one, shown once, to be changed at the next login), unlock after too
// many failed logins; and changing one's own password. Every step goes through the policy.
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Page, decodeCursor, pageSize, toPage } from '../../core/paging.js';
import { badInput, forbidden, notFound } from '../../core/errors.js';
import { escapeLike, parseId } from '../org-unit/org-unit.service.js';
import { generatePassword, hashPassword, passwordFault, verifyPassword } from './password.js';
import { type Actor, authorize, requireActor } from './policy.js';
import { resetPoints } from './rate-limit.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export interface ListUsersArgs { search?: string; first?: number; after?: string }

/** Accounts of units in the actor's subtree (the global administrator: all, those without a unit too). */
export async function listUsers(em: EntityManager, actorIn: Actor | undefined, args: ListUsersArgs): Promise<Page<User>> {
  const actor = requireActor(actorIn);
  authorize(actor, 'user:read', actor.unitPath ?? '');
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const where: Record<string, unknown> = actor.unitPath === null ? {} : { orgUnit: { path: { $like: `${actor.unitPath}%` } } };
  const search = args.search?.trim();
  if (search) where.$or = [{ username: { $ilike: `%${escapeLike(search)}%` } }, { displayName: { $ilike: `%${escapeLike(search)}%` } }];
  const [rows, total] = await Promise.all([
    em.find(User, { ...where, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: size + 1, populate: ['orgUnit'] }),
    em.count(User, where),
  ]);
  return toPage(rows, size, total, after);
}

/** Someone else's account that the actor administers: in its subtree, never itself. */
async function administered(em: EntityManager, actor: Actor, id: string): Promise<User> {
  const user = await em.findOne(User, { id: parseId(id, '/id') }, { populate: ['orgUnit'] });
  if (!user) throw notFound('没有这个账号');
  authorize(actor, 'user:create', user.orgUnit?.path ?? '');
  if (!user.orgUnit && actor.unitPath !== null) throw forbidden('只有全局管理员可以管理不属于任何单位的管理员');
  if (user.id === actor.id) throw badInput([{ path: '/id', message: '不能对自己的账号这样操作；修改自己的密码请用“修改密码”' }]);
  return user;
}

const endSessions = (em: EntityManager, user: User) => em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });

export async function setUserDisabled(em: EntityManager, actorIn: Actor | undefined, id: string, disabled: boolean): Promise<User> {
  const actor = requireActor(actorIn);
  const user = await administered(em, actor, id);
  user.disabled = disabled;
  await em.flush();
  if (disabled) await endSessions(em, user);
  return user;
}

/** A new generated password, returned once (never stored in clear, never logged); the old sessions end. */
export async function resetUserPassword(em: EntityManager, actorIn: Actor | undefined, id: string): Promise<{ user: User; password: string }> {
  const actor = requireActor(actorIn);
  const user = await administered(em, actor, id);
  const password = generatePassword();
  user.passwordHash = await hashPassword(password);
  user.mustChangePassword = true;
  user.failedLogins = 0;
  user.lockedUntil = undefined;
  await em.flush();
  await endSessions(em, user);
  await resetPoints(em, `login-user:${user.username.toLowerCase()}`);
  return { user, password };
}

/** Lifts a lock after too many failed logins (the password stays as it is). */
export async function unlockUser(em: EntityManager, actorIn: Actor | undefined, id: string): Promise<User> {
  const actor = requireActor(actorIn);
  const user = await administered(em, actor, id);
  user.failedLogins = 0;
  user.lockedUntil = undefined;
  await em.flush();
  await resetPoints(em, `login-user:${user.username.toLowerCase()}`);
  return user;
}

export async function changeOwnPassword(em: EntityManager, actorIn: Actor | undefined, currentPassword: string, newPassword: string): Promise<User> {
  const actor = requireActor(actorIn);
  if (actor.apiTokenId) throw forbidden('API 令牌不能修改密码，请登录后修改');
  const user = await em.findOneOrFail(User, { id: actor.id }, { populate: ['orgUnit'] });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw badInput([{ path: '/currentPassword', message: '当前密码不正确，请重新输入' }]);
  const weak = passwordFault(newPassword);
  if (weak) throw badInput([{ path: '/newPassword', message: weak }]);
  if (newPassword === currentPassword) throw badInput([{ path: '/newPassword', message: '新密码不能与当前密码相同，请换一个' }]);
  user.passwordHash = await hashPassword(newPassword);
  user.mustChangePassword = false;
  await em.flush();
  return user;
}
