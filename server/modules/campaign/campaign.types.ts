// GraphQL shapes of campaigns and their statistics.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { CampaignStatus } from './campaign.entity.js';

registerEnumType(CampaignStatus, { name: 'CampaignStatus', description: 'DRAFT 未开始 · OPEN 填报中 · CLOSED 已截止 · PUBLISHED 已公布' });

@ObjectType('Campaign', { description: '督导评估' })
export class CampaignType {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => Int) year!: number;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => Float, { description: '合格分' }) passScore!: number;
  @Field(() => GraphQLJSON, { description: '各阶段截止日期：{ submit, review, expert }' }) deadlines!: Record<string, string>;
  @Field(() => [ID]) targetOrgUnitIds!: number[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) openedAt?: Date;
  @Field(() => Date, { nullable: true }) closedAt?: Date;
}

export const CampaignConnection = Connection(CampaignType, 'Campaign');

@InputType()
export class CreateCampaignInput {
  @Field(() => String) name!: string;
  @Field(() => ID, { description: '已发布的指标体系版本' }) systemVersionId!: string;
  @Field(() => [ID], { description: '受评单位' }) targetOrgUnitIds!: string[];
  @Field(() => Int, { nullable: true, description: '年度，默认今年' }) year?: number;
  @Field(() => GraphQLJSON, { nullable: true, description: '{ submit, review, expert }，ISO 日期' }) deadlines?: Record<string, unknown>;
  @Field(() => Float, { nullable: true, description: '合格分，默认取指标体系的 passScore' }) passScore?: number;
  @Field(() => ID, { nullable: true, description: '组织单位，默认为创建者所属单位' }) orgUnitId?: string;
  @Field(() => [CampaignSourceInput], { nullable: true, description: '指标体系声明的每个数据来源（x-system.sources）所读取的督导评估' }) sources?: CampaignSourceInput[];
}

@InputType({ description: '数据来源：由哪次督导评估提供（如学校评估为县域评估提供校际差异系数）' })
export class CampaignSourceInput {
  @Field(() => String, { description: 'x-system.sources 中的名称' }) name!: string;
  @Field(() => ID, { description: '提供数据的督导评估' }) campaignId!: string;
}

@ObjectType('CampaignStats')
export class CampaignStatsType {
  campaignId!: number;
  @Field(() => Int, { description: '受评单位数' }) total!: number;
  @Field(() => Int, { description: '已提交（含已推荐、已评定）' }) submitted!: number;
  @Field(() => Int, { description: '专家已评定' }) finalized!: number;
  @Field(() => Int) passed!: number;
  @Field(() => Float, { nullable: true, description: '已评定单位的平均分' }) averageScore?: number;
  @Field(() => Float, { nullable: true }) maxScore?: number;
  @Field(() => Float, { nullable: true }) minScore?: number;
  @Field(() => Float, { description: '覆盖率 = 通过数 / 受评单位数' }) coverage!: number;
}

@ObjectType('OrgUnitStats')
export class OrgUnitStatsType {
  orgUnitId!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) finalized!: number;
  @Field(() => Int) passed!: number;
  @Field(() => Float, { nullable: true }) averageScore?: number;
  @Field(() => Float) coverage!: number;
}

@ObjectType('ValueSpread', { description: '某个填报值或计算值在已评定单位间的分布（均值、标准差、差异系数）' })
export class ValueSpreadType {
  @Field(() => String) path!: string;
  @Field(() => Int, { description: '有数值的单位数' }) units!: number;
  @Field(() => Int, { description: '没有该数值（或权重）的单位数，不计入统计' }) missing!: number;
  @Field(() => Float, { nullable: true }) mean?: number;
  @Field(() => Float, { nullable: true, description: '标准差（总体口径；有权重时为加权）' }) stddev?: number;
  @Field(() => Float, { nullable: true, description: '差异系数 = 标准差 / 均值' }) cv?: number;
  @Field(() => Float, { nullable: true }) min?: number;
  @Field(() => Float, { nullable: true }) max?: number;
}

@ObjectType('StandardStat', { description: '达标类指标在已评定单位中的结果分布' })
export class StandardStatType {
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) level!: number;
  @Field(() => Int, { description: '达标的单位数' }) met!: number;
  @Field(() => Int, { description: '基本达标的单位数' }) basic!: number;
  @Field(() => Int, { description: '未达标的单位数' }) unmet!: number;
  @Field(() => Int, { description: '没有结果的单位数' }) unknown!: number;
}

