// GraphQL shapes of assessments, their scores, reviews and revisions.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { IndicatorSystemVersionType } from '../indicator-system/indicator-system.types.js';
import { AssessmentStatus } from './assessment.entity.js';
import { ReviewDecision, ReviewStage } from './review.entity.js';

registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus', description: 'DRAFT 填报中 · SUBMITTED 已提交 · RECOMMENDED 街道已推荐 · FINALIZED 专家已评定',
});
registerEnumType(ReviewStage, { name: 'ReviewStage', description: 'STREET 街道推荐 · EXPERT 专家评分' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: 'RECOMMEND 推荐（街道） · RETURN 退回修改 · FINALIZE 评定（专家）' });

@ObjectType('AssessmentFault', { description: '评估中一处无法计算的内容' })
export class AssessmentFaultType {
  @Field(() => String, { description: '答案中的位置（JSON Pointer），如 /A/A1/perCapita' }) path!: string;
  @Field(() => String, { nullable: true, name: 'indicatorCode', description: '所在指标的编码' }) indicator?: string;
  @Field(() => String, { description: '原因及如何处理' }) message!: string;
}

@ObjectType('SourceUnit', { description: '来源督导评估中的一个单位及其数据' })
export class SourceUnitType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) level!: string;
  @Field(() => GraphQLJSON, { description: '单位属性（如学段），取自来源评估开始时的快照' }) attributes!: Record<string, unknown>;
  @Field(() => AssessmentStatus) status!: string;
  @Field(() => Boolean, { nullable: true }) passed?: boolean;
  @Field(() => Float, { nullable: true, description: '最终得分（未评定时为自评分）' }) total?: number;
  @Field(() => GraphQLJSON, { description: '填报的数据与计算值（公式中 $sources.<名称>.values）' }) values!: Record<string, unknown>;
}

@ObjectType('AssessmentSource', { description: '一个数据来源：公式中 $sources.<名称> 读取的单位' })
export class AssessmentSourceType {
  @Field(() => String, { description: 'x-system.sources 中的名称' }) name!: string;
  @Field(() => String, { nullable: true, description: '所链接的来源督导评估的名称' }) campaignName?: string;
  @Field(() => IndicatorSystemVersionType, { nullable: true, description: '来源督导评估所用的指标体系版本（用于显示各单位数据的字段名称）' }) systemVersion?: unknown;
  @Field(() => [SourceUnitType], { description: '计入的单位（状态符合来源的 statuses，默认已评定）' }) units!: SourceUnitType[];
  @Field(() => [SourceUnitPendingType], { description: '来源督导评估中、受评单位辖区内尚未计入的单位（如尚未评定），派生指标暂未包含它们' }) notCounted!: SourceUnitPendingType[];
}

@ObjectType('SourceUnitPending', { description: '来源督导评估中尚未计入派生指标的单位' })
export class SourceUnitPendingType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => AssessmentStatus) status!: string;
}

@ObjectType('Assessment', { description: '一个受评单位在一次督导评估中的自评与评分' })
export class AssessmentType {
  @Field(() => ID) id!: number;
  @Field(() => AssessmentStatus) status!: AssessmentStatus;
  @Field(() => Int, { description: '修订号：保存草稿和提交时作为 expectedRevision 传回' }) revision!: number;
  @Field(() => GraphQLJSON, { description: '填报的答案' }) data!: Record<string, unknown>;
  @Field(() => GraphQLJSON, { description: '计算字段的值' }) computed!: Record<string, unknown>;
  @Field(() => GraphQLJSON, { description: '合理缺项：{ 指标编码: 不适用的理由 }；这些指标不计分、不计入总分（按比例折算或按满分计）' }) notApplicable!: Record<string, string>;
  @Field(() => GraphQLJSON, { nullable: true, description: '开始填报时受评单位属性的快照（公式中的 $unit 读取它；之后修改单位不影响本次评估）' }) unitAttributes?: Record<string, unknown>;
  @Field(() => GraphQLJSON, { description: '人工评分项的自评分 { 指标编码: 分数 }' }) selfScores!: Record<string, number>;
  @Field(() => Float, { description: '自评总分' }) selfScore!: number;
  @Field(() => Float, { nullable: true, description: '街道推荐时的总分' }) streetScore?: number;
  @Field(() => Float, { nullable: true, description: '最终得分（专家评定）' }) finalScore?: number;
  @Field(() => Boolean, { nullable: true }) passed?: boolean;
  @Field(() => String, { nullable: true }) grade?: string;
  @Field(() => Boolean, { description: '是否触发一票否决' }) vetoed!: boolean;
  @Field(() => [AssessmentFaultType], {
    description: '无法计算的内容（缺少数据、除以零、否决项无法判断…），每项注明位置和指标；草稿可以有，提交时必须为空。该指标不计分（不是 0 分）',
  }) faults!: AssessmentFaultType[];
  @Field(() => String, { nullable: true, description: '最近一次退回的理由' }) returnReason?: string;
  @Field(() => Date, { nullable: true }) submittedAt?: Date;
  @Field(() => Date, { nullable: true }) finalizedAt?: Date;
  @Field(() => Date) updatedAt!: Date;
}

export enum StandardResultValue { MET = 'met', BASIC = 'basic', UNMET = 'unmet' }
registerEnumType(StandardResultValue, {
  name: 'StandardResult', description: '达标类指标的结果：MET 达标 · BASIC 基本达标 · UNMET 未达标（在分数 JSON 中写作 met / basic / unmet）',
});

