// Filling an assessment: drafts (incomplete but well-typed), then submitting (fully
// valid answers, every manual self-score, the required evidence).
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  deepMerge, leaves, missingManualScores, unitContext, notApplicableCodes, outsideNotApplicable, stripComputed, validateAnswers, validateNotApplicable, validateScores,
} from '../../engine/index.js';
import { unsafeFaults } from '../../engine/safety.js';
import type { Fault, JsonObject, SourceDeclaration, SourceRow } from '../../engine/types.js';
import { AssessmentOrderField, OrderDirection, type AssessmentOrder } from './assessment.types.js';
import { type Page, decodeCursor, decodeTimeCursor, encodeTimeCursor, pageSize, toPage } from '../../core/paging.js';
import { badInput } from '../../core/errors.js';
import { type Actor, authorize, reachCondition, requireActor, scopeFilter, waitingCondition } from '../auth/policy.js';
import { Campaign, CampaignStatus } from '../campaign/campaign.entity.js';
import { IndicatorSystemVersion } from '../indicator-system/indicator-system.entity.js';
import { compiledVersion, compiledVersionById } from '../indicator-system/indicator-system.service.js';
import { pageNewestFirst } from '../../db/newest-first.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { parseId } from '../org-unit/org-unit.service.js';
import { frozenSources, sourcesOf } from './assessment-sources.js';
import { commitChange, evaluateWork, loadWork, type Work } from './assessment-work.js';
import { Assessment, AssessmentStatus } from './assessment.entity.js';
import { listRows } from './assessment-documents.js';
import type { AuditWithChange } from '../audit/audit.service.js';

export async function getAssessment(em: EntityManager, actor: Actor | undefined, id: number): Promise<Assessment> {
  return (await loadWork(em, actor, id, 'assessment:read')).assessment;
}

function requireFillable(work: Work): void {
  if (work.campaign.status !== CampaignStatus.OPEN) throw badInput([{ path: '/id', message: '该督导评估不在填报期，不能修改或提交' }]);
  if (work.assessment.status !== AssessmentStatus.DRAFT) {
    throw badInput([{ path: '/id', message: '评估已提交，不能再修改；如需修改请联系街道退回' }]);
  }
}

function checkSelfScores(work: Work, selfScores: unknown): Fault[] {
  const faults = validateScores(work.compiled, selfScores, '/selfScores');
  const manual = new Set(leaves(work.compiled).filter((n) => n.method === 'manual').map((n) => n.code));
  for (const code of Object.keys((selfScores as object | null) ?? {})) {
    if (!manual.has(code) && !faults.some((f) => f.path === `/selfScores/${code}`)) {
      faults.push({ path: `/selfScores/${code}`, message: `“${code}”按公式或检查项自动计分，无需填写自评分` });
    }
  }
  return faults;
}

export async function saveAssessmentDraft(
  em: EntityManager, actor: Actor | undefined, id: number, data: unknown, selfScores: unknown, expectedRevision: number, notApplicable?: unknown, audit?: AuditWithChange,
): Promise<Assessment> {
  const work = await loadWork(em, actor, id, 'assessment:fill');
  requireFillable(work);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw badInput([{ path: '/data', message: '答案应为 JSON 对象' }]);
  const unsafe = unsafeFaults(data, '/data');
  if (unsafe.length) throw badInput(unsafe);
  const clean = stripComputed(work.compiled, data as JsonObject);
  const scores = (selfScores ?? work.assessment.selfScores) as Record<string, number>;
  const na = (notApplicable ?? work.assessment.notApplicable) as Record<string, string>;
  const naFaults = validateNotApplicable(work.compiled, notApplicable, '/notApplicable');
  if (naFaults.length) throw badInput(naFaults);
  const evaluation = await evaluateWork(work, { data: clean, selfScores: scores, notApplicable: na });
  const faults = [
    ...validateAnswers(work.compiled, deepMerge(clean, evaluation.computed), 'draft', '/data'),
    ...checkSelfScores(work, selfScores),
  ];
  if (faults.length) throw badInput(faults, '草稿中有格式错误的内容，请按提示修改后再保存');
  return commitChange(em, actor as Actor, work, expectedRevision, { set: { data: clean, selfScores: scores, notApplicable: na }, action: 'save', evaluation, audit });
}

/**
 * An administrator takes a draft's unit attributes afresh from the unit (after correcting its
 * population with updateOrgUnit, say): the scores are recomputed with them. Submitted ones keep theirs.
 */
export async function refreshAssessmentUnit(em: EntityManager, actor: Actor | undefined, id: number, expectedRevision: number): Promise<Assessment> {
  const work = await loadWork(em, actor, id, 'assessment:read');
  authorize(actor, 'campaign:manage', work.campaign.ownerPath);
  requireFillable(work);
  const attributes = work.assessment.orgUnit.attributes ?? {};
  const fresh = { ...work, unit: unitContext({ ...work.assessment.orgUnit, attributes }) };
  return commitChange(em, actor as Actor, fresh, expectedRevision, { set: { unitAttributes: attributes }, action: 'save', evaluation: await evaluateWork(fresh) });
}

