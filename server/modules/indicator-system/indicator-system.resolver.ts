// Indicator systems over GraphQL.
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can } from '../auth/policy.js';
import { IndicatorSystem, IndicatorSystemVersion, VersionStatus } from './indicator-system.entity.js';
import {
  compiledVersion, createIndicatorSystem, versionFaults, versionIndicators, getSystem, listSystems, publishIndicatorSystem, saveIndicatorSystemDraft,
} from './indicator-system.service.js';
import { IndicatorInfo, IndicatorSystemType, IndicatorSystemVersionType, Measure } from './indicator-system.types.js';

@Resolver(() => IndicatorSystemType)
export class IndicatorSystemResolver {
  @Query(() => [IndicatorSystemType])
  indicatorSystems(@Ctx() ctx: Context) {
    return listSystems(ctx.em, ctx.actor);
  }

  @Query(() => IndicatorSystemType, { nullable: true })
  indicatorSystem(@Ctx() ctx: Context, @Arg('code', () => String) code: string) {
    return getSystem(ctx.em, ctx.actor, code);
  }

  @FieldResolver(() => [IndicatorSystemVersionType], { description: '全部版本，新版本在前' })
  versions(@Root() system: IndicatorSystem, @Ctx() ctx: Context) {
    return ctx.em.find(IndicatorSystemVersion, { system }, { orderBy: { number: 'desc' } });
  }

  @FieldResolver(() => Boolean, { description: '当前用户能否修改、发布此体系（只有所属单位及上级的管理员可以；内置体系属于全局管理员）' })
  canRevise(@Root() system: IndicatorSystem, @Ctx() ctx: Context) {
    return can(ctx.actor, 'system:manage', system.ownerPath);
  }

  @FieldResolver(() => IndicatorSystemVersionType, { nullable: true, description: '当前已发布的版本' })
  latestPublished(@Root() system: IndicatorSystem, @Ctx() ctx: Context) {
    return ctx.em.findOne(IndicatorSystemVersion, { system, status: VersionStatus.PUBLISHED }, { orderBy: { number: 'desc' } });
  }

  @Mutation(() => IndicatorSystemType, { description: '新建指标体系（含草稿版本 1）' })
  createIndicatorSystem(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('schema', () => GraphQLJSON) schema: unknown,
    @Arg('uiSchema', () => GraphQLJSON, { nullable: true }) uiSchema?: unknown,
    @Arg('allowFaults', () => Boolean, { defaultValue: false, description: '仍有问题时也保存为草稿（发布前必须改正）' }) allowFaults?: boolean,
  ) {
    return createIndicatorSystem(ctx.em, ctx.compute, ctx.actor, code, schema, uiSchema, false, allowFaults);
  }

  @Mutation(() => IndicatorSystemVersionType, { description: '保存草稿：更新最新草稿，或在已发布版本之后新建草稿' })
  saveIndicatorSystemDraft(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('schema', () => GraphQLJSON) schema: unknown,
    @Arg('uiSchema', () => GraphQLJSON, { nullable: true }) uiSchema?: unknown,
    @Arg('allowFaults', () => Boolean, { defaultValue: false, description: '仍有问题时也保存为草稿（发布前必须改正）' }) allowFaults?: boolean,
    @Arg('expectedRevision', () => Int, { nullable: true, description: '编辑开始时体系的 revision；已被他人修改则 CONFLICT，不做任何修改' }) expectedRevision?: number,
  ) {
    return saveIndicatorSystemDraft(ctx.em, ctx.compute, ctx.actor, code, schema, uiSchema, allowFaults, expectedRevision);
  }

  @Mutation(() => IndicatorSystemVersionType, { description: '发布最新草稿；原已发布版本转为停用' })
  publishIndicatorSystem(@Ctx() ctx: Context, @Arg('code', () => String) code: string) {
    return publishIndicatorSystem(ctx.em, ctx.compute, ctx.actor, code);
  }
}

@Resolver(() => IndicatorSystemVersionType)
export class IndicatorSystemVersionResolver {
  @FieldResolver(() => [IndicatorInfo], { description: '指标树（按文档顺序）；草稿仍有问题时为空' })
  indicators(@Root() version: IndicatorSystemVersion, @Ctx() ctx: Context): Promise<IndicatorInfo[]> {
    return versionIndicators(version, ctx.compute);
  }

  @FieldResolver(() => String, { nullable: true, description: 'score 计分类 | standard 达标类（不计分）| mixed 两者兼有；尚有问题的草稿为空', deprecationReason: '请改用 measure（枚举）' })
  kind(@Root() version: IndicatorSystemVersion, @Ctx() ctx: Context): Promise<string | null> {
    return this.measure(version, ctx);
  }

  @FieldResolver(() => Measure, { nullable: true, description: '评价方式：计分、达标或两者兼有；尚有问题的草稿为空' })
  async measure(@Root() version: IndicatorSystemVersion, @Ctx() ctx: Context): Promise<string | null> {
    // A draft is checked in the worker pool first: only a clean one is compiled here.
    if (version.status === VersionStatus.DRAFT && (await versionFaults(version, ctx.compute)).length) return null;
    return compiledVersion(version).system.meta.kind;
  }

  @FieldResolver(() => GraphQLJSON, { description: '草稿中尚未改正的问题 [{ path, message }]；已发布版本总是为空' })
  faults(@Root() version: IndicatorSystemVersion, @Ctx() ctx: Context) {
    return versionFaults(version, ctx.compute);
  }

  @FieldResolver(() => IndicatorSystemType)
  system(@Root() version: IndicatorSystemVersion, @Ctx() ctx: Context) {
    return ctx.loaders.system.load(version.system.id);
  }
}
