// Assessments over GraphQL: read, save drafts, submit, review, preview.
import { GraphQLJSON } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { selectedFields } from '../../graphql/selection.js';
import type { Context } from '../../graphql/context.js';
import { PREVIEW_COST } from '../../graphql/cost.js';
import { AttachmentType } from '../evidence/evidence.types.js';
import { CampaignType } from '../campaign/campaign.types.js';
import { IndicatorSystemVersionType } from '../indicator-system/indicator-system.types.js';
import { OrgUnitType } from '../org-unit/org-unit.types.js';
import { parseId } from '../org-unit/org-unit.service.js';
import { AssessmentRevision } from './assessment-revision.entity.js';
import { previewAssessment } from './assessment-preview.service.js';
import { CampaignSourceInput } from '../campaign/campaign.types.js';
import { reviewAssessment } from './assessment-review.service.js';
import { assessmentSources, getAssessment, pageMyWork, refreshAssessmentUnit, saveAssessmentDraft, sourceRowsOf, submitAssessment } from './assessment.service.js';
import type { Assessment } from './assessment.entity.js';
import {
  AssessmentConnection, AssessmentPreviewType, AssessmentRevisionType, AssessmentSourceType, AssessmentType, IndicatorScoreType, ReviewType,
} from './assessment.types.js';
import { Review, ReviewDecision, ReviewStage } from './review.entity.js';
import { assessmentCapabilities } from '../auth/policy.js';
import { AssessmentCapabilitiesType } from '../auth/capability.types.js';
import { assessmentWithDocuments } from './assessment-documents.resolver.js';

