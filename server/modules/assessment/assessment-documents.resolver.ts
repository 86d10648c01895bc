// The Assessment fields that show its documents: read from the row when it was read whole, or
// loaded for the whole page when a list read it without them (assessment-documents.ts).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { FormulaError } from '../../engine/types.js';
import type { Assessment } from './assessment.entity.js';
import { withDocuments } from './assessment-documents.js';
import { AssessmentFaultType, AssessmentType } from './assessment.types.js';

/** The assessment with its documents, for a field that reads them. */
export const assessmentWithDocuments = (a: Assessment, ctx: Context) => withDocuments(a, ctx.loaders.assessmentDocuments);

@Resolver(() => AssessmentType)
export class AssessmentDocumentFields {
  @FieldResolver()
  async data(@Root() a: Assessment, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return (await assessmentWithDocuments(a, ctx)).data;
  }

  @FieldResolver()
  async computed(@Root() a: Assessment, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return (await assessmentWithDocuments(a, ctx)).computed;
  }

  @FieldResolver()
  async notApplicable(@Root() a: Assessment, @Ctx() ctx: Context): Promise<Record<string, string>> {
    return (await assessmentWithDocuments(a, ctx)).notApplicable;
  }

  @FieldResolver()
  async unitAttributes(@Root() a: Assessment, @Ctx() ctx: Context): Promise<Record<string, unknown> | undefined> {
    return (await assessmentWithDocuments(a, ctx)).unitAttributes;
  }

  @FieldResolver()
  async selfScores(@Root() a: Assessment, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return (await assessmentWithDocuments(a, ctx)).selfScores;
  }

  @FieldResolver(() => [AssessmentFaultType])
  async faults(@Root() a: Assessment, @Ctx() ctx: Context): Promise<FormulaError[]> {
    return (await assessmentWithDocuments(a, ctx)).faults;
  }
}
