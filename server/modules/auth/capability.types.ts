// What the viewer may do, as the policy module answers it: the admin shows buttons, menus and
// pages from these fields and decides nothing about permissions by itself.
import { Field, ObjectType } from 'type-graphql';
import { ReviewStage } from '../assessment/review.entity.js';

@ObjectType('AssessmentCapabilities', { description: '当前用户现在能对这条评估做什么（由服务器的权限规则和流程状态决定）' })
export class AssessmentCapabilitiesType {
  @Field(() => Boolean, { description: '能填报、保存草稿和提交（草稿且督导评估在填报期）' }) fill!: boolean;
  @Field(() => Boolean, { description: '能上传和删除佐证材料' }) uploadEvidence!: boolean;
  @Field(() => ReviewStage, { nullable: true, description: '能在哪个阶段评审（STREET 街道推荐或退回，EXPERT 专家评定或退回）；不能评审为空' }) reviewStage!: ReviewStage | null;
  @Field(() => Boolean, { description: '能按单位信息刷新受评单位属性（refreshAssessmentUnit）' }) refreshUnit!: boolean;
}

@ObjectType('CampaignCapabilities', { description: '当前用户能对这项督导评估做什么' })
export class CampaignCapabilitiesType {
  @Field(() => Boolean, { description: '能管理：开始填报、截止、公布、导出、查看全部统计' }) manage!: boolean;
}

@ObjectType('ViewerCapabilities', { description: '当前用户能进入管理后台的哪些部分' })
export class ViewerCapabilitiesType {
  @Field(() => Boolean, { description: '督导评估：新建、开始填报、截止、公布' }) manageCampaigns!: boolean;
  @Field(() => Boolean, { description: '指标体系：新建、编辑、发布' }) manageSystems!: boolean;
  @Field(() => Boolean, { description: '组织单位：新建、修改' }) manageUnits!: boolean;
  @Field(() => Boolean, { description: '账号：新建、停用、重置密码' }) manageUsers!: boolean;
  @Field(() => Boolean, { description: '接口与推送：API 令牌、Webhook' }) manageIntegrations!: boolean;
}
