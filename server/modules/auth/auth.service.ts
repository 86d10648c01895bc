// Logging in: argon2id verification, a lock after repeated failures, a new session.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { badInput, DomainError, ErrorCode, unauthenticated } from '../../core/errors.js';
import { decoyHash, verifyPassword } from './password.js';
import { consumePoint, refundPoint, resetPoints } from './rate-limit.js';
import { createSession } from './session.service.js';
import { User } from './user.entity.js';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

const FAILED = '用户名或密码错误，请重新输入；连续多次错误将暂时锁定该账号';

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** The same words whether or not the account exists, so a lockout tells nobody which usernames are real. */
function lockedOut(retryAfterSeconds: number): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, `该账号因多次登录失败已被暂时锁定，请 ${minutes(retryAfterSeconds)} 分钟后再试，或联系管理员解锁`, [], { retryAfterSeconds });
}

/**
 * Every attempt is counted before its password is checked, in one SQL statement per key (the
 * username, existing or not, and the address), so a burst of parallel guesses gets at most the
 * allowed number of checks; the rest are refused unchecked. A success clears the username's count
 * and gives the address its point back.
 */
export async function login(em: EntityManager, config: Readonly<Config>, username: string, password: string, ip = ''): Promise<LoginResult> {
  const faults = [];
  if (!username.trim()) faults.push({ path: '/username', message: '请输入用户名' });
  if (!password) faults.push({ path: '/password', message: '请输入密码' });
  if (username.length > 64 || password.length > 256) faults.push({ path: '/', message: '用户名或密码过长' });
  if (faults.length) throw badInput(faults);

  const addressKey = `login-address:${ip}`;
  const address = await consumePoint(em, addressKey, config.lockoutSeconds);
  if (address.points > config.maxLoginFailuresPerAddress) {
    throw new DomainError(ErrorCode.RATE_LIMITED, `此网络地址登录失败次数过多，请 ${minutes(address.retryAfterSeconds)} 分钟后再试`, [], { retryAfterSeconds: address.retryAfterSeconds });
  }
  const name = username.trim();
  const userKey = `login-user:${name.toLowerCase()}`;
  const attempt = await consumePoint(em, userKey, config.lockoutSeconds);
  if (attempt.points > config.maxLoginFailures) throw lockedOut(attempt.retryAfterSeconds);

  const user = await em.findOne(User, { username: name }, { populate: ['orgUnit'] });
  if (!user) {
    await verifyPassword(await decoyHash(), password);
    throw unauthenticated(FAILED);
  }
  const now = new Date();
  // Kept on the account so an administrator can see (and lift) the lock.
  if (user.lockedUntil && user.lockedUntil > now) throw lockedOut((user.lockedUntil.getTime() - now.getTime()) / 1000);
  if (!(await verifyPassword(user.passwordHash, password))) {
    const locks = attempt.points >= config.maxLoginFailures;
    await em.nativeUpdate(User, { id: user.id }, { failedLogins: attempt.points, ...(locks ? { lockedUntil: new Date(now.getTime() + attempt.retryAfterSeconds * 1000) } : {}) });
    throw unauthenticated(FAILED);
  }
  if (user.disabled) throw new DomainError(ErrorCode.FORBIDDEN, '该账号已停用，请联系本单位管理员启用', []);
  await resetPoints(em, userKey);
  await refundPoint(em, addressKey);
  user.failedLogins = 0;
  user.lockedUntil = undefined;
  const { token, session } = await createSession(em, config, user);
  return { token, expiresAt: session.expiresAt, user };
}
