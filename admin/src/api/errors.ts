// What went wrong, as the admin shows it: the server's code and every fault with its path, or a
// network failure; the pages say what to do next from these.
export interface Fault {
  path: string;
  message: string;
}

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'NETWORK' | 'INTERNAL_SERVER_ERROR' | string;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly faults: Fault[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called whenever the server says the session is gone, so the app can ask to log in again. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function sessionGone(): void {
  unauthenticatedListeners.forEach((l) => l());
}
