// Bulk import of units and accounts from a district's spreadsheet: every row goes through the
// same service (and policy) as creating one by hand, inside one savepoint. A preview (dryRun)
// and any row's fault roll all of it back: either every row is written or none, and each
// fault names its row and column.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Fault } from '../../engine/types.js';
import { badInput, DomainError } from '../../core/errors.js';
import { generatePassword } from '../auth/password.js';
import type { Actor } from '../auth/policy.js';
import { Role } from '../auth/user.entity.js';
import { createUser } from '../auth/user.service.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { createOrgUnit } from '../org-unit/org-unit.service.js';

export const IMPORT_LIMIT = 5000;

export interface ImportFault { row: number; path: string; message: string }
export interface ImportResult { ok: boolean; created: number; faults: ImportFault[]; passwords: { username: string; password: string }[] }

export interface UnitRow { code: string; name: string; level: string; parentCode?: string | null; attributes?: Record<string, unknown> | null }
export interface UserRow { username: string; displayName: string; role: Role; unitCode?: string | null }

class RolledBack extends Error {}

/** Runs `each` for every row in one savepoint; keeps it only when nothing failed and it is not a preview. */
async function inOneGo<R>(em: EntityManager, rows: R[], dryRun: boolean, each: (tx: EntityManager, row: R, index: number) => Promise<void>): Promise<ImportFault[]> {
  if (rows.length === 0) throw badInput([{ path: '/rows', message: '表格中没有数据行，请按模板填写后再导入' }]);
  if (rows.length > IMPORT_LIMIT) throw badInput([{ path: '/rows', message: `一次最多导入 ${IMPORT_LIMIT} 行，请分批导入` }]);
  const faults: ImportFault[] = [];
  try {
    await em.transactional(async (tx) => {
      for (const [i, row] of rows.entries()) {
        try {
          await each(tx, row, i);
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          const rowFaults = err.faults.length ? err.faults : [{ path: '', message: err.message }];
          faults.push(...rowFaults.map((f: Fault) => ({ row: i + 1, path: f.path.replace(/^\/input/, ''), message: f.message })));
        }
      }
      if (dryRun || faults.length) throw new RolledBack();
    });
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
  }
  return faults;
}

export async function importOrgUnits(em: EntityManager, actor: Actor | undefined, rows: UnitRow[], dryRun: boolean): Promise<ImportResult> {
  // A parent may be a unit already there or one an earlier row of the same sheet creates.
  const created = new Map<string, OrgUnit>();
  const faults = await inOneGo(em, rows, dryRun, async (tx, row) => {
    let parentId: string | undefined;
    if (row.parentCode?.trim()) {
      const parent = created.get(row.parentCode.trim()) ?? (await tx.findOne(OrgUnit, { code: row.parentCode.trim() }));
      if (!parent) throw badInput([{ path: '/parentCode', message: `没有代码为“${row.parentCode}”的上级单位（也不在本表之前的行中），请检查` }]);
      parentId = String(parent.id);
    }
    const unit = await createOrgUnit(tx, actor, { code: row.code ?? '', name: row.name ?? '', level: row.level ?? '', parentId, attributes: row.attributes ?? {} });
    created.set(unit.code, unit);
  });
  return { ok: faults.length === 0, created: faults.length || dryRun ? 0 : rows.length, faults, passwords: [] };
}

/** Accounts get generated passwords, to be changed at the first login; returned once, when written. */
export async function importUsers(em: EntityManager, actor: Actor | undefined, rows: UserRow[], dryRun: boolean): Promise<ImportResult> {
  const passwords: { username: string; password: string }[] = [];
  const faults = await inOneGo(em, rows, dryRun, async (tx, row) => {
    let orgUnitId: string | undefined;
    if (row.unitCode?.trim()) {
      const unit = await tx.findOne(OrgUnit, { code: row.unitCode.trim() });
      if (!unit) throw badInput([{ path: '/unitCode', message: `没有代码为“${row.unitCode}”的单位，请先导入单位或检查代码` }]);
      orgUnitId = String(unit.id);
    }
    if (!Object.values(Role).includes(row.role)) throw badInput([{ path: '/role', message: '角色应为 填报人员、街道审核、评估专家 或 管理员' }]);
    const password = generatePassword();
    await createUser(tx, actor, { username: row.username ?? '', displayName: row.displayName ?? '', role: row.role, orgUnitId, password, mustChangePassword: true });
    passwords.push({ username: row.username.trim(), password });
  });
  const written = faults.length === 0 && !dryRun;
  return { ok: faults.length === 0, created: written ? rows.length : 0, faults, passwords: written ? passwords : [] };
}
