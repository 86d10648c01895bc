// GraphQL shapes of org units.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';

@ObjectType('OrgUnit', { description: '组织单位：省、市、区、街道、社区' })
export class OrgUnitType {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: '行政区划代码' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'province | city | district | street | community' }) level!: string;
  @Field(() => String, { description: '祖先路径（内部 id），用于子树查询' }) path!: string;
  @Field(() => GraphQLJSON, { description: '属性：常住人口 population、面积 area 等' }) attributes!: Record<string, unknown>;
  @Field(() => Int, { description: '修订号：updateOrgUnit 时作为 expectedRevision 传回' }) revision!: number;
}

@InputType()
export class CreateOrgUnitInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) level!: string;
  @Field(() => ID, { nullable: true }) parentId?: string;
  @Field(() => GraphQLJSON, { nullable: true }) attributes?: Record<string, unknown>;
}

@InputType({ description: '修改组织单位：只改给出的项；attributes 整体替换（已开始的评估保留开始时的属性）' })
export class UpdateOrgUnitInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => GraphQLJSON, { nullable: true, description: '单位属性（整体替换），如 { "population": 12000 }' }) attributes?: Record<string, unknown>;
}

export const OrgUnitConnection = Connection(OrgUnitType, 'OrgUnit');
