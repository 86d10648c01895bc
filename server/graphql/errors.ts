// Domain errors (core/errors.ts) become GraphQL errors here: extensions.code, extensions.faults;
// anything unexpected is hidden behind INTERNAL_SERVER_ERROR and logged.
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../core/errors.js';

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
  const more = err.faults.length > 1 ? `（另有 ${err.faults.length - 1} 处问题）` : '';
  return `${err.message}：${first.message}${more}`;
}

function pathOfGraphQLError(formatted: GraphQLFormattedError): string {
  const variable = /Variable "\$(\w+)"/.exec(formatted.message);
  if (variable) return `/${variable[1]}`;
  const argument = /argument "(\w+)"/i.exec(formatted.message);
  return argument ? `/${argument[1]}` : '/';
}
