// Builds the GraphQL schema from the resolver classes; the SDL is written to schema.graphql.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { IndicatorScoreFields, PreviewFields, RevisionFields } from '../modules/assessment/assessment-typed.resolver.js';
import { AssessmentResolver } from '../modules/assessment/assessment.resolver.js';
import { AssessmentDocumentFields } from '../modules/assessment/assessment-documents.resolver.js';
import { ApiTokenResolver } from '../modules/auth/api-token.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { UserAdminResolver } from '../modules/auth/user-admin.resolver.js';
import { BulkImportResolver } from '../modules/bulk-import/bulk-import.resolver.js';
import { CampaignResolver, CampaignStatsResolver, OrgUnitStatsResolver } from '../modules/campaign/campaign.resolver.js';
import { EvidenceResolver } from '../modules/evidence/evidence.resolver.js';
import { IndicatorSystemResolver, IndicatorSystemVersionResolver } from '../modules/indicator-system/indicator-system.resolver.js';
import { OrgLevelResolver } from '../modules/org-level/org-level.resolver.js';
import { OrgUnitResolver } from '../modules/org-unit/org-unit.resolver.js';
import { WebhookResolver } from '../modules/webhook/webhook.resolver.js';
import { describeSchema } from './glossary.js';
import { guardRootFields } from './middleware.js';

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      AuthResolver, UserAdminResolver, BulkImportResolver, ApiTokenResolver, OrgLevelResolver, OrgUnitResolver, IndicatorSystemResolver, IndicatorSystemVersionResolver, CampaignResolver,
      CampaignStatsResolver, OrgUnitStatsResolver, AssessmentResolver, EvidenceResolver, WebhookResolver,
      IndicatorScoreFields, RevisionFields, PreviewFields, AssessmentDocumentFields,
    ],
    validate: false,
    emitSchemaFile: false,
  }).then((schema) => guardRootFields(describeSchema(schema)));
  return built;
}