// Simple resolvers (plain property reads the compiled executor inlines): a page of 100
// assessments has 10,000 of these, and a resolver function per field, which type-graphql gives
// every field otherwise, was called 20,000 times for a page of codes and scores.
@ObjectType('IndicatorScore', { description: '一个指标各阶段的得分（计分类）或结果（达标类）；未知或无法计算时为空', simpleResolvers: true })
export class IndicatorScoreType {
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) level!: number;
  @Field(() => Float) maxScore!: number;
  @Field(() => Float, { nullable: true }) selfScore?: number;
  @Field(() => Float, { nullable: true }) streetScore?: number;
  @Field(() => Float, { nullable: true }) expertScore?: number;
  @Field(() => Float, { nullable: true }) finalScore?: number;
  @Field(() => String, { description: 'score 计分类 | standard 达标类', deprecationReason: '请改用 measure（枚举）' }) kind!: string;
  @Field(() => StandardResultValue, { nullable: true, description: '自评结果（达标类）' }) selfResult?: string;
  @Field(() => StandardResultValue, { nullable: true, description: '街道推荐时的结果（达标类）' }) streetResult?: string;
  @Field(() => StandardResultValue, { nullable: true, description: '专家认定的结果（达标类）' }) expertResult?: string;
  @Field(() => StandardResultValue, { nullable: true, description: '最终结果（达标类）' }) finalResult?: string;
}

@ObjectType('Review')
export class ReviewType {
  @Field(() => ID) id!: number;
  @Field(() => ReviewStage) stage!: ReviewStage;
  @Field(() => ReviewDecision) decision!: ReviewDecision;
  @Field(() => GraphQLJSON, { nullable: true }) scores?: Record<string, number>;
  @Field(() => GraphQLJSON, { nullable: true, description: '改动自动计分时的理由 { 指标编码: 理由 }' }) reasons?: Record<string, string>;
  @Field(() => String, { nullable: true }) opinion?: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { nullable: true, description: '评审人（显示名，如“南湾街道办事处”）' }) reviewerName?: string;
}

@ObjectType('AssessmentRevision')
export class AssessmentRevisionType {
  @Field(() => Int) revision!: number;
  @Field(() => AssessmentStatus) status!: string;
  @Field(() => String, { description: 'save | submit | recommend | return | finalize', deprecationReason: '请改用 step（枚举）' }) action!: string;
  @Field(() => Int, { nullable: true }) userId?: number;
  @Field(() => Date) at!: Date;
}

@ObjectType('AssessmentPreview', { description: '用引擎预览：校验、计算字段、各指标得分、总分' })
export class AssessmentPreviewType {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => GraphQLJSON, { description: '[{ path, message }]', deprecationReason: '请改用 faults（有类型）' }) errors!: unknown[];
  @Field(() => GraphQLJSON) computed!: Record<string, unknown>;
  @Field(() => GraphQLJSON, { description: '各指标得分（自评口径）', deprecationReason: '请改用 scores（有类型）' }) indicatorScores!: unknown[];
  @Field(() => Float) total!: number;
  @Field(() => GraphQLJSON, { description: '一票否决项的结果', deprecationReason: '请改用 vetoResults（有类型）' }) vetoes!: unknown[];
  @Field(() => Boolean) vetoed!: boolean;
  @Field(() => Boolean, { nullable: true, description: '样例答案是否合格（按体系的合格规则）；无法判定时为空' }) passed?: boolean;
  @Field(() => String, { nullable: true }) grade?: string;
  @Field(() => GraphQLJSON, { description: '预览所用的 $sources 数据 { 来源名称: [...] }（未链接来源时为空对象）' }) sourceValues!: Record<string, unknown>;
}

export const AssessmentConnection = Connection(AssessmentType, 'Assessment');

export enum RevisionStep { SAVE = 'save', SUBMIT = 'submit', RECOMMEND = 'recommend', RETURN = 'return', FINALIZE = 'finalize' }
registerEnumType(RevisionStep, {
  name: 'RevisionStep',
  description: '一次修订所做的事',
  valuesConfig: {
    SAVE: { description: '保存草稿（含更新单位属性后重算）' }, SUBMIT: { description: '提交' }, RECOMMEND: { description: '街道推荐' },
    RETURN: { description: '退回修改' }, FINALIZE: { description: '专家评定' },
  },
});

@ObjectType('VetoResult', { description: '一个一票否决项的结果' })
export class VetoResultType {
  @Field(() => String, { description: '否决项所在指标的代码' }) code!: string;
  @Field(() => String, { description: '否决时的说明' }) message!: string;
  @Field(() => Boolean, { nullable: true, description: '为真表示通过，为假表示触发否决；数据不足无法判断时为空' }) passed!: boolean | null;
}

export enum AssessmentOrderField { ID = 'ID', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(AssessmentOrderField, {
  name: 'AssessmentOrderField',
  description: '评估列表的排序依据',
  valuesConfig: { ID: { description: '按编号（默认；新建的在后）' }, UPDATED_AT: { description: '按最后更新时间，再按编号：配合 updatedSince 做增量同步' } },
});

export enum OrderDirection { ASC = 'ASC', DESC = 'DESC' }
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: '排序方向',
  valuesConfig: { ASC: { description: '升序（从小到大、从早到晚）' }, DESC: { description: '降序（从大到小、从晚到早）' } },
});

@InputType({ description: '评估列表的排序；分页游标只对取得它的排序有效' })
export class AssessmentOrder {
  @Field(() => AssessmentOrderField, { description: '排序依据' }) field!: AssessmentOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: '排序方向，默认升序' }) direction: OrderDirection = OrderDirection.ASC;
}
