// Domain errors carry a code from one enum and, for bad input, every fault with its path.
// This is the one place they become GraphQL errors (extensions.code, extensions.faults).
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Fault } from '../engine/types.js';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** Too many attempts: wait `retryAfterSeconds` (also sent as the Retry-After header). */
  RATE_LIMITED = 'RATE_LIMITED',
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly faults: Fault[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** graphql-js copies an original error's extensions; Apollo turns `http` into the response's status and headers. */
  get extensions(): Record<string, unknown> | undefined {
    const retryAfter = this.details.retryAfterSeconds;
    if (typeof retryAfter !== 'number') return undefined;
    const headers = new Map([['retry-after', String(Math.ceil(retryAfter))]]);
    return { http: this.code === ErrorCode.RATE_LIMITED ? { status: 429, headers } : { headers } };
  }
}

/** Bad input: every fault listed, the message says what to do. */
export function badInput(faults: Fault[], message = '提交的内容有误，请按提示逐项修改后重试'): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, faults);
}

export function notFound(what: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what}不存在或您无权查看，请检查编号或联系管理员`);
}

export function forbidden(message = '您没有权限执行此操作，如需办理请联系本单位管理员'): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, message);
}

export function unauthenticated(message = '请先登录，或登录已过期，请重新登录'): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, message);
}

export function conflict(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message, [], details);
}

/** Extension payload for a code; the exhaustive switch keeps every code mapped. */
function extensionsFor(err: DomainError): Record<string, unknown> {
  switch (err.code) {
    case ErrorCode.BAD_USER_INPUT:
      return { code: err.code, faults: err.faults };
    case ErrorCode.CONFLICT:
    case ErrorCode.RATE_LIMITED:
    case ErrorCode.UNAUTHENTICATED: // a lockout carries retryAfterSeconds
      return { code: err.code, ...err.details };
    case ErrorCode.FORBIDDEN:
    case ErrorCode.NOT_FOUND:
      return { code: err.code };
    default: {
      const unreachable: never = err.code;
      return { code: unreachable };
    }
  }
}

/** Apollo's formatError: domain errors keep their code; anything unexpected is hidden. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Unwrap by shape: graphql can be loaded twice (ESM and CJS), so instanceof GraphQLError is unreliable.
  let original: unknown = error;
  while (original && typeof original === 'object' && 'originalError' in original && (original as GraphQLError).originalError) {
    original = (original as GraphQLError).originalError;
  }
  if (original instanceof DomainError) {
    return { message: withFirstFault(original), path: formatted.path, extensions: extensionsFor(original) };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const faults = code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED'
      ? [{ path: pathOfGraphQLError(formatted), message: formatted.message }]
      : undefined;
    const { cost, maxCost } = formatted.extensions ?? {};
    return { ...formatted, extensions: { code, ...(faults ? { faults } : {}), ...(typeof cost === 'number' ? { cost, maxCost } : {}) } };
  }
  console.error('[graphql] unexpected error:', original instanceof Error ? original.stack : original);
  return { message: '服务器内部错误，请稍后重试；如持续出现请联系管理员', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * The message a client shows when it shows nothing else: a general sentence says little, so the
 * first fault's own text (and how many more there are) is carried in it too.
 */
function withFirstFault(err: DomainError): string {
  const [first] = err.faults;
  if (!first || err.message.includes(first.message)) return err.message;
  const more = err.faults.length > 1 ? `（另有 ${err.faults.length - 1} 处问题，见 faults）` : '';
  return `${err.message}：${first.message}${more}`;
}

function pathOfGraphQLError(formatted: GraphQLFormattedError): string {
  const variable = /Variable "\$(\w+)"/.exec(formatted.message);
  if (variable) return `/${variable[1]}`;
  const argument = /argument "(\w+)"/i.exec(formatted.message);
  return argument ? `/${argument[1]}` : '/';
}
