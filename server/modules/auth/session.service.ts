// Sessions: a random bearer token, stored only as its sha256; expiry after an idle period
// and at an absolute end, as MLPS assessors expect (defaults 30 minutes and 12 hours).
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Actor } from './policy.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(em: EntityManager, config: Readonly<Config>, user: User): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const session = em.create(Session, {
    tokenHash: hashToken(token), user, createdAt: now, lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.sessionMaxSeconds * 1000),
  });
  await em.persist(session).flush();
  return { token, session };
}

/** Idle expiry, counted from the last request. */
export function idleExpiry(session: Session, config: Readonly<Config>): Date {
  return new Date(Math.min(session.lastSeenAt.getTime() + config.sessionIdleSeconds * 1000, session.expiresAt.getTime()));
}

export function actorOf(user: User): Actor {
  return {
    id: user.id, username: user.username, role: user.role,
    unitId: user.orgUnit?.id ?? null, unitPath: user.orgUnit ? user.orgUnit.path : null,
  };
}

/** The actor behind a token, or undefined when the token is unknown, revoked or expired. */
export async function resolveSession(em: EntityManager, config: Readonly<Config>, token: string): Promise<{ actor: Actor; sessionId: number } | undefined> {
  const session = await em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user', 'user.orgUnit'] });
  if (!session || session.revokedAt || session.user.disabled) return undefined;
  const now = Date.now();
  if (now >= idleExpiry(session, config).getTime()) return undefined;
  // Touch at most once a minute: a write per request would cost more than it tells.
  if (now - session.lastSeenAt.getTime() > 60_000) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: new Date(now) });
  }
  return { actor: actorOf(session.user), sessionId: session.id };
}

export async function revokeSession(em: EntityManager, sessionId: number): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId }, { revokedAt: new Date() });
}
