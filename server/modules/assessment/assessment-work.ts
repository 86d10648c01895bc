// What every assessment operation needs: the assessment with its campaign, the pinned
// version compiled once, the unit as formulas see it ($unit), and the one way a change is
// written — conditional on the revision, with a revision row and the narrow score rows.
import type { EntityManager } from '@mikro-orm/postgresql';
import { type CompiledSystem, evaluate, type Evaluation, type SourceRow, type UnitContext, unitContext } from '../../engine/index.js';
import { conflict, notFound } from '../../core/errors.js';
import { type Action, type Actor, authorize } from '../auth/policy.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { compiledVersionById } from '../indicator-system/indicator-system.service.js';
import { AssessmentRevision } from './assessment-revision.entity.js';
import { Assessment } from './assessment.entity.js';
import { sourcesOf } from './assessment-sources.js';
import type { WebhookEventName } from '../webhook/webhook.entity.js';
import { enqueueEvent } from '../webhook/webhook.service.js';

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
  // One statement for the assessment with its unit and campaign; the compiled version from the cache.
  const assessment = await em.findOne(Assessment, { id }, { populate: ['orgUnit', 'campaign'], strategy: 'joined' });
  if (!assessment) throw notFound('评估记录');
  authorize(actor, action, assessment.unitPath);
  const campaign = assessment.campaign;
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
}

/**
 * Writes a change only if the assessment is still at `expectedRevision`: two edits made
 * from the same revision never silently overwrite each other — the later one is CONFLICT.
 */
export async function commitChange(em: EntityManager, actor: Actor, work: Work, expectedRevision: number, change: Change): Promise<Assessment> {
  // Inside the mutation's transaction (the guard's) the change joins it: a savepoint would add
  // two round trips to every save for nothing the outer transaction does not already give.
  return em.isInTransaction() ? writeChange(em, actor, work, expectedRevision, change) : em.transactional((tx) => writeChange(tx, actor, work, expectedRevision, change));
}

async function writeChange(tx: EntityManager, actor: Actor, work: Work, expectedRevision: number, change: Change): Promise<Assessment> {
  const { assessment } = work;
  const next = expectedRevision + 1;
  const updatedAt = new Date();
  const set = { ...change.set, computed: change.evaluation.computed, faults: change.evaluation.errors, selfScore: change.evaluation.selfTotal, vetoed: change.evaluation.vetoed };
  const affected = await tx.nativeUpdate(Assessment, { id: assessment.id, revision: expectedRevision }, { ...set, revision: next, updatedAt });
  if (affected === 0) {
    const [current] = await tx.getConnection().execute<{ revision: number }[]>('select revision from assessment where id = ?', [assessment.id], 'all', tx.getTransactionContext());
    throw conflict(`此评估已被他人更新（当前修订号 ${current?.revision}，您提交的是 ${expectedRevision}），请刷新后再操作，或保留您的内容后重新保存`, {
      currentRevision: current?.revision, expectedRevision,
    });
  }
  const status = (set.status ?? assessment.status) as string;
  await tx.insert(AssessmentRevision, {
    campaign: work.campaign.id, assessment: assessment.id, revision: next, status, action: change.action,
    data: set.data ?? assessment.data, selfScores: set.selfScores ?? assessment.selfScores, userId: actor.id, at: updatedAt,
  } as never);
  // The narrow score rows, one statement: the version is pinned, so an assessment's indicator
  // codes never change and every row is inserted once, then updated in place.
  const scores = change.evaluation.indicatorScores;
  if (scores.length) {
    const columns = ['campaign_id', 'assessment_id', 'indicator_code', 'title', 'level', 'position', 'max_score', 'self_score', 'street_score', 'expert_score', 'final_score', 'kind', 'self_result', 'street_result', 'expert_result', 'final_result'];
    const rows = scores.map((s, position) => [
      work.campaign.id, assessment.id, s.code, s.title, s.level, position, s.maxScore, s.selfScore, s.streetScore, s.expertScore, s.finalScore,
      s.kind, s.selfResult, s.streetResult, s.expertResult, s.finalResult,
    ]);
    await tx.getConnection().execute(
      `insert into assessment_score (${columns.join(', ')}) values ${rows.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ')}
       on conflict (assessment_id, indicator_code) do update set ${columns.slice(3).map((c) => `${c} = excluded.${c}`).join(', ')}`,
      rows.flat(), 'run', tx.getTransactionContext(),
    );
  }
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
