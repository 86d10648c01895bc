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
