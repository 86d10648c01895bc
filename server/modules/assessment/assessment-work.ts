// What every assessment operation needs: the assessment with its campaign, the pinned
// version compiled once, the unit as formulas see it ($unit), and the one way a change is
// written — conditional on the revision, with a revision row and the narrow score rows.
import type { EntityManager } from '@mikro-orm/postgresql';
import { type CompiledSystem, evaluate, type Evaluation, type SourceRow, type UnitContext, unitContext } from '../../engine/index.js';
import { conflict, notFound } from '../../core/errors.js';
import { type Action, type Actor, authorize } from '../auth/policy.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { compiledVersionById } from '../indicator-system/indicator-system.service.js';
import { Assessment } from './assessment.entity.js';
import { sourcesOf } from './assessment-sources.js';
import type { WebhookEventName } from '../webhook/webhook.entity.js';
import { enqueueEvent } from '../webhook/webhook.service.js';
import { entityTable, nativeQuery, plainRowMapper } from '../../db/native-sql.js';
import { fingerprint, insertMissingScores, scoreArrays, updateChangedScores } from './assessment-score-rows.js';
import { AUDIT_COLUMNS, type AuditWithChange, auditValues } from '../audit/audit.service.js';

export interface Work {
  assessment: Assessment;
  campaign: Campaign;
  compiled: CompiledSystem;
  unit: UnitContext;
  /** `$sources`: live for a draft, as frozen at submit afterwards. */
  sources?: Record<string, SourceRow[]>;
}

/** Loads an assessment for `action`, checking the policy on the assessed unit. */
export async function loadWork(em: EntityManager, actor: Actor | undefined, id: number, action: Action): Promise<Work> {
  // One statement for the assessment with its unit and campaign, written by hand (the ORM's query
  // building cost more than the query) and read as plain rows, not managed entities: every change
  // is written by commitChange's own statement, and mapping the three into the ORM's identity map
  // (snapshots to compare at the commit's flush) cost ~15 % of the server's CPU for a save.
  const { rows: [row] } = await nativeQuery<{ a: Record<string, unknown>; o: Record<string, unknown>; c: Record<string, unknown> }>(em,
    `select to_jsonb(a) as a, to_jsonb(o) as o, to_jsonb(c) as c from assessment a join org_unit o on o.id = a.org_unit_id join campaign c on c.id = a.campaign_id where a.id = $1`, [id]);
  if (!row) throw notFound('评估记录');
  const assessment = plainRowMapper(em, Assessment)(row.a);
  authorize(actor, action, assessment.unitPath);
  const campaign = plainRowMapper(em, Campaign)(row.c);
  assessment.orgUnit = plainRowMapper(em, OrgUnit)(row.o);
  assessment.campaign = campaign;
  const compiled = await compiledVersionById(em, campaign.systemVersion.id);
  const sources = await sourcesOf(em, assessment, campaign, compiled.system.meta);
  return { assessment, campaign, compiled, sources, unit: unitContext({ ...assessment.orgUnit, attributes: assessment.unitAttributes ?? assessment.orgUnit.attributes }) };
}

/** Evaluates with the stored answers and scores, `changes` taking precedence. */
export function evaluateWork(work: Work, changes: Partial<Pick<Assessment, 'data' | 'selfScores' | 'streetScores' | 'expertScores' | 'notApplicable'>> = {}): Promise<Evaluation> {
  const a = { ...work.assessment, ...changes } as Assessment;
  return evaluate(work.compiled, {
    data: a.data, unit: work.unit, selfScores: a.selfScores, streetScores: a.streetScores ?? undefined, expertScores: a.expertScores ?? undefined,
    passScore: work.campaign.passScore, sources: work.sources, notApplicable: a.notApplicable,
  });
}

/** What a webhook is told when a step of the workflow is taken (saving a draft is not one). */
const EVENTS: Partial<Record<Change['action'], WebhookEventName>> = {
  submit: 'assessment.submitted', return: 'assessment.returned', recommend: 'assessment.recommended', finalize: 'assessment.finalized',
};

function assessmentEvent(a: Assessment, work: Work): Record<string, unknown> {
  return {
    assessment: {
      id: String(a.id), status: a.status, revision: a.revision, selfScore: a.selfScore, streetScore: a.streetScore ?? null, finalScore: a.finalScore ?? null,
      passed: a.passed ?? null, grade: a.grade ?? null, vetoed: a.vetoed, returnReason: a.returnReason ?? null, updatedAt: a.updatedAt.toISOString(),
      unit: { id: String(work.assessment.orgUnit.id), code: work.assessment.orgUnit.code, name: work.assessment.orgUnit.name },
    },
    campaign: { id: String(work.campaign.id), name: work.campaign.name },
  };
}

export interface Change {
  set: Partial<Assessment>;
  action: 'save' | 'submit' | 'recommend' | 'return' | 'finalize';
  evaluation: Evaluation;
  /** Anything else to write in the same transaction (a review row). */
  record?: (tx: EntityManager) => void;
  /** The mutation's audit row, written by the change's own statement (middleware.ts). */
  audit?: AuditWithChange;
}