@Resolver(() => AssessmentType)
export class AssessmentResolver {
  @Query(() => AssessmentType, { nullable: true })
  assessment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getAssessment(ctx.em, ctx.actor, parseId(id, '/id'));
  }

  @Query(() => AssessmentConnection, { description: '我的工作：您可见的评估（所有督导评估，新的在前）；waiting 为 true 时只列等您处理的（填报，或在您的阶段评审）' })
  myWork(
    @Ctx() ctx: Context,
    @Arg('waiting', () => Boolean, { defaultValue: true, description: '只列等您处理的（默认）；false 列出全部' }) waiting: boolean,
    @Arg('first', () => Int, { nullable: true, description: '每页条数，1–100，默认 20' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: '从上一页的 pageInfo.endCursor 之后开始' }) after?: string,
  ) {
    return pageMyWork(ctx.em, ctx.actor, { waiting, first, after });
  }

  @Query(() => AssessmentPreviewType, { description: '用引擎试算：不保存任何内容（每个请求至多两次）' })
  // A preview compiles a whole schema: priced so that one request can hold at most two (graphql/cost.ts).
  @Extensions({ complexity: PREVIEW_COST })
  previewAssessment(
    @Ctx() ctx: Context,
    @Arg('schema', () => GraphQLJSON) schema: unknown,
    @Arg('data', () => GraphQLJSON) data: unknown,
    @Arg('unit', () => GraphQLJSON, { nullable: true }) unit?: unknown,
    @Arg('selfScores', () => GraphQLJSON, { nullable: true }) selfScores?: unknown,
    @Arg('sources', () => [CampaignSourceInput], {
      nullable: true, description: '派生指标的样例数据：把体系声明的数据来源链接到已有的督导评估（读取本人管辖范围内的单位；需指标体系管理权限）',
    }) sources?: CampaignSourceInput[],
  ) {
    return previewAssessment(ctx.em, ctx.compute, ctx.actor, schema, data, unit, selfScores, sources);
  }

  @Mutation(() => AssessmentType, { description: '保存草稿；expectedRevision 过期时返回 CONFLICT，不做任何修改' })
  saveAssessmentDraft(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('data', () => GraphQLJSON) data: unknown,
    @Arg('expectedRevision', () => Int) expectedRevision: number,
    @Arg('selfScores', () => GraphQLJSON, { nullable: true }) selfScores?: unknown,
    @Arg('notApplicable', () => GraphQLJSON, { nullable: true, description: '合理缺项：{ 指标编码: 不适用的理由 }，只用于标为 optional 的指标；不传则保持不变' }) notApplicable?: unknown,
  ) {
    ctx.audit.targetId = id;
    return saveAssessmentDraft(ctx.em, ctx.actor, parseId(id, '/id'), data, selfScores, expectedRevision, notApplicable, ctx.auditWithChange);
  }

  @Mutation(() => AssessmentType, { description: '（管理员）填报中的评估改用受评单位当前的属性（如更正后的常住人口），并重新计算；expectedRevision 过期时返回 CONFLICT' })
  refreshAssessmentUnit(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('expectedRevision', () => Int) expectedRevision: number) {
    ctx.audit.targetId = id;
    return refreshAssessmentUnit(ctx.em, ctx.actor, parseId(id, '/id'), expectedRevision);
  }

  @Mutation(() => AssessmentType, { description: '提交自评：答案完整有效、自评分齐全、佐证材料齐全' })
  submitAssessment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('expectedRevision', () => Int) expectedRevision: number) {
    ctx.audit.targetId = id;
    return submitAssessment(ctx.em, ctx.actor, parseId(id, '/id'), expectedRevision);
  }

  @Mutation(() => AssessmentType, { description: '街道推荐/退回，专家评定/退回' })
  reviewAssessment(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('stage', () => ReviewStage) stage: ReviewStage,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('scores', () => GraphQLJSON, { nullable: true }) scores?: unknown,
    @Arg('opinion', () => String, { nullable: true }) opinion?: string,
    @Arg('reasons', () => GraphQLJSON, { nullable: true, description: '改动自动计分的理由 { 指标编码: 理由 }' }) reasons?: unknown,
    @Arg('expectedRevision', () => Int, { nullable: true, description: '给出时，过期则 CONFLICT' }) expectedRevision?: number,
  ) {
    ctx.audit.targetId = id;
    return reviewAssessment(ctx.em, ctx.actor, parseId(id, '/id'), { stage, decision, scores, reasons, opinion, expectedRevision });
  }

  @FieldResolver(() => OrgUnitType, { description: '受评单位' })
  orgUnit(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.orgUnit.load(a.orgUnit.id);
  }

  @FieldResolver(() => CampaignType)
  campaign(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.campaign.load(a.campaign.id);
  }

  @FieldResolver(() => AssessmentCapabilitiesType, { description: '您现在能对这条评估做什么（按权限和流程状态）' })
  async viewerCan(@Root() a: Assessment, @Ctx() ctx: Context) {
    const campaign = await ctx.loaders.campaign.load(a.campaign.id);
    if (!campaign) return { fill: false, uploadEvidence: false, reviewStage: null, refreshUnit: false };
    return assessmentCapabilities(ctx.actor, { unitPath: a.unitPath, status: a.status, campaignStatus: campaign.status, campaignOwnerPath: campaign.ownerPath });
  }

  @FieldResolver(() => IndicatorSystemVersionType, { description: '填报所依据的指标体系版本（固定）' })
  async systemVersion(@Root() a: Assessment, @Ctx() ctx: Context) {
    const campaign = await ctx.loaders.campaign.load(a.campaign.id);
    return campaign ? ctx.loaders.systemVersion.load(campaign.systemVersion.id) : null;
  }

  @FieldResolver(() => [IndicatorScoreType], { description: '各指标各阶段得分（按文档顺序）' })
  indicatorScores(@Root() a: Assessment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.scoresByAssessment(selectedFields(info)).load(a.id);
  }

  @FieldResolver(() => [AttachmentType], { description: '佐证材料' })
  attachments(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsByAssessment.load(a.id);
  }

  @FieldResolver(() => [AssessmentSourceType], {
    description: '派生指标依据的下级单位评估（如县域评估依据的各校评估）：填报中为实时数据，提交后为提交时的数据',
  })
  async sources(@Root() a: Assessment, @Ctx() ctx: Context) {
    return assessmentSources(ctx.em, await assessmentWithDocuments(a, ctx));
  }

  @FieldResolver(() => GraphQLJSON, {
    description: '公式中的 $sources：{ 来源名称: [{ unit, status, passed, total, grade, results, scores, values }] }（浏览器用它以同样的数据计算派生指标）',
  })
  async sourceValues(@Root() a: Assessment, @Ctx() ctx: Context) {
    return sourceRowsOf(ctx.em, await assessmentWithDocuments(a, ctx));
  }

  @FieldResolver(() => [ReviewType], { description: '评审记录（推荐、退回、评定），按时间先后；填报单位也能看到意见和理由' })
  reviews(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.em.find(Review, { assessment: a.id }, { orderBy: { createdAt: 'asc' }, populate: ['reviewer'] });
  }

  @FieldResolver(() => [AssessmentRevisionType], { description: '每次保存的修订记录（不含内容）' })
  revisions(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.em.find(AssessmentRevision, { assessment: a.id }, { orderBy: { revision: 'desc' }, fields: ['revision', 'status', 'action', 'userId', 'at'] });
  }
}
