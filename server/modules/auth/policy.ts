// The one policy module. Who may do what, on which part of the org tree:
// - ADMIN manages everything in its subtree and may act at any stage there;
// - STAFF reads and fills its own unit's assessments;
// - REVIEWER recommends or returns for units strictly below its own (STREET stage);
// - EXPERT scores and finalises for units in its subtree (EXPERT stage).
// The first administrator has no unit and sees everything.
import { forbidden, unauthenticated } from '../../core/errors.js';
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

/**
 * How far a right reaches from the actor's unit: anywhere, its subtree (itself included), strictly
 * below it, or its own unit only. Rights are data, so the same table answers `can` here and
 * becomes SQL for lists (`reachCondition`).
 */
type Reach = 'anywhere' | 'subtree' | 'below' | 'own';

const ADMIN_RULES = Object.fromEntries(ACTIONS.map((a) => [a, 'subtree'])) as Record<Action, Reach>;

const rules: Record<Role, Partial<Record<Action, Reach>>> = {
  [Role.ADMIN]: ADMIN_RULES,
  [Role.STAFF]: {
    'orgUnit:read': 'subtree',
    'system:read': 'anywhere',
    'campaign:read': 'own',
    'assessment:read': 'own',
    'assessment:fill': 'own',
    'evidence:read': 'own',
    'evidence:upload': 'own',
  },
  [Role.REVIEWER]: {
    'orgUnit:read': 'subtree',
    'system:read': 'anywhere',
    'campaign:read': 'subtree',
    'assessment:read': 'subtree',
    'evidence:read': 'subtree',
    'assessment:review:STREET': 'below',
  },
  [Role.EXPERT]: {
    'orgUnit:read': 'subtree',
    'system:read': 'anywhere',
    'campaign:read': 'subtree',
    'assessment:read': 'subtree',
    'evidence:read': 'subtree',
    'assessment:review:EXPERT': 'subtree',
  },
};

const WRITES: ReadonlySet<Action> = new Set<Action>([
  'orgUnit:create', 'orgUnit:update', 'user:create', 'apiToken:manage', 'webhook:manage', 'system:manage', 'campaign:manage', 'assessment:fill', 'assessment:review:STREET', 'assessment:review:EXPERT', 'evidence:upload',
]);

/** The reach of `action` for `actor`, none for a write through a read-only token. */
function reachOf(actor: Actor, action: Action): Reach | undefined {
  if (actor.readOnly && WRITES.has(action)) return undefined;
  const reach = rules[actor.role][action];
  // The first administrator has no unit: its subtree is the whole tree (and nothing is its own).
  return actor.unitPath === null && (reach === 'subtree' || reach === 'below') ? 'anywhere' : reach;
}

/** Whether `actor` may do `action` on something at org path `path`. */
export function can(actor: Actor | undefined, action: Action, path: string): boolean {
  if (!actor) return false;
  const unit = actor.unitPath ?? '';
  switch (reachOf(actor, action)) {
    case 'anywhere': return true;
    case 'subtree': return path.startsWith(unit);
    case 'below': return path.startsWith(unit) && path !== unit;
    case 'own': return path === unit;
    default: return false;
  }
}

/**
 * `can` as an SQL condition on a path column (with its parameters), for lists that must page in
 * the database; the subtree test is a prefix match the path index serves.
 */
export function reachCondition(actor: Actor, action: Action, column: string): { sql: string; params: string[] } {
  const unit = actor.unitPath ?? '';
  switch (reachOf(actor, action)) {
    case 'anywhere': return { sql: 'true', params: [] };
    case 'subtree': return { sql: `${column} like ?`, params: [`${likePrefix(unit)}%`] };
    case 'below': return { sql: `(${column} like ? and ${column} <> ?)`, params: [`${likePrefix(unit)}%`, unit] };
    case 'own': return { sql: `${column} = ?`, params: [unit] };
    default: return { sql: 'false', params: [] };
  }
}

/** Paths are made of ids and dots, but a LIKE pattern is escaped all the same. */
function likePrefix(path: string): string {
  return path.replace(/[\\%_]/g, (c) => `\\${c}`);
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

/** SQL condition and parameters for a path column inside the actor's read scope (none for the top administrator). */
export function scopeCondition(actor: Actor, column: string): { sql: string; params: string[] } {
  return reachCondition(actor, 'assessment:read', column);
}

/**
 * Which right each assessment status waits for: a draft is filled (while its campaign is open),
 * a submitted one is reviewed by the street, a recommended one by the expert panel.
 */
const WAITS_FOR = {
  DRAFT: 'assessment:fill', SUBMITTED: 'assessment:review:STREET', RECOMMENDED: 'assessment:review:EXPERT',
} as const satisfies Record<string, Action>;

export interface AssessmentState {
  unitPath: string;
  status: string;
  campaignStatus: string;
  campaignOwnerPath: string;
}

/** What the actor may do to an assessment now — the rights joined with the workflow's state; the admin shows exactly this. */
export interface AssessmentCapabilities {
  fill: boolean;
  uploadEvidence: boolean;
  reviewStage: 'STREET' | 'EXPERT' | null;
  refreshUnit: boolean;
}

export function assessmentCapabilities(actor: Actor | undefined, s: AssessmentState): AssessmentCapabilities {
  const fillable = s.status === 'DRAFT' && s.campaignStatus === 'OPEN';
  const reviewStage = s.status === 'SUBMITTED' && can(actor, WAITS_FOR.SUBMITTED, s.unitPath) ? 'STREET'
    : s.status === 'RECOMMENDED' && can(actor, WAITS_FOR.RECOMMENDED, s.unitPath) ? 'EXPERT' : null;
  return {
    fill: fillable && can(actor, WAITS_FOR.DRAFT, s.unitPath),
    uploadEvidence: fillable && can(actor, 'evidence:upload', s.unitPath),
    reviewStage,
    refreshUnit: fillable && can(actor, 'campaign:manage', s.campaignOwnerPath),
  };
}

/** `assessmentCapabilities` as SQL: the assessments waiting for the actor (any of fill or review). */
export function waitingCondition(actor: Actor, columns: { unitPath: string; status: string; campaignStatus: string }): { sql: string; params: string[] } {
  const parts = Object.entries(WAITS_FOR).map(([status, action]) => {
    const reach = reachCondition(actor, action, columns.unitPath);
    const open = status === 'DRAFT' ? ` and ${columns.campaignStatus} = 'OPEN'` : '';
    return { sql: `(${columns.status} = '${status}'${open} and ${reach.sql})`, params: reach.params };
  });
  return { sql: `(${parts.map((p) => p.sql).join(' or ')})`, params: parts.flatMap((p) => p.params) };
}

/** What the actor may do with a campaign: manage it (edit, open, close, publish) and read its results. */
export function campaignCapabilities(actor: Actor | undefined, ownerPath: string): { manage: boolean } {
  return { manage: can(actor, 'campaign:manage', ownerPath) };
}

/** Which areas of the admin the actor may open: each is a right at the actor's own unit. */
export function viewerCapabilities(actor: Actor | undefined) {
  const here = actor?.unitPath ?? '';
  return {
    manageCampaigns: can(actor, 'campaign:manage', here),
    manageSystems: can(actor, 'system:manage', here),
    manageUnits: can(actor, 'orgUnit:update', here),
    manageUsers: can(actor, 'user:create', here),
    manageIntegrations: can(actor, 'webhook:manage', here) || can(actor, 'apiToken:manage', here),
  };
}
