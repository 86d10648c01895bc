// GraphQL shapes of indicator systems and their versions. Schemas travel as JSON.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionStatus } from './indicator-system.entity.js';

registerEnumType(VersionStatus, { name: 'VersionStatus', description: 'DRAFT 草稿 · PUBLISHED 已发布 · RETIRED 已停用' });

@ObjectType('Indicator', { description: '指标树中的一个指标（按文档顺序展开）' })
export class IndicatorInfo {
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => Int, { description: '1 为一级指标' }) level!: number;
  @Field(() => String, { nullable: true }) parentCode?: string;
  @Field(() => Float) maxScore!: number;
  @Field(() => String, { description: 'sum | manual | formula | checklist' }) method!: string;
  @Field(() => String, { description: 'score 计分类 | standard 达标类（不计分，认定达标/基本达标/未达标）' }) kind!: string;
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
