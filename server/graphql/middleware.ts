// Rules applied to every root field: nobody but `login` and `me` runs without a session, a
// read-only API token changes nothing, and every mutation — succeeded or failed — leaves an
// AuditEvent. A mutation runs in one transaction together with its audit row: a change is
// never kept without its row, nor a row without its change (the services' own transactions
// nest inside as savepoints); a draft save writes both with one statement instead. A failed
// mutation changed nothing; its row is written apart.
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { type AuditRecord, type AuditWithChange, insertAudit, recordAudit } from '../modules/audit/audit.service.js';
import type { Context } from './context.js';
import { DomainError, forbidden, unauthenticated } from '../core/errors.js';

const PUBLIC_FIELDS = new Set(['login', 'me', '__typename']);
/** A failed login must keep its counted failure, so it is not rolled back with the mutation. */
const OWN_TRANSACTIONS = new Set(['login']);
/**
 * Mutations whose change is written by one statement (commitChange), their audit row inside it:
 * both commit together with no transaction around them. A draft save is the commonest request
 * of a campaign, and BEGIN, the row's own INSERT and COMMIT were half of its round trips.
 */
const AUDITED_WITH_THEIR_CHANGE = new Set(['saveAssessmentDraft']);

export const rootFieldGuard: MiddlewareFn<Context> = async ({ context, info, args }, next) => {
  const root = info.parentType.name;
  if (root !== 'Query' && root !== 'Mutation') return next();
  if (!context.actor && !PUBLIC_FIELDS.has(info.fieldName)) throw unauthenticated();
  if (root === 'Query') return next();
  if (context.actor?.readOnly) {
    await audit(context, info.fieldName, args, false, 'FORBIDDEN');
    throw forbidden('此 API 令牌只读，不能修改数据；如需写入，请创建带 write 权限的令牌');
  }
  if (OWN_TRANSACTIONS.has(info.fieldName)) return auditedApart(context, info.fieldName, args, next);
  const requestEm = context.em;
  try {
    const result = AUDITED_WITH_THEIR_CHANGE.has(info.fieldName)
      ? await auditedWithChange(context, info.fieldName, args, next)
      : await requestEm.transactional(async (tx) => {
        context.em = tx;
        const value = await next();
        await insertAudit(tx, auditRecord(context, info.fieldName, args, true));
        return value;
      });
    // Work that cannot be rolled back (removing a file) waits for the commit.
    for (const job of context.afterCommit.splice(0)) await job();
    return result;
  } catch (err) {
    context.afterCommit.length = 0;
    await audit(context, info.fieldName, args, false, err instanceof DomainError ? err.code : 'INTERNAL');
    throw err;
  } finally {
    context.em = requestEm;
    context.auditWithChange = undefined;
  }
};

/**
 * Puts the guard around the root fields only (Query, Mutation). As a global middleware it wrapped
 * every field of every object, scalars included: half the time of a 100-assessment page was
 * spent entering and leaving it for fields it never looks at.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => rootFieldGuard({ root: source, args, context, info }, async () => resolve(source, args, context, info));
    }
  }
  return schema;
}

async function auditedApart(context: Context, action: string, args: Record<string, unknown>, next: () => Promise<unknown>) {
  try {
    const result = await next();
    await audit(context, action, args, true);
    return result;
  } catch (err) {
    await audit(context, action, args, false, err instanceof DomainError ? err.code : 'INTERNAL');
    throw err;
  }
}

function auditRecord(ctx: Context, action: string, args: Record<string, unknown>, ok: boolean, errorCode?: string): AuditRecord {
  return {
    action, ok, errorCode, ip: ctx.ip,
    userId: ctx.actor?.id ?? ctx.audit.userId, username: ctx.actor?.username ?? ctx.audit.username,
    targetId: ctx.audit.targetId, detail: { args, ...(ctx.actor?.apiTokenId ? { apiTokenId: ctx.actor.apiTokenId } : {}) },
  };
}

/** The change's own statement writes the audit row (commitChange); a way through that wrote no change (none today) still leaves its row. */
async function auditedWithChange(context: Context, action: string, args: Record<string, unknown>, next: () => Promise<unknown>) {
  const row: AuditWithChange = { record: () => auditRecord(context, action, args, true), written: false };
  context.auditWithChange = row;
  const result = await next();
  if (!row.written) await insertAudit(context.em, row.record());
  return result;
}

/** The row of a mutation that changed nothing, on its own connection. */
function audit(ctx: Context, action: string, args: Record<string, unknown>, ok: boolean, errorCode?: string) {
  return recordAudit(ctx.auditEm(), auditRecord(ctx, action, args, ok, errorCode));
}
