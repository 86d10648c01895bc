// Campaigns over GraphQL, with their assessments and statistics.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { campaignCapabilities, requireActor } from '../auth/policy.js';
import { CampaignCapabilitiesType } from '../auth/capability.types.js';
import { AssessmentStatus } from '../assessment/assessment.entity.js';
import { listAssessments } from '../assessment/assessment.service.js';
import { AssessmentConnection, AssessmentOrder } from '../assessment/assessment.types.js';
import { IndicatorSystemVersionType } from '../indicator-system/indicator-system.types.js';
import { OrgUnitType } from '../org-unit/org-unit.types.js';
import { parseId } from '../org-unit/org-unit.service.js';
import {
  campaignStats, compareCampaigns, indicatorGaps, scoreDistribution, standardResults, statsByAttribute, statsByOrgUnit, valueSpread, weakestIndicators,
} from './campaign-stats.service.js';
import { compiledVersion, compiledVersionById } from '../indicator-system/indicator-system.service.js';
import { Campaign, CampaignStatus } from './campaign.entity.js';
import { createCampaign, listCampaigns, moveCampaign, openCampaign, pageCampaigns, readVisibleCampaign } from './campaign.service.js';
import {
  AttributeStatsType, CampaignComparisonType, IndicatorGapType, ScoreBucketType,
  CampaignConnection, CampaignStatsType, CampaignType, CreateCampaignInput, IndicatorStatType, OrgUnitStatsType, StandardStatType, ValueSpreadType } from './campaign.types.js';

@Resolver(() => CampaignType)
export class CampaignResolver {
  @Query(() => [CampaignType], {
    description: '可见的督导评估：本单位组织的，或有受评单位在本单位范围内的（全部，不分页）',
    deprecationReason: '不分页，一个省历年的督导评估可达数千项：请改用 campaignConnection',
  })
  campaigns(@Ctx() ctx: Context) {
    return listCampaigns(ctx.em, ctx.actor);
  }

  @Query(() => CampaignConnection, { description: '可见的督导评估，新建的在前，分页' })
  campaignConnection(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: '每页条数，1–100，默认 20' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: '从上一页的 pageInfo.endCursor 之后开始' }) after?: string,
    @Arg('year', () => Int, { nullable: true, description: '只列此年度的' }) year?: number,
    @Arg('status', () => CampaignStatus, { nullable: true, description: '只列此状态的' }) status?: CampaignStatus,
  ) {
    return pageCampaigns(ctx.em, ctx.actor, { first, after, year, status });
  }

  @Query(() => CampaignType, { nullable: true })
  campaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return readVisibleCampaign(ctx.em, requireActor(ctx.actor), ctx.loaders.campaign, parseId(id, '/id'));
  }

  @Mutation(() => CampaignType)
  createCampaign(@Ctx() ctx: Context, @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput) {
    return createCampaign(ctx.em, ctx.actor, input);
  }

  @Mutation(() => CampaignType, { description: '开始填报：为每个受评单位建立评估记录' })
  openCampaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    ctx.audit.targetId = id;
    return openCampaign(ctx.em, ctx.actor, parseId(id, '/id'));
  }

  @Mutation(() => CampaignType, { description: '截止填报：不再接受保存和提交，评审继续' })
  closeCampaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    ctx.audit.targetId = id;
    return moveCampaign(ctx.em, ctx.actor, parseId(id, '/id'), 'close');
  }

  @Mutation(() => CampaignType, { description: '公布结果：已截止的督导评估' })
  publishCampaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    ctx.audit.targetId = id;
    return moveCampaign(ctx.em, ctx.actor, parseId(id, '/id'), 'publish');
  }

  @FieldResolver(() => CampaignCapabilitiesType, { description: '您能对这项督导评估做什么' })
  viewerCan(@Root() campaign: Campaign, @Ctx() ctx: Context) {
    return campaignCapabilities(ctx.actor, campaign.ownerPath);
  }

  @FieldResolver(() => AssessmentConnection, { description: '受评单位的评估（限于您可见的范围），分页' })
  assessments(
    @Root() campaign: Campaign,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: '每页条数，1–100，默认 20' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: '从上一页的 pageInfo.endCursor 之后开始' }) after?: string,
    @Arg('orgUnitId', () => ID, { nullable: true, description: '只列此单位及其下级单位的评估' }) orgUnitId?: string,
    @Arg('status', () => AssessmentStatus, { nullable: true, description: '只列此状态的评估' }) status?: AssessmentStatus,
    @Arg('updatedSince', () => Date, { nullable: true, description: '只列此时间之后有变化的评估（增量同步）' }) updatedSince?: Date,
    @Arg('orderBy', () => AssessmentOrder, { nullable: true, description: '排序，默认按编号升序' }) orderBy?: AssessmentOrder,
  ) {
    return listAssessments(ctx.em, ctx.actor, campaign.id, { first, after, orgUnitId, status, updatedSince, orderBy });
  }

  @FieldResolver(() => CampaignStatsType, { description: '统计（限于您可见的范围）' })
  stats(@Root() campaign: Campaign, @Ctx() ctx: Context) {
    return campaignStats(ctx.em, requireActor(ctx.actor), campaign.id);
  }

  @FieldResolver(() => CampaignComparisonType, { description: '与另一项督导评估对比（如上一年度的）：总体与各指标；指标按代码或 x-indicator.sameAs 对应' })
  async compareWith(@Root() campaign: Campaign, @Ctx() ctx: Context, @Arg('campaignId', () => ID, { description: '对比的督导评估编号' }) otherId: string) {
    const actor = requireActor(ctx.actor);
    const other = await readVisibleCampaign(ctx.em, actor, ctx.loaders.campaign, parseId(otherId, '/campaignId'));
    // By id: the campaign may be a loader's plain row (from `campaign(id)` or an assessment's `campaign`).
    const compiled = await compiledVersionById(ctx.em, campaign.systemVersion.id);
    return compareCampaigns(ctx.em, actor, campaign.id, other.id, compiled.system.all);
  }

  @FieldResolver(() => IndicatorSystemVersionType)
  systemVersion(@Root() campaign: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.systemVersion.load(campaign.systemVersion.id);
  }

  @FieldResolver(() => OrgUnitType, { nullable: true, description: '组织单位' })
  orgUnit(@Root() campaign: Campaign, @Ctx() ctx: Context) {
    return campaign.ownerUnit ? ctx.loaders.orgUnit.load(campaign.ownerUnit.id) : null;
  }
}

