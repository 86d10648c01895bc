// Writing the audit trail. Secrets are redacted and large values summarised, so the trail
// holds who did what without copying passwords or whole documents.
import { isIP } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import { nativeQuery } from '../../db/native-sql.js';

const SECRET_KEYS = new Set(['password', 'token', 'passwordHash', 'currentPassword', 'newPassword']);

/** A value inside an argument larger than this (a document of answers, a schema) is written as its size. */
const LARGEST = 2000;

/**
 * `detail` (depth 0) and its `args` (depth 1) are always kept, so the trail says which
 * assessment and which revision even when a save carries 19 KB of answers; from an argument
 * down, anything over LARGEST characters of JSON, or nested deeper than 4, is summarised.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'string')) return value;
  if (depth >= 2) {
    const size = typeof value === 'string' ? value.length : (JSON.stringify(value)?.length ?? 0);
    if (size > LARGEST || depth > 4) return `[${size} bytes]`;
  }
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.has(k) ? '***' : redact(v, depth + 1)]));
}

export interface AuditRecord {
  action: string;
  ok: boolean;
  userId?: number;
  username?: string;
  targetId?: string;
  errorCode?: string;
  ip?: string;
  detail?: Record<string, unknown>;
}

function clip(value: string | undefined, length: number): string | undefined {
  return value === undefined ? undefined : [...value].slice(0, length).join(''); // PostgreSQL counts characters, not UTF-16 units
}

/** The audit row's columns, and its values in that order: one definition for both ways a row is written. */
export const AUDIT_COLUMNS = 'at, user_id, username, action, target_id, ok, error_code, ip, detail';

/**
 * Nothing a request carries may fail the row: only a real address is kept, and names and ids
 * are cut to their columns (the whole request is in `detail`).
 */
export function auditValues(record: AuditRecord): unknown[] {
  const ip = record.ip && isIP(record.ip) ? record.ip : undefined;
  return [
    new Date(), record.userId ?? null, clip(record.username, 64) ?? null, record.action, clip(record.targetId, 64) ?? null, record.ok,
    clip(record.errorCode, 32) ?? null, ip ?? null, record.detail ? JSON.stringify(redact(record.detail)) : null,
  ];
}

/** Appends one event in the caller's transaction; a failure throws, so the change it records is rolled back with it. */
export async function insertAudit(em: EntityManager, record: AuditRecord): Promise<void> {
  // Written with real parameters: every mutation pays for this row (see db/native-sql.ts).
  await nativeQuery(em, `insert into audit_event (${AUDIT_COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, auditValues(record));
}

/**
 * A mutation's audit row handed to the one statement that writes its change (commitChange), so
 * the two commit together without a transaction around them. `written` says it went in.
 */
export interface AuditWithChange {
  record: () => AuditRecord;
  written: boolean;
}

/** Appends one event that records no change (a refusal, a download); a failure is logged, never fatal to the answer. */
export async function recordAudit(em: EntityManager, record: AuditRecord): Promise<void> {
  try {
    await insertAudit(em, record);
  } catch (err) {
    console.error('[audit] could not record', record.action, (err as Error).message);
  }
}