/**
 * Writes a change only if the assessment is still at `expectedRevision`: two edits made
 * from the same revision never silently overwrite each other — the later one is CONFLICT.
 */
export async function commitChange(em: EntityManager, actor: Actor, work: Work, expectedRevision: number, change: Change): Promise<Assessment> {
  const arrays = scoreArrays(change.evaluation.indicatorScores);
  // The score rows are compared and updated only when the scores differ from what the last
  // change wrote (a draft save of text answers, the common case, leaves every score as it was).
  const scoresWritten = fingerprint(arrays);
  const rewrite = work.assessment.scoresWritten !== scoresWritten;
  const write = (tx: EntityManager) => writeChange(tx, actor, work, expectedRevision, change, { arrays, scoresWritten, rewrite });
  // A change written by its one statement needs no transaction of its own (BEGIN and COMMIT
  // would be two more round trips); one that may insert score rows, write a review row or
  // queue a webhook event takes one. Inside the mutation's transaction (the guard's) the change
  // joins it: a savepoint would add two round trips for nothing the outer one does not give.
  const oneStatement = !rewrite && !change.record && !EVENTS[change.action];
  return em.isInTransaction() || oneStatement ? write(em) : em.transactional(write);
}

interface ScoreWrite {
  arrays: unknown[][];
  scoresWritten: string;
  rewrite: boolean;
}

async function writeChange(tx: EntityManager, actor: Actor, work: Work, expectedRevision: number, change: Change, { arrays, scoresWritten, rewrite }: ScoreWrite): Promise<Assessment> {
  const { assessment } = work;
  const next = expectedRevision + 1;
  const updatedAt = new Date();
  const scores = change.evaluation.indicatorScores;
  const set = {
    ...change.set, computed: change.evaluation.computed, faults: change.evaluation.errors, selfScore: change.evaluation.selfTotal, vetoed: change.evaluation.vetoed, scoresWritten,
  };
  const columns = entityTable(tx, Assessment).byName;
  const params: unknown[] = [assessment.id, expectedRevision, next, updatedAt, work.campaign.id, change.action, actor.id];
  const assignments = Object.entries(set).map(([property, value]) => {
    const column = columns.get(property);
    if (!column) throw new Error(`Assessment has no column for ${property}`);
    params.push(value === undefined || value === null ? null : column.json ? JSON.stringify(value) : value);
    return `${column.column} = $${params.length}`;
  });
  const first = params.length + 1;
  if (rewrite) params.push(...arrays);
  const audit = change.audit?.record();
  const auditFirst = params.length + 1;
  if (audit) params.push(...auditValues(audit));
  // One statement, one round trip: the update only at the expected revision, and the revision
  // row, the mutation's audit row and the changed score rows only if it happened (they select
  // from its RETURNING). When the scores changed it also counts the score rows there were, so
  // the first write knows to insert them.
  const { rows: [{ changed, scoreRows }] } = await nativeQuery<{ changed: number; scoreRows: number | null }>(tx, `
    with changed as (
      update assessment set ${assignments.join(', ')}, revision = $3, updated_at = $4 where id = $1 and revision = $2
      returning id, status, data, self_scores
    ), revision_row as (
      insert into assessment_revision (campaign_id, assessment_id, revision, status, action, data, self_scores, user_id, at)
      select $5, id, $3, status, $6, data, self_scores, $7, $4 from changed
    )${audit ? `, audit_row as (
      insert into audit_event (${AUDIT_COLUMNS}) select ${AUDIT_COLUMNS.split(', ').map((_, i) => `$${auditFirst + i}`).join(', ')} from changed
    )` : ''}${rewrite ? `, score_rows as (
      ${updateChangedScores('changed.id', first, 'changed')}
    )` : ''}
    select (select count(*) from changed)::int as changed, ${rewrite ? '(select count(*) from assessment_score where assessment_id = $1)::int' : 'null::int'} as "scoreRows"`, params);
  if (changed === 0) {
    const { rows: [current] } = await nativeQuery<{ revision: number }>(tx, 'select revision from assessment where id = $1', [assessment.id]);
    throw conflict(`此评估已被他人更新（当前修订号 ${current?.revision}，您提交的是 ${expectedRevision}），请刷新后再操作，或保留您的内容后重新保存`, {
      currentRevision: current?.revision, expectedRevision,
    });
  }
  if (change.audit) change.audit.written = true;
  if (scoreRows !== null && scoreRows < scores.length) await insertMissingScores(tx, work.campaign.id, assessment.id, scores);
  if (change.record) {
    change.record(tx);
    await tx.flush();
  }
  // What was written, without reading it back: the loaded row with the change on it.
  const saved = { ...assessment, ...set, revision: next, updatedAt } as Assessment;
  const event = EVENTS[change.action];
  if (event) await enqueueEvent(tx, event, assessmentEvent(saved, work), { unitPath: saved.unitPath });
  return saved;
}
