// Errors on the plain HTTP routes (evidence, export): the API's codes and faults as JSON,
// with the status each code means, so a tool reads one shape whatever route it called.
import type { Response } from 'express';
import { DomainError, ErrorCode } from './graphql/errors.js';

const STATUS: Record<ErrorCode, number> = {
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
    const status = err instanceof HttpError ? err.status : STATUS[err.code];
    const retryAfter = err.details.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(Math.ceil(retryAfter)));
    res.status(status).json({ error: { code: err.code, message: err.message, faults: err.faults } });
    return;
  }
  console.error(`[${area}] unexpected error:`, err);
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误，请稍后重试' } });
}
