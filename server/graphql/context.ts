// The request context: an EntityManager forked for this request, the acting user, the
// DataLoaders of this request, and a note the audit middleware writes down.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { ComputePool } from '../compute/compute-pool.js';
import type { Config } from '../config.js';
import type { Actor } from '../modules/auth/policy.js';
import type { AuditWithChange } from '../modules/audit/audit.service.js';
import type { EvidenceStore } from '../modules/evidence/evidence.storage.js';
import type { Loaders } from './loaders.js';

export interface AuditNote {
  userId?: number;
  username?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
}

export interface Context {
  em: EntityManager;
  /** A fork for the audit trail, untouched by the request's own transaction (made when first asked for). */
  auditEm: () => EntityManager;
  actor?: Actor;
  sessionId?: number;
  config: Readonly<Config>;
  /** Where evidence bytes live (removing an attachment removes its file). */
  store: EvidenceStore;
  /** Where untrusted computation runs (checking systems, previews): worker threads with a deadline. */
  compute: ComputePool;
  loaders: Loaders;
  req: Request;
  res: Response;
  ip: string;
  audit: AuditNote;
  /** Set while a mutation runs whose audit row goes into the statement writing its change (middleware.ts). */
  auditWithChange?: AuditWithChange;
  /** Work to do once the mutation's transaction has committed (removing a deleted file). */
  afterCommit: (() => Promise<void>)[];
}
