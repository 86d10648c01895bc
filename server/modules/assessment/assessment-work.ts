// What every assessment operation needs: the assessment with its campaign, the pinned
// version compiled once, the unit as formulas see it ($unit), and the one way a change is
// written — conditional on the revision, with a revision row and the narrow score rows.
import type { EntityManager } from '@mikro-orm/postgresql';
import { type CompiledSystem, evaluate, type Evaluation, type SourceRow, type UnitContext, unitContext } from '../../engine/index.js';
import { conflict, notFound } from '../../core/errors.js';
import { type Action, type Actor, authorize } from '../auth/policy.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { IndicatorSystemVersion } from '../indicator-system/indicator-system.entity.js';
import { compiledVersion } from '../indicator-system/indicator-system.service.js';
import { AssessmentRevision } from './assessment-revision.entity.js';
import { AssessmentScore } from './assessment-score.entity.js';
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
  const assessment = await em.findOne(Assessment, { id }, { populate: ['orgUnit', 'campaign'] });
  if (!assessment) throw notFound('评估记录');
  authorize(actor, action, assessment.unitPath);
  const campaign = assessment.campaign;
  const version = await em.findOneOrFail(IndicatorSystemVersion, { id: campaign.systemVersion.id });
  const compiled = compiledVersion(version);
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
  const { assessment } = work;
  return em.transactional(async (tx) => {
    const next = expectedRevision + 1;
    const set = { ...change.set, computed: change.evaluation.computed, faults: change.evaluation.errors, selfScore: change.evaluation.selfTotal, vetoed: change.evaluation.vetoed };
    const affected = await tx.nativeUpdate(Assessment, { id: assessment.id, revision: expectedRevision }, { ...set, revision: next, updatedAt: new Date() });
    if (affected === 0) {
      const [current] = await tx.getConnection().execute<{ revision: number }[]>('select revision from assessment where id = ?', [assessment.id], 'all', tx.getTransactionContext());
      throw conflict(`此评估已被他人更新（当前修订号 ${current?.revision}，您提交的是 ${expectedRevision}），请刷新后再操作，或保留您的内容后重新保存`, {
        currentRevision: current?.revision, expectedRevision,
      });
    }
    tx.create(AssessmentRevision, {
      campaign: work.campaign, assessment, revision: next, status: (set.status ?? assessment.status) as string, action: change.action,
      data: set.data ?? assessment.data, selfScores: set.selfScores ?? assessment.selfScores, userId: actor.id,
    });
    await tx.nativeDelete(AssessmentScore, { assessment: assessment.id });
    await tx.insertMany(AssessmentScore, change.evaluation.indicatorScores.map((s, position) => ({
      campaign: work.campaign.id, assessment: assessment.id, indicatorCode: s.code, title: s.title, level: s.level, position,
      maxScore: s.maxScore, selfScore: s.selfScore, streetScore: s.streetScore, expertScore: s.expertScore, finalScore: s.finalScore,
      kind: s.kind, selfResult: s.selfResult, streetResult: s.streetResult, expertResult: s.expertResult, finalResult: s.finalResult,
    })) as never);
    change.record?.(tx);
    await tx.flush();
    const saved = await tx.findOneOrFail(Assessment, { id: assessment.id }, { refresh: true });
    const event = EVENTS[change.action];
    if (event) await enqueueEvent(tx, event, assessmentEvent(saved, work), { unitPath: saved.unitPath });
    return saved;
  });
}
