// The one policy module. Who may do what, on which part of the org tree:
// - ADMIN manages everything in its subtree and may act at any stage there;
// - STAFF reads and fills its own unit's assessments;
// - REVIEWER recommends or returns for units strictly below its own (STREET stage);
// - EXPERT scores and finalises for units in its subtree (EXPERT stage).
// The first administrator has no unit and sees everything.
import { forbidden, unauthenticated } from '../../graphql/errors.js';
import { Role } from './user.entity.js';

export interface Actor {
  id: number;
  username: string;
  role: Role;
  unitId: number | null;
  /** Materialised path of the actor's unit; null for the top administrator. */
  unitPath: string | null;
  /** Set when the request carries an API token without the write scope: reading only. */
  readOnly?: boolean;
  /** The API token the request came with, for the audit trail. */
  apiTokenId?: number;
}

export type Action =
  | 'orgUnit:read' | 'orgUnit:create' | 'orgUnit:update'
  | 'user:read' | 'user:create'
  | 'system:read' | 'system:manage'
  | 'campaign:read' | 'campaign:manage'
  | 'assessment:read' | 'assessment:fill'
  | 'assessment:review:STREET' | 'assessment:review:EXPERT'
  | 'evidence:read' | 'evidence:upload'
  | 'apiToken:manage' | 'webhook:manage';

export const ACTIONS: readonly Action[] = [
  'orgUnit:read', 'orgUnit:create', 'orgUnit:update', 'user:read', 'user:create', 'system:read', 'system:manage', 'campaign:read',
  'campaign:manage', 'assessment:read', 'assessment:fill', 'assessment:review:STREET', 'assessment:review:EXPERT',
  'evidence:read', 'evidence:upload', 'apiToken:manage', 'webhook:manage',
];

function inSubtree(actor: Actor, path: string): boolean {
  return actor.unitPath === null || path.startsWith(actor.unitPath);
}

function strictlyBelow(actor: Actor, path: string): boolean {
  return inSubtree(actor, path) && path !== actor.unitPath;
}

const rules: Record<Role, Partial<Record<Action, (actor: Actor, path: string) => boolean>>> = {
  [Role.ADMIN]: Object.fromEntries(ACTIONS.map((a) => [a, inSubtree])),
  [Role.STAFF]: {
    'orgUnit:read': inSubtree,
    'system:read': () => true,
    'campaign:read': (a, p) => p === a.unitPath,
    'assessment:read': (a, p) => p === a.unitPath,
    'assessment:fill': (a, p) => p === a.unitPath,
    'evidence:read': (a, p) => p === a.unitPath,
    'evidence:upload': (a, p) => p === a.unitPath,
  },
  [Role.REVIEWER]: {
    'orgUnit:read': inSubtree,
    'system:read': () => true,
    'campaign:read': inSubtree,
    'assessment:read': inSubtree,
    'evidence:read': inSubtree,
    'assessment:review:STREET': strictlyBelow,
  },
  [Role.EXPERT]: {
    'orgUnit:read': inSubtree,
    'system:read': () => true,
    'campaign:read': inSubtree,
    'assessment:read': inSubtree,
    'evidence:read': inSubtree,
    'assessment:review:EXPERT': inSubtree,
  },
};

const WRITES: ReadonlySet<Action> = new Set<Action>([
  'orgUnit:create', 'orgUnit:update', 'user:create', 'apiToken:manage', 'webhook:manage', 'system:manage', 'campaign:manage', 'assessment:fill', 'assessment:review:STREET', 'assessment:review:EXPERT', 'evidence:upload',
]);

/** Whether `actor` may do `action` on something at org path `path`. */
export function can(actor: Actor | undefined, action: Action, path: string): boolean {
  if (!actor) return false;
  if (actor.readOnly && WRITES.has(action)) return false;
  return rules[actor.role][action]?.(actor, path) ?? false;
}

/** Throws UNAUTHENTICATED without an actor and FORBIDDEN without the right. */
export function authorize(actor: Actor | undefined, action: Action, path: string): Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, action, path)) throw forbidden();
  return actor;
}

export function requireActor(actor: Actor | undefined): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** The part of the tree `actor` may list: a path prefix, or exactly one unit for staff. */
export interface ReadScope {
  path: string;
  exact: boolean;
}

export function readScope(actor: Actor): ReadScope {
  return { path: actor.unitPath ?? '', exact: actor.role === Role.STAFF };
}

/** The same scope as a query-builder filter value for a path property. */
export function scopeFilter(actor: Actor): string | { $like: string } {
  const scope = readScope(actor);
  return scope.exact ? scope.path : { $like: `${scope.path}%` };
}

/** SQL condition and parameter for a path column inside the actor's read scope. */
export function scopeCondition(actor: Actor, column: string): { sql: string; param: string } {
  const scope = readScope(actor);
  return scope.exact ? { sql: `${column} = ?`, param: scope.path } : { sql: `${column} like ?`, param: `${scope.path}%` };
}