@Resolver(() => CampaignStatsType)
export class CampaignStatsResolver {
  @FieldResolver(() => [OrgUnitStatsType], { description: '按某一层级（如 street）汇总' })
  byOrgUnit(
    @Root() stats: CampaignStatsType,
    @Ctx() ctx: Context,
    @Arg('level', () => String) level: string,
    @Arg('under', () => ID, { nullable: true, description: '只列此单位之下的（逐级下钻，如某区的各街道）' }) under?: string,
  ) {
    return statsByOrgUnit(ctx.em, requireActor(ctx.actor), stats.campaignId, level, under ? parseId(under, '/under') : undefined);
  }

  @FieldResolver(() => [AttributeStatsType], { description: '按单位属性（如 stage 学段）的取值汇总' })
  byAttribute(@Root() stats: CampaignStatsType, @Ctx() ctx: Context, @Arg('attribute', () => String, { description: '单位属性名，如 stage' }) attribute: string) {
    return statsByAttribute(ctx.em, requireActor(ctx.actor), stats.campaignId, attribute);
  }

  @FieldResolver(() => [ScoreBucketType], { description: '已评定单位的最终得分分布：从 0 到体系总分等分为若干段' })
  async scoreDistribution(@Root() stats: CampaignStatsType, @Ctx() ctx: Context, @Arg('buckets', () => Int, { defaultValue: 10, description: '分段数，1–50' }) buckets: number) {
    const campaign = await ctx.em.findOneOrFail(Campaign, { id: stats.campaignId }, { populate: ['systemVersion'] });
    return scoreDistribution(ctx.em, requireActor(ctx.actor), stats.campaignId, buckets, compiledVersion(campaign.systemVersion).system.meta.totalScore || 100);
  }

  @FieldResolver(() => [IndicatorGapType], { description: '各计分指标的平均自评得分与最终得分之差（自评偏差）' })
  indicatorGaps(@Root() stats: CampaignStatsType, @Ctx() ctx: Context, @Arg('level', () => Int, { nullable: true, description: '只看某一级指标' }) level?: number) {
    return indicatorGaps(ctx.em, requireActor(ctx.actor), stats.campaignId, level);
  }

  @FieldResolver(() => [StandardStatType], { description: '达标类指标：已评定单位中达标、基本达标、未达标的单位数' })
  standardResults(
    @Root() stats: CampaignStatsType,
    @Ctx() ctx: Context,
    @Arg('level', () => Int, { nullable: true, description: '只看某一级指标' }) level?: number,
  ) {
    return standardResults(ctx.em, requireActor(ctx.actor), stats.campaignId, level);
  }

  @FieldResolver(() => ValueSpreadType, { description: '某个填报值或计算值在已评定单位间的分布，如 path: "D.D2.perCapita"；可按单位属性加权（如 students）' })
  spread(
    @Root() stats: CampaignStatsType,
    @Ctx() ctx: Context,
    @Arg('path', () => String, { description: '用点分隔的指标和字段名' }) path: string,
    @Arg('weightAttribute', () => String, { nullable: true, description: '作为权重的单位属性，如 students' }) weightAttribute?: string,
  ) {
    return valueSpread(ctx.em, requireActor(ctx.actor), stats.campaignId, path, weightAttribute);
  }

  @FieldResolver(() => [IndicatorStatType], { description: '得分率最低的指标（短板弱项）' })
  weakestIndicators(
    @Root() stats: CampaignStatsType,
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { defaultValue: 5 }) limit: number,
    @Arg('level', () => Int, { nullable: true, description: '只看某一级指标' }) level?: number,
  ) {
    return weakestIndicators(ctx.em, requireActor(ctx.actor), stats.campaignId, limit, level);
  }
}

@Resolver(() => OrgUnitStatsType)
export class OrgUnitStatsResolver {
  @FieldResolver(() => OrgUnitType)
  orgUnit(@Root() stats: OrgUnitStatsType, @Ctx() ctx: Context) {
    return ctx.loaders.orgUnit.load(stats.orgUnitId);
  }
}
