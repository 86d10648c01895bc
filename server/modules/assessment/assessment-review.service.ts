// Reviewing: the street recommends or returns a submitted assessment; the expert panel
// finalises it with scores (formula and checklist leaves default to their computed score and
// may be overridden with a reason; manual leaves must be scored) or returns it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { gradeFor, leaves, missingManualScores, notApplicableCodes, outsideNotApplicable, validateScores } from '../../engine/index.js';
import type { Fault, Scores } from '../../engine/types.js';
import { badInput } from '../../core/errors.js';
import type { Actor } from '../auth/policy.js';
import { User } from '../auth/user.entity.js';
import { type Change, commitChange, evaluateWork, loadWork, type Work } from './assessment-work.js';
import { AssessmentStatus } from './assessment.entity.js';
import { Review, ReviewDecision, ReviewStage } from './review.entity.js';

export interface ReviewInput {
  stage: ReviewStage;
  decision: ReviewDecision;
  scores?: unknown;
  reasons?: unknown;
  opinion?: string;
  expectedRevision?: number;
}

const EXPECTED: Record<ReviewStage, { status: AssessmentStatus; decisions: ReviewDecision[]; label: string }> = {
  [ReviewStage.STREET]: { status: AssessmentStatus.SUBMITTED, decisions: [ReviewDecision.RECOMMEND, ReviewDecision.RETURN], label: '已提交' },
  [ReviewStage.EXPERT]: { status: AssessmentStatus.RECOMMENDED, decisions: [ReviewDecision.FINALIZE, ReviewDecision.RETURN], label: '街道已推荐' },
};

export async function reviewAssessment(em: EntityManager, actor: Actor | undefined, id: number, input: ReviewInput) {
  const work = await loadWork(em, actor, id, input.stage === ReviewStage.STREET ? 'assessment:review:STREET' : 'assessment:review:EXPERT');
  const expected = EXPECTED[input.stage];
  if (!expected.decisions.includes(input.decision)) {
    throw badInput([{ path: '/decision', message: `${input.stage === ReviewStage.STREET ? '街道' : '专家'}阶段只能选择 ${expected.decisions.join(' 或 ')}` }]);
  }
  const faults: Fault[] = [];
  if (work.assessment.status !== expected.status) {
    throw badInput([{ path: '/id', message: `该评估当前不在此阶段（需为“${expected.label}”状态），请刷新页面查看最新状态` }]);
  }
  const opinion = input.opinion?.trim() || undefined;
  if (opinion && opinion.length > 5000) faults.push({ path: '/opinion', message: '意见不超过 5000 字' });
  if (input.decision === ReviewDecision.RETURN && !opinion) faults.push({ path: '/opinion', message: '退回修改时请写明理由，便于填报单位修改' });
  faults.push(...validateScores(work.compiled, input.scores, '/scores'));
  const reasons = checkReasons(input.reasons, faults);
  if (faults.length) throw badInput(faults);

  const scores = (input.scores ?? undefined) as Scores | undefined;
  const change = await decide(work, input, scores, reasons, opinion);
  change.record = (tx) => {
    tx.create(Review, {
      campaign: work.campaign.id as never, assessment: work.assessment.id as never, stage: input.stage, decision: input.decision,
      reviewer: tx.getReference(User, (actor as Actor).id), scores, reasons, opinion,
    });
  };
  return commitChange(em, actor as Actor, work, input.expectedRevision ?? work.assessment.revision, change);
}

async function decide(work: Work, input: ReviewInput, scores: Scores | undefined, reasons: Record<string, string>, opinion?: string): Promise<Change> {
  if (input.decision === ReviewDecision.RETURN) {
    return {
      set: { status: AssessmentStatus.DRAFT, returnReason: opinion, streetScores: null, streetScore: null, sourceRows: null } as never,
      action: 'return', evaluation: await evaluateWork(work, { streetScores: undefined }),
    };
  }
  if (input.decision === ReviewDecision.RECOMMEND) {
    const evaluation = await evaluateWork(work, { streetScores: scores ?? {} });
    return { set: { status: AssessmentStatus.RECOMMENDED, streetScores: scores ?? {}, streetScore: evaluation.streetTotal ?? undefined }, action: 'recommend', evaluation };
  }
  const na = notApplicableCodes(work.compiled, work.assessment.notApplicable);
  const faults = outsideNotApplicable(work.compiled, na, missingManualScores(work.compiled, scores, '/scores'));
  const evaluation = await evaluateWork(work, { expertScores: scores ?? {} });
  for (const node of leaves(work.compiled)) {
    if (node.method === 'manual' || scores?.[node.code] === undefined) continue;
    const score = evaluation.indicatorScores.find((s) => s.code === node.code);
    const computed = node.kind === 'standard' ? score?.computedResult : score?.computedScore;
    if (scores[node.code] !== computed && !reasons[node.code]) {
      faults.push({ path: `/reasons/${node.code}`, message: `“${node.code}”的评定与自动${node.kind === 'standard' ? '认定' : '计分'}（${computed}）不同，请填写调整理由` });
    }
  }
  if (faults.length === 0 && evaluation.expertPassed === null) {
    faults.push({ path: '/scores', message: '是否合格还无法判定（有指标的结果未知或无法计算），请补全评定后再评定' });
  }
  if (faults.length) throw badInput(faults, '评分未完成，请按提示补充后再评定');
  const total = evaluation.expertTotal ?? 0;
  const meta = work.compiled.system.meta;
  return {
    set: {
      status: AssessmentStatus.FINALIZED, expertScores: scores ?? {}, finalScore: total, finalizedAt: new Date(),
      passed: evaluation.expertPassed ?? false, grade: gradeFor(meta, total, evaluation.vetoed) ?? undefined,
    },
    action: 'finalize', evaluation,
  };
}

function checkReasons(reasons: unknown, faults: Fault[]): Record<string, string> {
  if (reasons === undefined || reasons === null) return {};
  if (typeof reasons !== 'object' || Array.isArray(reasons)) {
    faults.push({ path: '/reasons', message: '理由应为 { 指标编码: 理由 } 形式的对象' });
    return {};
  }
  const out: Record<string, string> = {};
  for (const [code, text] of Object.entries(reasons)) {
    if (typeof text !== 'string' || text.length > 2000) faults.push({ path: `/reasons/${code}`, message: '理由应为不超过 2000 字的文本' });
    else if (text.trim()) out[code] = text.trim();
  }
  return out;
}
