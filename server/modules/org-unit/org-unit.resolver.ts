// Org units over GraphQL: thin, every rule lives in the service and the policy.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { OrgUnit } from './org-unit.entity.js';
import { createOrgUnit, listOrgUnits, updateOrgUnit } from './org-unit.service.js';
import { CreateOrgUnitInput, OrgUnitConnection, OrgUnitType, UpdateOrgUnitInput } from './org-unit.types.js';

@Resolver(() => OrgUnitType)
export class OrgUnitResolver {
  @Query(() => OrgUnitConnection, { description: '可见范围内的组织单位（本单位及下级）' })
  orgUnits(
    @Ctx() ctx: Context,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string,
    @Arg('level', () => String, { nullable: true }) level?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listOrgUnits(ctx.em, ctx.actor, { parentId, level, search, first, after });
  }

  @Mutation(() => OrgUnitType)
  createOrgUnit(@Ctx() ctx: Context, @Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput) {
    return createOrgUnit(ctx.em, ctx.actor, input);
  }

  @Mutation(() => OrgUnitType, { description: '修改组织单位的名称或属性（如常住人口）；expectedRevision 过期时返回 CONFLICT，不做任何修改' })
  updateOrgUnit(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrgUnitInput) input: UpdateOrgUnitInput,
    @Arg('expectedRevision', () => Int, { description: '读取单位时的 revision' }) expectedRevision: number,
  ) {
    ctx.audit.targetId = id;
    return updateOrgUnit(ctx.em, ctx.actor, id, input, expectedRevision);
  }

  @FieldResolver(() => OrgUnitType, { nullable: true })
  async parent(@Root() unit: OrgUnit, @Ctx() ctx: Context) {
    return unit.parent ? ctx.loaders.orgUnit.load(unit.parent.id) : null;
  }
}