export async function submitAssessment(em: EntityManager, actor: Actor | undefined, id: number, expectedRevision: number): Promise<Assessment> {
  const work = await loadWork(em, actor, id, 'assessment:fill');
  requireFillable(work);
  const { assessment, compiled } = work;
  const evaluation = await evaluateWork(work);
  const faults = validateAnswers(compiled, deepMerge(assessment.data, evaluation.computed), 'submit', '/data');
  // What the answers leave uncomputable (a division by zero, a veto that cannot be decided) is
  // refused, so no submitted score rests on a value nobody could compute.
  // Inputs already reported missing are not reported again through the formulas that need them.
  const reportedUnder = (prefix: string) => faults.some((f) => f.path.startsWith(`/data${prefix}/`));
  for (const error of evaluation.errors) {
    const indicatorPath = error.path.slice(0, error.path.lastIndexOf('/'));
    if (error.code === 'MISSING' && (reportedUnder(error.path) || reportedUnder(indicatorPath))) continue;
    faults.push({ path: `/data${error.path}`, message: `${error.indicator ? `“${error.indicator}”` : ''}无法计算：${error.message}` });
  }
  faults.push(...missingManualScores(compiled, assessment.selfScores, '/selfScores'));
  const counts = await evidenceCounts(em, assessment.id);
  for (const node of compiled.system.all) {
    const need = node.evidence?.required ? Math.max(node.evidence.minFiles, 1) : (node.evidence?.minFiles ?? 0);
    if ((counts.get(node.code) ?? 0) < need) {
      faults.push({ path: `/evidence/${node.code}`, message: `“${node.code} ${node.title}”需上传至少 ${need} 个佐证材料` });
    }
  }
  // What is marked not applicable (合理缺项) needs no answers, scores or evidence.
  const needed = outsideNotApplicable(compiled, notApplicableCodes(compiled, assessment.notApplicable), faults);
  if (needed.length) throw badInput(needed, '还有未完成的内容，请按提示补充后再提交');
  return commitChange(em, actor as Actor, work, expectedRevision, {
    // The sources as they are now are what was submitted: frozen for the reviews.
    set: { status: AssessmentStatus.SUBMITTED, submittedAt: new Date(), returnReason: undefined, sourceRows: work.sources ?? null }, action: 'submit', evaluation,
  });
}

async function evidenceCounts(em: EntityManager, assessmentId: number): Promise<Map<string, number>> {
  const rows = await em.getConnection().execute<{ code: string; n: number }[]>(
    'select indicator_code as code, count(*)::int as n from attachment where assessment_id = ? group by indicator_code', [assessmentId],
    // Inside a caller's transaction (the demo loads in one), count what it has written too.
    'all', em.getTransactionContext(),
  );
  return new Map(rows.map((r) => [r.code, r.n]));
}

/** Per loaded assessment: `sources` and `sourceValues` asked in one request read the rows once. */
const rowsRead = new WeakMap<Assessment, Promise<Record<string, SourceRow[]>>>();

/** `$sources` of an assessment as its formulas read it: live for a draft, as submitted afterwards. */
export function sourceRowsOf(em: EntityManager, assessment: Assessment): Promise<Record<string, SourceRow[]>> {
  let rows = rowsRead.get(assessment);
  if (!rows) {
    rows = readSourceRows(em, assessment);
    rowsRead.set(assessment, rows);
  }
  return rows;
}

async function readSourceRows(em: EntityManager, assessment: Assessment): Promise<Record<string, SourceRow[]>> {
  const frozen = frozenSources(assessment);
  if (frozen) return frozen;
  const campaign = await em.findOneOrFail(Campaign, { id: assessment.campaign.id });
  return (await sourcesOf(em, assessment, campaign, (await compiledVersionById(em, campaign.systemVersion.id)).system.meta)) ?? {};
}

/** The units behind an assessment's derived indicators, by source (read by someone who may read the assessment). */
export async function assessmentSources(em: EntityManager, assessment: Assessment): Promise<AssessmentSourceView[]> {
  const rows = await sourceRowsOf(em, assessment);
  const campaign = await em.findOneOrFail(Campaign, { id: assessment.campaign.id }, { populate: ['systemVersion'] });
  const declared = compiledVersion(campaign.systemVersion).system.meta.sources;
  return Promise.all(Object.entries(rows).map(async ([name, list]) => {
    // The linked campaign names the source for people and its system labels the figures.
    const linked = campaign.sources[name];
    const source = linked ? await em.findOne(Campaign, { id: linked }, { populate: ['systemVersion'] }) : null;
    return {
      name, campaignName: source?.name, systemVersion: source?.systemVersion,
      units: list.map((r) => ({ ...r.unit, status: r.status, passed: r.passed ?? undefined, total: r.total ?? undefined, values: r.values })),
      notCounted: linked && declared[name] ? await notCountedUnits(em, linked, assessment.unitPath, declared[name]) : [],
    };
  }));
}

