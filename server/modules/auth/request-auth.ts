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

export async function authenticate(em: EntityManager, config: Readonly<Config>, req: Request): Promise<{ actor?: Actor; sessionId?: number }> {
  const token = requestToken(req);
  if (!token || token.length > 200) return {};
  if (token.startsWith(API_TOKEN_PREFIX)) return (await resolveApiToken(em, token)) ?? {};
  return (await resolveSession(em, config, token)) ?? {};
}
