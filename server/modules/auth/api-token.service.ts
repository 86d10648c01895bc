// API tokens for tools: created by a person for themself, shown once, read-only by default.
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../core/errors.js';
import type { Fault } from '../../engine/types.js';
import { type ApiScope, ApiToken } from './api-token.entity.js';
import { type Actor, authorize, can, requireActor } from './policy.js';
import { actorOfRow, hashToken, tokenRow } from './session.service.js';
import { User } from './user.entity.js';

/** Tool tokens carry a prefix, so they are told from session tokens without a lookup. */
export const API_TOKEN_PREFIX = 'zbt_';
const SCOPES: ApiScope[] = ['read', 'write'];
/** A token nobody said how long to keep ends after this many days. */
export const DEFAULT_TOKEN_DAYS = 90;

export async function createApiToken(
  em: EntityManager, actorIn: Actor | undefined, name: string, scopes: string[] = ['read'], expiresInDays?: number,
): Promise<{ token: string; apiToken: ApiToken }> {
  const actor = requireActor(actorIn);
  const faults: Fault[] = [];
  if (!name.trim() || name.length > 100) faults.push({ path: '/name', message: '请为令牌起一个名字（不超过 100 字），便于日后识别和吊销' });
  scopes.forEach((s, i) => { if (!SCOPES.includes(s as ApiScope)) faults.push({ path: `/scopes/${i}`, message: '权限只能是 read 或 write' }); });
  if (expiresInDays !== undefined && expiresInDays !== null && (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 3650)) {
    faults.push({ path: '/expiresInDays', message: '有效期应为 1 到 3650 天' });
  }
  if (faults.length) throw badInput(faults);
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const apiToken = em.create(ApiToken, {
    tokenHash: hashToken(token), name: name.trim(), user: em.getReference(User, actor.id), scopes: [...new Set(['read', ...scopes])] as ApiScope[],
    expiresAt: new Date(Date.now() + (expiresInDays ?? DEFAULT_TOKEN_DAYS) * 86_400_000),
  });
  await em.persist(apiToken).flush();
  return { token, apiToken };
}

/** One's own tokens; with `ofSubtree`, an administrator sees those of every user in its subtree. */
export async function listApiTokens(em: EntityManager, actorIn: Actor | undefined, ofSubtree = false): Promise<ApiToken[]> {
  const actor = requireActor(actorIn);
  if (!ofSubtree) return em.find(ApiToken, { user: actor.id }, { orderBy: { id: 'desc' }, populate: ['user'] });
  authorize(actor, 'apiToken:manage', actor.unitPath ?? '');
  const where = actor.unitPath === null ? {} : { user: { orgUnit: { path: { $like: `${actor.unitPath}%` } } } };
  return em.find(ApiToken, where, { orderBy: { id: 'desc' }, populate: ['user'] });
}

/** Revokes one's own token, or, as an administrator, that of a user in its subtree. */
export async function revokeApiToken(em: EntityManager, actorIn: Actor | undefined, id: number): Promise<boolean> {
  const actor = requireActor(actorIn);
  const token = await em.findOne(ApiToken, { id }, { populate: ['user', 'user.orgUnit'] });
  const mine = token?.user.id === actor.id;
  if (!token || (!mine && !can(actor, 'apiToken:manage', token.user.orgUnit?.path ?? ''))) throw notFound('令牌');
  token.revokedAt ??= new Date();
  await em.flush();
  return true;
}

/** The actor behind a tool token, or undefined when it is unknown, revoked or expired. */
export async function resolveApiToken(em: EntityManager, token: string): Promise<{ actor: Actor } | undefined> {
  const found = await tokenRow<{ scopes: string[]; expiresAt: Date | null; lastUsedAt: Date | null }>(
    em, 'api_token', 't.scopes, t.expires_at as "expiresAt", t.last_used_at as "lastUsedAt"', token);
  const now = new Date();
  if (!found || (found.expiresAt && new Date(found.expiresAt) <= now)) return undefined;
  // Touch at most once an hour: enough to tell a token still in use from a forgotten one.
  if (!found.lastUsedAt || now.getTime() - new Date(found.lastUsedAt).getTime() > 3_600_000) await em.nativeUpdate(ApiToken, { id: found.id }, { lastUsedAt: now });
  return { actor: { ...actorOfRow(found), readOnly: !found.scopes.includes('write'), apiTokenId: found.id } };
}
