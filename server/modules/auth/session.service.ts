// Sessions: a random bearer token, stored only as its sha256; expiry after an idle period
// and at an absolute end, as MLPS assessors expect (defaults 30 minutes and 12 hours).
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Actor } from './policy.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';
import { nativeQuery } from '../../db/native-sql.js';

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
export function idleExpiry(session: Pick<Session, 'lastSeenAt' | 'expiresAt'>, config: Readonly<Config>): Date {
  return new Date(Math.min(session.lastSeenAt.getTime() + config.sessionIdleSeconds * 1000, session.expiresAt.getTime()));
}

export function actorOf(user: User): Actor {
  return {
    id: user.id, username: user.username, role: user.role,
    unitId: user.orgUnit?.id ?? null, unitPath: user.orgUnit ? user.orgUnit.path : null,
  };
}

/** A token's row with its user and unit, as one statement reads it (every request does). */
export interface TokenRow {
  id: number;
  userId: number;
  username: string;
  role: Actor['role'];
  unitId: number | null;
  unitPath: string | null;
}

/**
 * The row of an unrevoked token (of `table`) whose user is enabled, with the user and the user's
 * unit: one statement per request, no entities (an ORM load of three entities cost more than the
 * rest of a small request).
 */
export async function tokenRow<T extends object>(em: EntityManager, table: 'session' | 'api_token', columns: string, token: string): Promise<(TokenRow & T) | undefined> {
  const { rows: [row] } = await nativeQuery<TokenRow & T>(em,
    `select t.id, u.id as "userId", u.username, u.role, o.id as "unitId", o.path as "unitPath", ${columns}
       from ${table} t join app_user u on u.id = t.user_id left join org_unit o on o.id = u.org_unit_id
      where t.token_hash = $1 and t.revoked_at is null and not u.disabled`,
    [hashToken(token)],
  );
  return row;
}

export function actorOfRow(row: TokenRow): Actor {
  return { id: row.userId, username: row.username, role: row.role, unitId: row.unitId, unitPath: row.unitPath };
}

/** The actor behind a token, or undefined when the token is unknown, revoked or expired. */
export async function resolveSession(em: EntityManager, config: Readonly<Config>, token: string): Promise<{ actor: Actor; sessionId: number } | undefined> {
  const row = await tokenRow<{ lastSeenAt: Date; expiresAt: Date }>(em, 'session', 't.last_seen_at as "lastSeenAt", t.expires_at as "expiresAt"', token);
  if (!row) return undefined;
  const now = Date.now();
  const lastSeenAt = new Date(row.lastSeenAt);
  if (now >= idleExpiry({ lastSeenAt, expiresAt: new Date(row.expiresAt) }, config).getTime()) return undefined;
  // Touch at most once a minute: a write per request would cost more than it tells.
  if (now - lastSeenAt.getTime() > 60_000) {
    await em.nativeUpdate(Session, { id: row.id }, { lastSeenAt: new Date(now) });
  }
  return { actor: actorOfRow(row), sessionId: row.id };
}

export async function revokeSession(em: EntityManager, sessionId: number): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId }, { revokedAt: new Date() });
}
