// Who is making an HTTP request: `Authorization: Bearer <token>` (a session or a tool's API
// token) or the session cookie (the admin SPA). Shared by GraphQL and the evidence routes.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import type { Config } from '../../config.js';
import type { Actor } from './policy.js';
import { API_TOKEN_PREFIX, resolveApiToken } from './api-token.service.js';
import { resolveSession } from './session.service.js';

export const SESSION_COOKIE = 'zb_session';

export function requestToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || undefined;
}

export interface Authentication {
  actor?: Actor;
  sessionId?: number;
  /**
   * A bearer token was sent and names no valid session or API token (unknown, revoked, expired).
   * A tool that sends one must hear so (401), not be served as anonymous. A stale session cookie
   * is only anonymous: the browser's login page itself is requested with it.
   */
  rejectedBearer?: boolean;
}

export const REJECTED_BEARER_MESSAGE = '登录凭据无效或已过期（令牌不存在、已吊销或已过期），请重新登录，或换用有效的 API 令牌';

export async function authenticate(em: EntityManager, config: Readonly<Config>, req: Request): Promise<Authentication> {
  const token = requestToken(req);
  const bearer = !!req.headers.authorization?.startsWith('Bearer ');
  if (!token) return bearer ? { rejectedBearer: true } : {};
  const found = token.length > 200 ? undefined
    : token.startsWith(API_TOKEN_PREFIX) ? await resolveApiToken(em, token)
    : await resolveSession(em, config, token);
  return found ?? (bearer ? { rejectedBearer: true } : {});
}
