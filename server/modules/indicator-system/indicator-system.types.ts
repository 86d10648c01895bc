// GraphQL shapes of indicator systems and their versions. Schemas travel as JSON.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionStatus } from './indicator-system.entity.js';

registerEnumType(VersionStatus, { name: 'VersionStatus', description: 'DRAFT 草稿 · PUBLISHED 已发布 · RETIRED 已停用' });

/** How an indicator (or a whole system) is judged; the values are the vocabulary's `kind`. */
export enum Measure { SCORE = 'score', STANDARD = 'standard', MIXED = 'mixed' }
registerEnumType(Measure, {
  name: 'Measure',
  description: '评价方式',
  valuesConfig: {
    SCORE: { description: '计分：有分值、得分与合格分' },
    STANDARD: { description: '达标：不计分，认定达标、基本达标或未达标' },
    MIXED: { description: '两者兼有（只用于整个指标体系）' },
  },
});

export enum ScoringMethodValue { SUM = 'sum', MANUAL = 'manual', FORMULA = 'formula', CHECKLIST = 'checklist' }
registerEnumType(ScoringMethodValue, {
  name: 'ScoringMethod',
  description: '指标的计分方式',
  valuesConfig: {
    SUM: { description: '下级指标得分之和' },
    MANUAL: { description: '人工评分（自评、街道、专家）' },
    FORMULA: { description: '按公式由填报数据计算' },
    CHECKLIST: { description: '按勾选的条目计分' },
  },
});

@ObjectType('Indicator', { description: '指标树中的一个指标（按文档顺序展开）' })
export class IndicatorInfo {
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => Int, { description: '1 为一级指标' }) level!: number;
  @Field(() => String, { nullable: true }) parentCode?: string;
  @Field(() => Float) maxScore!: number;
  @Field(() => String, { description: 'sum | manual | formula | checklist', deprecationReason: '请改用 scoringMethod（枚举）' }) method!: string;
  @Field(() => String, { description: 'score 计分类 | standard 达标类（不计分，认定达标/基本达标/未达标）', deprecationReason: '请改用 measure（枚举）' }) kind!: string;
  @Field(() => ScoringMethodValue, { name: 'scoringMethod', description: '计分方式' }) scoringMethod!: string;
  @Field(() => Measure, { name: 'measure', description: '评价方式：计分或达标' }) measure!: string;
  @Field(() => String, { nullable: true, description: '评分标准' }) criteria?: string;
  @Field(() => String, { nullable: true }) formula?: string;
  @Field(() => String, { nullable: true, description: '一票否决项的说明' }) vetoMessage?: string;
  @Field(() => Boolean) evidenceRequired!: boolean;
  @Field(() => [String]) departments!: string[];
}

@ObjectType('IndicatorSystemVersion')
export class IndicatorSystemVersionType {
  @Field(() => ID) id!: number;
  @Field(() => Int) number!: number;
  @Field(() => VersionStatus) status!: VersionStatus;
  @Field(() => GraphQLJSON) schema!: Record<string, unknown>;
  @Field(() => GraphQLJSON, { nullable: true }) uiSchema?: Record<string, unknown>;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) publishedAt?: Date;
}

@ObjectType('IndicatorSystem')
export class IndicatorSystemType {
  @Field(() => ID) id!: number;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) issuer?: string;
  @Field(() => String, { nullable: true }) targetLevel?: string;
  @Field(() => Boolean, { description: '随系统提供的示例体系（据公开文件整理，非官方表格）' }) builtIn!: boolean;
  @Field(() => Int, { description: '每次保存草稿或发布加一；保存草稿时作为 expectedRevision 传回' }) revision!: number;
}
