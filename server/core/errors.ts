// Domain errors carry a code from one enum and, for bad input, every fault with its path. Services
// throw them; GraphQL (graphql/errors.ts) and the plain HTTP routes (sendError below) turn them
// into answers, each code with one HTTP status, so a tool reads one shape whatever it called.
import type { Response } from 'express';
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
    return { http: this.code === ErrorCode.RATE_LIMITED ? { status: HTTP_STATUS[this.code], headers } : { headers } };
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


/** The HTTP status each code means (plain routes answer with it; GraphQL with 200, except 429). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429,
};

/** An error with its own HTTP status (413 for a file too large, 415 for a refused type…). */
export class HttpError extends DomainError {
  constructor(readonly status: number, code: ErrorCode, message: string, path = '/file') {
    super(code, message, [{ path, message }]);
  }
}

export function sendError(res: Response, err: unknown, area = 'http'): void {
  if (res.headersSent) return void res.end();
  if (err instanceof DomainError) {
    const status = err instanceof HttpError ? err.status : HTTP_STATUS[err.code];
    const retryAfter = err.details.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(Math.ceil(retryAfter)));
    res.status(status).json({ error: { code: err.code, message: err.message, faults: err.faults } });
    return;
  }
  console.error(`[${area}] unexpected error:`, err);
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误，请稍后重试' } });
}
