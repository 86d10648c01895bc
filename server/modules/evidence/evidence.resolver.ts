// Removing a wrongly uploaded evidence file while the assessment is still a draft.
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { deleteAttachment, removeStoredFile } from './evidence.service.js';

@Resolver()
export class EvidenceResolver {
  @Mutation(() => Boolean, { description: '删除一份佐证材料（仅填报中可删）' })
  async deleteAttachment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    ctx.audit.targetId = id;
    const key = await deleteAttachment(ctx.em, ctx.actor, id);
    ctx.afterCommit.push(() => removeStoredFile(ctx.store, key));
    return true;
  }
}