@ObjectType('IndicatorStat', { description: '指标在已评定单位中的得分情况' })
export class IndicatorStatType {
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) level!: number;
  @Field(() => Float) maxScore!: number;
  @Field(() => Float) averageScore!: number;
  @Field(() => Float, { description: '平均得分率（平均分 / 分值）' }) share!: number;
  @Field(() => Int) units!: number;
}

@ObjectType('AttributeStats', { description: '按单位属性（如学段）的某一取值汇总' })
export class AttributeStatsType {
  @Field(() => String, { nullable: true, description: '属性值（转为文字）；未填该属性的单位为空' }) value?: string;
  @Field(() => Int, { description: '受评单位数' }) total!: number;
  @Field(() => Int, { description: '已提交的' }) submitted!: number;
  @Field(() => Int, { description: '已评定的' }) finalized!: number;
  @Field(() => Int, { description: '已评定且合格的' }) passed!: number;
  @Field(() => Float, { nullable: true, description: '已评定单位的平均得分' }) averageScore?: number;
  @Field(() => Float, { description: '达标覆盖率：合格单位占受评单位的比例（0–1）' }) coverage!: number;
}

@ObjectType('ScoreBucket', { description: '得分分布的一段：from ≤ 得分 < to（最后一段含 to）' })
export class ScoreBucketType {
  @Field(() => Float, { description: '下限（含）' }) from!: number;
  @Field(() => Float, { description: '上限（最后一段含）' }) to!: number;
  @Field(() => Int, { description: '得分在此段的已评定单位数' }) units!: number;
}

@ObjectType('IndicatorGap', { description: '一个指标的自评与最终得分之差（已评定单位的平均）' })
export class IndicatorGapType {
  @Field(() => String, { description: '指标代码' }) code!: string;
  @Field(() => String, { description: '指标名称' }) title!: string;
  @Field(() => Int, { description: '指标级别' }) level!: number;
  @Field(() => Float, { description: '分值' }) maxScore!: number;
  @Field(() => Float, { description: '平均自评得分' }) averageSelf!: number;
  @Field(() => Float, { description: '平均最终得分' }) averageFinal!: number;
  @Field(() => Float, { description: '平均差（最终 − 自评）：负数表示自评偏高' }) gap!: number;
  @Field(() => Int, { description: '参与比较的单位数（两者都有的）' }) units!: number;
}

@ObjectType('IndicatorComparison', { description: '一个指标在两项督导评估中的表现（按代码或 x-indicator.sameAs 对应）' })
export class IndicatorComparisonType {
  @Field(() => String, { description: '本次的指标代码' }) code!: string;
  @Field(() => String, { description: '本次的指标名称' }) title!: string;
  @Field(() => Int, { description: '指标级别' }) level!: number;
  @Field(() => Float, { nullable: true, description: '本次的平均得分率（计分类）或达标率（达标类），0–1；没有已评定单位时为空' }) rate?: number;
  @Field(() => String, { nullable: true, description: '对比评估中对应的指标代码；没有对应时为空' }) otherCode?: string;
  @Field(() => String, { nullable: true, description: '对比评估中对应的指标名称' }) otherTitle?: string;
  @Field(() => Float, { nullable: true, description: '对比评估中的得分率或达标率' }) otherRate?: number;
  @Field(() => Float, { nullable: true, description: '变化（本次 − 对比），两者都有时才有' }) change?: number;
}

@ObjectType('CampaignComparison', { description: '两项督导评估的对比（如逐年对比），限于您可见的范围；指标体系可以不同' })
export class CampaignComparisonType {
  @Field(() => Float, { nullable: true, description: '本次已评定单位的平均得分' }) averageScore?: number;
  @Field(() => Float, { nullable: true, description: '对比评估的平均得分' }) otherAverageScore?: number;
  @Field(() => Float, { nullable: true, description: '本次合格率（合格 / 已评定）' }) passRate?: number;
  @Field(() => Float, { nullable: true, description: '对比评估的合格率' }) otherPassRate?: number;
  @Field(() => [IndicatorComparisonType], { description: '本次各指标（按体系顺序）及其对应' }) indicators!: IndicatorComparisonType[];
  @Field(() => [String], { description: '对比评估中没有对应到本次任何指标的指标代码' }) unmatched!: string[];
}
