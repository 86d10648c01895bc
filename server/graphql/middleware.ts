// Rules applied to every root field: nobody but `login` and `me` runs without a session, a
// read-only API token changes nothing, and every mutation — succeeded or failed — leaves an
// AuditEvent.
import type { MiddlewareFn } from 'type-graphql';
import { recordAudit } from '../modules/audit/audit.service.js';
import type { Context } from './context.js';
import { DomainError, forbidden, unauthenticated } from './errors.js';

const PUBLIC_FIELDS = new Set(['login', 'me', '__typename']);

export const rootFieldGuard: MiddlewareFn<Context> = async ({ context, info, args }, next) => {
  const root = info.parentType.name;
  if (root !== 'Query' && root !== 'Mutation') return next();
  if (!context.actor && !PUBLIC_FIELDS.has(info.fieldName)) throw unauthenticated();
  if (root === 'Query') return next();
  if (context.actor?.readOnly) {
    await audit(context, info.fieldName, args, false, 'FORBIDDEN');
    throw forbidden('此 API 令牌只读，不能修改数据；如需写入，请创建带 write 权限的令牌');
  }
  try {
    const result = await next();
    await audit(context, info.fieldName, args, true);
    return result;
  } catch (err) {
    await audit(context, info.fieldName, args, false, err instanceof DomainError ? err.code : 'INTERNAL');
    throw err;
  }
};

function audit(ctx: Context, action: string, args: Record<string, unknown>, ok: boolean, errorCode?: string) {
  return recordAudit(ctx.auditEm, {
    action, ok, errorCode, ip: ctx.ip,
    userId: ctx.actor?.id ?? ctx.audit.userId, username: ctx.actor?.username ?? ctx.audit.username,
    targetId: ctx.audit.targetId, detail: { args, ...(ctx.actor?.apiTokenId ? { apiTokenId: ctx.actor.apiTokenId } : {}) },
  });
}
