// Logging in: argon2id verification, a lock after repeated failures, a new session.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { badInput, unauthenticated } from '../../graphql/errors.js';
import { decoyHash, verifyPassword } from './password.js';
import { createSession } from './session.service.js';
import { User } from './user.entity.js';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

const FAILED = '用户名或密码错误，请重新输入；连续多次错误将锁定账号';

export async function login(em: EntityManager, config: Readonly<Config>, username: string, password: string): Promise<LoginResult> {
  const faults = [];
  if (!username.trim()) faults.push({ path: '/username', message: '请输入用户名' });
  if (!password) faults.push({ path: '/password', message: '请输入密码' });
  if (username.length > 64 || password.length > 256) faults.push({ path: '/', message: '用户名或密码过长' });
  if (faults.length) throw badInput(faults);

  const user = await em.findOne(User, { username: username.trim() }, { populate: ['orgUnit'] });
  if (!user) {
    await verifyPassword(await decoyHash(), password);
    throw unauthenticated(FAILED);
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw unauthenticated(`账号因多次登录失败已被锁定，请 ${minutes} 分钟后再试，或联系管理员解锁`);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    // Counted in SQL so parallel attempts cannot slip past the limit.
    const [row] = await em.getConnection().execute<{ failed_logins: number }[]>(
      'update app_user set failed_logins = failed_logins + 1 where id = ? returning failed_logins', [user.id],
    );
    if (row.failed_logins >= config.maxLoginFailures) {
      await em.getConnection().execute('update app_user set failed_logins = 0, locked_until = ? where id = ?', [
        new Date(now.getTime() + config.lockoutSeconds * 1000), user.id,
      ]);
    }
    throw unauthenticated(FAILED);
  }
  user.failedLogins = 0;
  user.lockedUntil = undefined;
  const { token, session } = await createSession(em, config, user);
  return { token, expiresAt: session.expiresAt, user };
}