/** The source campaign's units under the assessed one whose assessments are not (yet) in a status the source counts. */
async function notCountedUnits(em: EntityManager, campaignId: number, unitPath: string, source: SourceDeclaration): Promise<{ code: string; name: string; status: string }[]> {
  return em.getConnection().execute(
    `select o.code, o.name, a.status from assessment a join org_unit o on o.id = a.org_unit_id
      where a.campaign_id = ? and a.unit_path like ? and a.status not in (${source.statuses.map(() => '?').join(', ')}) ${source.level ? 'and o.level = ?' : ''}
      order by o.code`,
    [campaignId, `${unitPath}%`, ...source.statuses, ...(source.level ? [source.level] : [])],
  );
}

interface AssessmentSourceView {
  name: string; campaignName?: string; systemVersion?: IndicatorSystemVersion; units: SourceUnit[];
  notCounted: { code: string; name: string; status: string }[];
}

interface SourceUnit { code: string; name: string; level: string; attributes: Record<string, unknown>; status: string; passed?: boolean; total?: number; values: JsonObject }

export interface ListAssessmentsArgs {
  first?: number;
  after?: string;
  orgUnitId?: string;
  status?: AssessmentStatus;
  /** Only assessments changed after this time (incremental pulls). */
  updatedSince?: Date;
  orderBy?: AssessmentOrder;
}

/**
 * A campaign's assessments inside the reader's scope, optionally under one unit, in one status or
 * changed since a time; by id, or by last update then id (keyset either way).
 */
export async function listAssessments(em: EntityManager, actorIn: Actor | undefined, campaignId: number, args: ListAssessmentsArgs): Promise<Page<Assessment>> {
  const actor = requireActor(actorIn);
  const size = pageSize(args.first);
  const where: Record<string, unknown> = { campaign: campaignId, unitPath: scopeFilter(actor) };
  const and: Record<string, unknown>[] = [];
  if (args.status) where.status = args.status;
  if (args.orgUnitId) {
    // The unit's subtree as a path prefix, which the path index serves (a pattern over the path did not).
    const unit = await em.findOne(OrgUnit, { id: parseId(args.orgUnitId, '/orgUnitId') }, { fields: ['path'] });
    and.push({ unitPath: unit ? { $like: `${unit.path}%` } : null });
  }
  if (args.updatedSince) and.push({ updatedAt: { $gt: args.updatedSince } });
  const desc = args.orderBy?.direction === OrderDirection.DESC;
  const [gt, dir] = desc ? ['$lt', 'desc'] as const : ['$gt', 'asc'] as const;
  const byTime = args.orderBy?.field === AssessmentOrderField.UPDATED_AT;
  let keyset: Record<string, unknown> | undefined;
  let after: unknown;
  if (byTime) {
    const cursor = decodeTimeCursor(args.after);
    after = cursor;
    if (cursor) keyset = { $or: [{ updatedAt: { [gt]: cursor.at } }, { updatedAt: cursor.at, id: { [gt]: cursor.id } }] };
  } else {
    const id = decodeCursor(args.after);
    after = id;
    if (id) keyset = { id: { [gt]: id } };
  }
  const filter = and.length ? { ...where, $and: and } : where;
  // Without their documents, which the fields that show them load (assessment-documents.ts).
  const rows = await listRows(em, keyset ? { ...where, $and: [...and, keyset] } : filter, byTime ? { updatedAt: dir, id: dir } : { id: dir }, size + 1);
  return toPage(rows, size, () => em.fork().count(Assessment, filter), after, byTime ? (n) => encodeTimeCursor(n.updatedAt, n.id) : undefined);
}

export interface MyWorkArgs { waiting?: boolean; first?: number; after?: string }

/**
 * "My work": the assessments this person may read across every campaign, newest first — or only
 * those waiting for them (to fill, or to review at their stage), as the policy module says.
 */
export async function pageMyWork(em: EntityManager, actorIn: Actor | undefined, args: MyWorkArgs): Promise<Page<Assessment>> {
  const actor = requireActor(actorIn);
  const read = reachCondition(actor, 'assessment:read', 'a.unit_path');
  const filters = [read.sql];
  const params: unknown[] = [...read.params];
  if (args.waiting) {
    const waiting = waitingCondition(actor, { unitPath: 'a.unit_path', status: 'a.status', campaignStatus: 'c.status' });
    filters.push(waiting.sql);
    params.push(...waiting.params);
  }
  return pageNewestFirst(em, Assessment, 'a', `from assessment a join campaign c on c.id = a.campaign_id where ${filters.join(' and ')}`, params, args,
    (ids) => listRows(em, { id: { $in: ids } }, { id: 'desc' }));
}
