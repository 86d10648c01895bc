// Bulk imports (thin: the service runs each row through the ordinary create and its policy).
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { importOrgUnits, importUsers } from './bulk-import.service.js';
import { ImportResultType, OrgUnitImportRow, UserImportRow } from './bulk-import.types.js';

@Resolver()
export class BulkImportResolver {
  @Mutation(() => ImportResultType, { description: '批量导入单位：dryRun 为真时只检查不写入；任何一行有问题则都不写入' })
  importOrgUnits(@Ctx() ctx: Context, @Arg('rows', () => [OrgUnitImportRow]) rows: OrgUnitImportRow[], @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean) {
    return importOrgUnits(ctx.em, ctx.actor, rows, dryRun);
  }

  @Mutation(() => ImportResultType, { description: '批量导入账号（初始密码由系统生成、只返回一次、首次登录须修改）：dryRun 为真时只检查不写入；任何一行有问题则都不写入' })
  importUsers(@Ctx() ctx: Context, @Arg('rows', () => [UserImportRow]) rows: UserImportRow[], @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean) {
    return importUsers(ctx.em, ctx.actor, rows, dryRun);
  }
}
