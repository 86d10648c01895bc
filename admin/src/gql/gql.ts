/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "query OrgLevels { orgLevels { code name position } }": typeof types.OrgLevelsDocument,
    "\n  fragment Viewer on User {\n    id username displayName role mustChangePassword\n    orgUnit { id name level }\n    can { manageCampaigns manageSystems manageUnits manageUsers manageIntegrations }\n  }\n": typeof types.ViewerFragmentDoc,
    "query Me { me { ...Viewer } }": typeof types.MeDocument,
    "\n  query PreviewPanelServerCheck($s: JSON!, $d: JSON!, $u: JSON, $ss: JSON, $src: [CampaignSourceInput!]) {\n    previewAssessment(schema: $s, data: $d, unit: $u, selfScores: $ss, sources: $src) { total passed valid faults { path message } }\n  }\n": typeof types.PreviewPanelServerCheckDocument,
    "\n  query SampleInputsCampaigns($after: String) {\n    campaignConnection(first: 100, after: $after) {\n      nodes { id name year systemVersion { system { code } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SampleInputsCampaignsDocument,
    "\n  query SampleInputsSourceValues($s: JSON!, $src: [CampaignSourceInput!]) { previewAssessment(schema: $s, data: {}, sources: $src) { sourceValues } }\n": typeof types.SampleInputsSourceValuesDocument,
    "mutation ChangePassword($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }": typeof types.ChangePasswordDocument,
    "query AssessmentPage($id: ID!) { assessment(id: $id) {\n  id status revision data computed unitAttributes notApplicable selfScores selfScore streetScore finalScore passed grade vetoed returnReason\n  viewerCan { fill uploadEvidence reviewStage }\n  orgUnit { id name code level attributes } campaign { id name status deadlines passScore }\n  systemVersion { id number schema uiSchema system { code name } }\n  attachments { id indicatorCode filename mimeType size createdAt }\n  indicatorScores { code title level maxScore selfScore streetScore expertScore finalScore streetResult expertResult finalResult }\n  reviews { stage decision opinion scores reasons createdAt reviewerName } revisions { action at }\n  sources { name campaignName systemVersion { measure schema } units { code name attributes status total passed values } notCounted { code name status } } sourceValues } }": typeof types.AssessmentPageDocument,
    "mutation SaveAssessmentDraft($id: ID!, $data: JSON!, $rev: Int!, $self: JSON, $na: JSON) {\n  saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev, selfScores: $self, notApplicable: $na) { id revision } }": typeof types.SaveAssessmentDraftDocument,
    "query BuilderSystem($code: String!) { indicatorSystem(code: $code) { code revision canRevise versions { number status createdAt publishedAt schema uiSchema } } }": typeof types.BuilderSystemDocument,
    "mutation BuilderSaveDraft($c: String!, $s: JSON!, $u: JSON, $a: Boolean!, $r: Int) {\n  saveIndicatorSystemDraft(code: $c, schema: $s, uiSchema: $u, allowFaults: $a, expectedRevision: $r) { number } }": typeof types.BuilderSaveDraftDocument,
    "mutation BuilderCreate($c: String!, $s: JSON!, $u: JSON, $a: Boolean!) { createIndicatorSystem(code: $c, schema: $s, uiSchema: $u, allowFaults: $a) { code } }": typeof types.BuilderCreateDocument,
    "query CampaignOverview($id: ID!) { campaign(id: $id) {\n  id name year status passScore deadlines orgUnit { id } systemVersion { number measure system { name } } viewerCan { manage }\n  draft: assessments(status: DRAFT, first: 1) { totalCount }\n  submitted: assessments(status: SUBMITTED, first: 1) { totalCount }\n  recommended: assessments(status: RECOMMENDED, first: 1) { totalCount }\n  finalized: assessments(status: FINALIZED, first: 1) { totalCount }\n  stats { total submitted finalized passed averageScore maxScore minScore coverage\n    weakestIndicators(limit: 5) { code title maxScore averageScore share units }\n    standardResults { code title level met basic unmet unknown } } } }": typeof types.CampaignOverviewDocument,
    "query CampaignTargets($id: ID!, $after: String) { campaign(id: $id) { id assessments(first: 100, after: $after) {\n  totalCount nodes { id status selfScore streetScore finalScore passed grade returnReason orgUnit { name code } } pageInfo { hasNextPage endCursor } } } }": typeof types.CampaignTargetsDocument,
    "query CampaignChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } }": typeof types.CampaignChildLevelDocument,
    "query CampaignByUnit($id: ID!, $level: String!) { campaign(id: $id) { id stats {\n  byOrgUnit(level: $level) { orgUnit { name } total submitted finalized passed averageScore coverage } } } }": typeof types.CampaignByUnitDocument,
    "mutation OpenCampaign($id: ID!) { openCampaign(id: $id) { id status } }": typeof types.OpenCampaignDocument,
    "mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status } }": typeof types.CloseCampaignDocument,
    "mutation PublishCampaign($id: ID!) { publishCampaign(id: $id) { id status } }": typeof types.PublishCampaignDocument,
    "\n  query CampaignList($after: String) {\n    campaignConnection(first: 50, after: $after) {\n      totalCount\n      nodes { id name year status systemVersion { number measure system { name } } stats { total submitted averageScore coverage } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CampaignListDocument,
    "mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) }": typeof types.DeleteAttachmentDocument,
    "mutation SubmitAssessment($id: ID!, $rev: Int!) { submitAssessment(id: $id, expectedRevision: $rev) { id status } }": typeof types.SubmitAssessmentDocument,
    "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }": typeof types.LoginDocument,
    "query NewCampaignSystems { indicatorSystems { code name targetLevel latestPublished { id number schema } } }": typeof types.NewCampaignSystemsDocument,
    "query NewCampaignSources($after: String) {\n  campaignConnection(first: 100, after: $after) { totalCount nodes { id name year systemVersion { system { code } } } pageInfo { hasNextPage endCursor } } }": typeof types.NewCampaignSourcesDocument,
    "query NewCampaignUnits($level: String, $after: String) {\n  orgUnits(level: $level, first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }": typeof types.NewCampaignUnitsDocument,
    "mutation CreateCampaign($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }": typeof types.CreateCampaignDocument,
    "mutation ReviewAssessment($id: ID!, $stage: ReviewStage!, $decision: ReviewDecision!, $scores: JSON, $reasons: JSON, $opinion: String, $rev: Int) {\n  reviewAssessment(id: $id, stage: $stage, decision: $decision, scores: $scores, reasons: $reasons, opinion: $opinion, expectedRevision: $rev) { id status } }": typeof types.ReviewAssessmentDocument,
    "query SystemList { indicatorSystems { code name issuer targetLevel builtIn versions { number status } latestPublished { number } } }": typeof types.SystemListDocument,
    "query SystemOne($code: String!) { indicatorSystem(code: $code) { code name issuer targetLevel builtIn\n  versions { id number status createdAt publishedAt schema uiSchema indicators { code title level maxScore method criteria formula vetoMessage evidenceRequired departments } } } }": typeof types.SystemOneDocument,
    "mutation SystemUploadDraft($c: String!, $s: JSON!) { saveIndicatorSystemDraft(code: $c, schema: $s) { number } }": typeof types.SystemUploadDraftDocument,
    "mutation SystemUploadCreate($c: String!, $s: JSON!) { createIndicatorSystem(code: $c, schema: $s) { code } }": typeof types.SystemUploadCreateDocument,
    "mutation PublishSystem($c: String!) { publishIndicatorSystem(code: $c) { number } }": typeof types.PublishSystemDocument,
    "\n  query MyWork($waiting: Boolean!, $after: String) {\n    myWork(waiting: $waiting, first: 100, after: $after) {\n      totalCount\n      nodes {\n        id status selfScore finalScore passed grade returnReason\n        orgUnit { id name }\n        campaign { id name deadlines systemVersion { measure } }\n        viewerCan { fill reviewStage }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  query IntegrationsOverview {\n    webhooks { id url events description enabled deliveries(first: 20) { id event status attempts lastStatusCode lastError createdAt nextAttemptAt } }\n    apiTokens { id name access createdAt lastUsedAt expiresAt revokedAt }\n  }\n": typeof types.IntegrationsOverviewDocument,
    "mutation IntegrationsRedeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }": typeof types.IntegrationsRedeliverDocument,
    "mutation IntegrationsPing($id: ID!) { pingWebhook(id: $id) { id } }": typeof types.IntegrationsPingDocument,
    "mutation IntegrationsSetWebhookEnabled($id: ID!, $on: Boolean!) { updateWebhook(id: $id, input: { enabled: $on }) { id } }": typeof types.IntegrationsSetWebhookEnabledDocument,
    "mutation IntegrationsRotateSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret } }": typeof types.IntegrationsRotateSecretDocument,
    "mutation IntegrationsDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }": typeof types.IntegrationsDeleteWebhookDocument,
    "mutation IntegrationsRevokeToken($id: ID!) { revokeApiToken(id: $id) }": typeof types.IntegrationsRevokeTokenDocument,
    "mutation IntegrationsCreateWebhook($i: CreateWebhookInput!) { createWebhook(input: $i) { secret } }": typeof types.IntegrationsCreateWebhookDocument,
    "\n  mutation IntegrationsCreateToken($n: String!, $a: [ApiScope!], $d: Int) { createApiToken(name: $n, access: $a, expiresInDays: $d) { token } }\n": typeof types.IntegrationsCreateTokenDocument,
    "\n  query UnitsList($s: String, $level: String, $after: String) {\n    orgUnits(search: $s, level: $level, first: 100, after: $after) {\n      nodes { id code name level revision attributes parent { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.UnitsListDocument,
    "\n  mutation UnitsUpdateOrgUnit($id: ID!, $i: UpdateOrgUnitInput!, $r: Int!) { updateOrgUnit(id: $id, input: $i, expectedRevision: $r) { revision } }\n": typeof types.UnitsUpdateOrgUnitDocument,
    "\n  mutation UnitsImport($rows: [OrgUnitImportRow!]!, $dry: Boolean!) {\n    importOrgUnits(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }\n  }\n": typeof types.UnitsImportDocument,
    "\n  query UsersList($s: String, $after: String) {\n    users(search: $s, first: 100, after: $after) {\n      nodes { id username displayName role disabled mustChangePassword lockedUntil orgUnit { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.UsersListDocument,
    "mutation UsersResetPassword($id: ID!) { resetUserPassword(id: $id) { password } }": typeof types.UsersResetPasswordDocument,
    "mutation UsersUnlock($id: ID!) { unlockUser(id: $id) { id } }": typeof types.UsersUnlockDocument,
    "mutation UsersSetDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }": typeof types.UsersSetDisabledDocument,
    "mutation UsersCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }": typeof types.UsersCreateUserDocument,
    "query UsersUnitOptions($s: String) { orgUnits(search: $s, first: 50) { nodes { id name } } }": typeof types.UsersUnitOptionsDocument,
    "\n  mutation UsersImport($rows: [UserImportRow!]!, $dry: Boolean!) {\n    importUsers(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }\n  }\n": typeof types.UsersImportDocument,
    "\n  query DashboardCampaign($id: ID!) {\n    campaign(id: $id) {\n      id name year orgUnit { id name } systemVersion { measure schema system { name } }\n      stats {\n        total submitted finalized passed averageScore coverage\n        scoreDistribution(buckets: 10) { from to units }\n        weakestIndicators(limit: 10) { code title maxScore averageScore share }\n        indicatorGaps { code title level averageSelf averageFinal gap units }\n        standardResults { code title met basic unmet unknown }\n      }\n    }\n  }\n": typeof types.DashboardCampaignDocument,
    "\n  query DashboardByAttribute($id: ID!, $a: String!) {\n    campaign(id: $id) { stats { byAttribute(attribute: $a) { value total finalized passed averageScore coverage } } }\n  }\n": typeof types.DashboardByAttributeDocument,
    "\n  query DashboardChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } orgLevels { code name } }\n": typeof types.DashboardChildLevelDocument,
    "\n  query DashboardByOrgUnit($id: ID!, $level: String!, $under: ID) {\n    campaign(id: $id) { stats { byOrgUnit(level: $level, under: $under) { orgUnit { id name } total submitted finalized passed averageScore coverage } } }\n  }\n": typeof types.DashboardByOrgUnitDocument,
    "\n  query DashboardOtherCampaigns($after: String) {\n    campaignConnection(first: 100, after: $after) { nodes { id name year } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.DashboardOtherCampaignsDocument,
    "\n  query DashboardCompare($id: ID!, $other: ID!) {\n    campaign(id: $id) {\n      compareWith(campaignId: $other) {\n        averageScore otherAverageScore passRate otherPassRate unmatched\n        indicators { code title level rate otherCode otherTitle otherRate change }\n      }\n    }\n  }\n": typeof types.DashboardCompareDocument,
};
const documents: Documents = {
    "mutation Logout { logout }": types.LogoutDocument,
    "query OrgLevels { orgLevels { code name position } }": types.OrgLevelsDocument,
    "\n  fragment Viewer on User {\n    id username displayName role mustChangePassword\n    orgUnit { id name level }\n    can { manageCampaigns manageSystems manageUnits manageUsers manageIntegrations }\n  }\n": types.ViewerFragmentDoc,
    "query Me { me { ...Viewer } }": types.MeDocument,
    "\n  query PreviewPanelServerCheck($s: JSON!, $d: JSON!, $u: JSON, $ss: JSON, $src: [CampaignSourceInput!]) {\n    previewAssessment(schema: $s, data: $d, unit: $u, selfScores: $ss, sources: $src) { total passed valid faults { path message } }\n  }\n": types.PreviewPanelServerCheckDocument,
    "\n  query SampleInputsCampaigns($after: String) {\n    campaignConnection(first: 100, after: $after) {\n      nodes { id name year systemVersion { system { code } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SampleInputsCampaignsDocument,
    "\n  query SampleInputsSourceValues($s: JSON!, $src: [CampaignSourceInput!]) { previewAssessment(schema: $s, data: {}, sources: $src) { sourceValues } }\n": types.SampleInputsSourceValuesDocument,
    "mutation ChangePassword($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }": types.ChangePasswordDocument,
    "query AssessmentPage($id: ID!) { assessment(id: $id) {\n  id status revision data computed unitAttributes notApplicable selfScores selfScore streetScore finalScore passed grade vetoed returnReason\n  viewerCan { fill uploadEvidence reviewStage }\n  orgUnit { id name code level attributes } campaign { id name status deadlines passScore }\n  systemVersion { id number schema uiSchema system { code name } }\n  attachments { id indicatorCode filename mimeType size createdAt }\n  indicatorScores { code title level maxScore selfScore streetScore expertScore finalScore streetResult expertResult finalResult }\n  reviews { stage decision opinion scores reasons createdAt reviewerName } revisions { action at }\n  sources { name campaignName systemVersion { measure schema } units { code name attributes status total passed values } notCounted { code name status } } sourceValues } }": types.AssessmentPageDocument,
    "mutation SaveAssessmentDraft($id: ID!, $data: JSON!, $rev: Int!, $self: JSON, $na: JSON) {\n  saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev, selfScores: $self, notApplicable: $na) { id revision } }": types.SaveAssessmentDraftDocument,
    "query BuilderSystem($code: String!) { indicatorSystem(code: $code) { code revision canRevise versions { number status createdAt publishedAt schema uiSchema } } }": types.BuilderSystemDocument,
    "mutation BuilderSaveDraft($c: String!, $s: JSON!, $u: JSON, $a: Boolean!, $r: Int) {\n  saveIndicatorSystemDraft(code: $c, schema: $s, uiSchema: $u, allowFaults: $a, expectedRevision: $r) { number } }": types.BuilderSaveDraftDocument,
    "mutation BuilderCreate($c: String!, $s: JSON!, $u: JSON, $a: Boolean!) { createIndicatorSystem(code: $c, schema: $s, uiSchema: $u, allowFaults: $a) { code } }": types.BuilderCreateDocument,
    "query CampaignOverview($id: ID!) { campaign(id: $id) {\n  id name year status passScore deadlines orgUnit { id } systemVersion { number measure system { name } } viewerCan { manage }\n  draft: assessments(status: DRAFT, first: 1) { totalCount }\n  submitted: assessments(status: SUBMITTED, first: 1) { totalCount }\n  recommended: assessments(status: RECOMMENDED, first: 1) { totalCount }\n  finalized: assessments(status: FINALIZED, first: 1) { totalCount }\n  stats { total submitted finalized passed averageScore maxScore minScore coverage\n    weakestIndicators(limit: 5) { code title maxScore averageScore share units }\n    standardResults { code title level met basic unmet unknown } } } }": types.CampaignOverviewDocument,
    "query CampaignTargets($id: ID!, $after: String) { campaign(id: $id) { id assessments(first: 100, after: $after) {\n  totalCount nodes { id status selfScore streetScore finalScore passed grade returnReason orgUnit { name code } } pageInfo { hasNextPage endCursor } } } }": types.CampaignTargetsDocument,
    "query CampaignChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } }": types.CampaignChildLevelDocument,
    "query CampaignByUnit($id: ID!, $level: String!) { campaign(id: $id) { id stats {\n  byOrgUnit(level: $level) { orgUnit { name } total submitted finalized passed averageScore coverage } } } }": types.CampaignByUnitDocument,
    "mutation OpenCampaign($id: ID!) { openCampaign(id: $id) { id status } }": types.OpenCampaignDocument,
    "mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status } }": types.CloseCampaignDocument,
    "mutation PublishCampaign($id: ID!) { publishCampaign(id: $id) { id status } }": types.PublishCampaignDocument,
    "\n  query CampaignList($after: String) {\n    campaignConnection(first: 50, after: $after) {\n      totalCount\n      nodes { id name year status systemVersion { number measure system { name } } stats { total submitted averageScore coverage } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CampaignListDocument,
    "mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) }": types.DeleteAttachmentDocument,
    "mutation SubmitAssessment($id: ID!, $rev: Int!) { submitAssessment(id: $id, expectedRevision: $rev) { id status } }": types.SubmitAssessmentDocument,
    "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }": types.LoginDocument,
    "query NewCampaignSystems { indicatorSystems { code name targetLevel latestPublished { id number schema } } }": types.NewCampaignSystemsDocument,
    "query NewCampaignSources($after: String) {\n  campaignConnection(first: 100, after: $after) { totalCount nodes { id name year systemVersion { system { code } } } pageInfo { hasNextPage endCursor } } }": types.NewCampaignSourcesDocument,
    "query NewCampaignUnits($level: String, $after: String) {\n  orgUnits(level: $level, first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }": types.NewCampaignUnitsDocument,
    "mutation CreateCampaign($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }": types.CreateCampaignDocument,
    "mutation ReviewAssessment($id: ID!, $stage: ReviewStage!, $decision: ReviewDecision!, $scores: JSON, $reasons: JSON, $opinion: String, $rev: Int) {\n  reviewAssessment(id: $id, stage: $stage, decision: $decision, scores: $scores, reasons: $reasons, opinion: $opinion, expectedRevision: $rev) { id status } }": types.ReviewAssessmentDocument,
    "query SystemList { indicatorSystems { code name issuer targetLevel builtIn versions { number status } latestPublished { number } } }": types.SystemListDocument,
    "query SystemOne($code: String!) { indicatorSystem(code: $code) { code name issuer targetLevel builtIn\n  versions { id number status createdAt publishedAt schema uiSchema indicators { code title level maxScore method criteria formula vetoMessage evidenceRequired departments } } } }": types.SystemOneDocument,
    "mutation SystemUploadDraft($c: String!, $s: JSON!) { saveIndicatorSystemDraft(code: $c, schema: $s) { number } }": types.SystemUploadDraftDocument,
    "mutation SystemUploadCreate($c: String!, $s: JSON!) { createIndicatorSystem(code: $c, schema: $s) { code } }": types.SystemUploadCreateDocument,
    "mutation PublishSystem($c: String!) { publishIndicatorSystem(code: $c) { number } }": types.PublishSystemDocument,
    "\n  query MyWork($waiting: Boolean!, $after: String) {\n    myWork(waiting: $waiting, first: 100, after: $after) {\n      totalCount\n      nodes {\n        id status selfScore finalScore passed grade returnReason\n        orgUnit { id name }\n        campaign { id name deadlines systemVersion { measure } }\n        viewerCan { fill reviewStage }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MyWorkDocument,
    "\n  query IntegrationsOverview {\n    webhooks { id url events description enabled deliveries(first: 20) { id event status attempts lastStatusCode lastError createdAt nextAttemptAt } }\n    apiTokens { id name access createdAt lastUsedAt expiresAt revokedAt }\n  }\n": types.IntegrationsOverviewDocument,
    "mutation IntegrationsRedeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }": types.IntegrationsRedeliverDocument,
    "mutation IntegrationsPing($id: ID!) { pingWebhook(id: $id) { id } }": types.IntegrationsPingDocument,
    "mutation IntegrationsSetWebhookEnabled($id: ID!, $on: Boolean!) { updateWebhook(id: $id, input: { enabled: $on }) { id } }": types.IntegrationsSetWebhookEnabledDocument,
    "mutation IntegrationsRotateSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret } }": types.IntegrationsRotateSecretDocument,
    "mutation IntegrationsDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }": types.IntegrationsDeleteWebhookDocument,
    "mutation IntegrationsRevokeToken($id: ID!) { revokeApiToken(id: $id) }": types.IntegrationsRevokeTokenDocument,
    "mutation IntegrationsCreateWebhook($i: CreateWebhookInput!) { createWebhook(input: $i) { secret } }": types.IntegrationsCreateWebhookDocument,
    "\n  mutation IntegrationsCreateToken($n: String!, $a: [ApiScope!], $d: Int) { createApiToken(name: $n, access: $a, expiresInDays: $d) { token } }\n": types.IntegrationsCreateTokenDocument,
    "\n  query UnitsList($s: String, $level: String, $after: String) {\n    orgUnits(search: $s, level: $level, first: 100, after: $after) {\n      nodes { id code name level revision attributes parent { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.UnitsListDocument,
    "\n  mutation UnitsUpdateOrgUnit($id: ID!, $i: UpdateOrgUnitInput!, $r: Int!) { updateOrgUnit(id: $id, input: $i, expectedRevision: $r) { revision } }\n": types.UnitsUpdateOrgUnitDocument,
    "\n  mutation UnitsImport($rows: [OrgUnitImportRow!]!, $dry: Boolean!) {\n    importOrgUnits(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }\n  }\n": types.UnitsImportDocument,
    "\n  query UsersList($s: String, $after: String) {\n    users(search: $s, first: 100, after: $after) {\n      nodes { id username displayName role disabled mustChangePassword lockedUntil orgUnit { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.UsersListDocument,
    "mutation UsersResetPassword($id: ID!) { resetUserPassword(id: $id) { password } }": types.UsersResetPasswordDocument,
    "mutation UsersUnlock($id: ID!) { unlockUser(id: $id) { id } }": types.UsersUnlockDocument,
    "mutation UsersSetDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }": types.UsersSetDisabledDocument,
    "mutation UsersCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }": types.UsersCreateUserDocument,
    "query UsersUnitOptions($s: String) { orgUnits(search: $s, first: 50) { nodes { id name } } }": types.UsersUnitOptionsDocument,
    "\n  mutation UsersImport($rows: [UserImportRow!]!, $dry: Boolean!) {\n    importUsers(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }\n  }\n": types.UsersImportDocument,
    "\n  query DashboardCampaign($id: ID!) {\n    campaign(id: $id) {\n      id name year orgUnit { id name } systemVersion { measure schema system { name } }\n      stats {\n        total submitted finalized passed averageScore coverage\n        scoreDistribution(buckets: 10) { from to units }\n        weakestIndicators(limit: 10) { code title maxScore averageScore share }\n        indicatorGaps { code title level averageSelf averageFinal gap units }\n        standardResults { code title met basic unmet unknown }\n      }\n    }\n  }\n": types.DashboardCampaignDocument,
    "\n  query DashboardByAttribute($id: ID!, $a: String!) {\n    campaign(id: $id) { stats { byAttribute(attribute: $a) { value total finalized passed averageScore coverage } } }\n  }\n": types.DashboardByAttributeDocument,
    "\n  query DashboardChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } orgLevels { code name } }\n": types.DashboardChildLevelDocument,
    "\n  query DashboardByOrgUnit($id: ID!, $level: String!, $under: ID) {\n    campaign(id: $id) { stats { byOrgUnit(level: $level, under: $under) { orgUnit { id name } total submitted finalized passed averageScore coverage } } }\n  }\n": types.DashboardByOrgUnitDocument,
    "\n  query DashboardOtherCampaigns($after: String) {\n    campaignConnection(first: 100, after: $after) { nodes { id name year } pageInfo { hasNextPage endCursor } }\n  }\n": types.DashboardOtherCampaignsDocument,
    "\n  query DashboardCompare($id: ID!, $other: ID!) {\n    campaign(id: $id) {\n      compareWith(campaignId: $other) {\n        averageScore otherAverageScore passRate otherPassRate unmatched\n        indicators { code title level rate otherCode otherTitle otherRate change }\n      }\n    }\n  }\n": types.DashboardCompareDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): (typeof documents)["mutation Logout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgLevels { orgLevels { code name position } }"): (typeof documents)["query OrgLevels { orgLevels { code name position } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer on User {\n    id username displayName role mustChangePassword\n    orgUnit { id name level }\n    can { manageCampaigns manageSystems manageUnits manageUsers manageIntegrations }\n  }\n"): (typeof documents)["\n  fragment Viewer on User {\n    id username displayName role mustChangePassword\n    orgUnit { id name level }\n    can { manageCampaigns manageSystems manageUnits manageUsers manageIntegrations }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { ...Viewer } }"): (typeof documents)["query Me { me { ...Viewer } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPanelServerCheck($s: JSON!, $d: JSON!, $u: JSON, $ss: JSON, $src: [CampaignSourceInput!]) {\n    previewAssessment(schema: $s, data: $d, unit: $u, selfScores: $ss, sources: $src) { total passed valid faults { path message } }\n  }\n"): (typeof documents)["\n  query PreviewPanelServerCheck($s: JSON!, $d: JSON!, $u: JSON, $ss: JSON, $src: [CampaignSourceInput!]) {\n    previewAssessment(schema: $s, data: $d, unit: $u, selfScores: $ss, sources: $src) { total passed valid faults { path message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleInputsCampaigns($after: String) {\n    campaignConnection(first: 100, after: $after) {\n      nodes { id name year systemVersion { system { code } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SampleInputsCampaigns($after: String) {\n    campaignConnection(first: 100, after: $after) {\n      nodes { id name year systemVersion { system { code } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleInputsSourceValues($s: JSON!, $src: [CampaignSourceInput!]) { previewAssessment(schema: $s, data: {}, sources: $src) { sourceValues } }\n"): (typeof documents)["\n  query SampleInputsSourceValues($s: JSON!, $src: [CampaignSourceInput!]) { previewAssessment(schema: $s, data: {}, sources: $src) { sourceValues } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }"): (typeof documents)["mutation ChangePassword($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentPage($id: ID!) { assessment(id: $id) {\n  id status revision data computed unitAttributes notApplicable selfScores selfScore streetScore finalScore passed grade vetoed returnReason\n  viewerCan { fill uploadEvidence reviewStage }\n  orgUnit { id name code level attributes } campaign { id name status deadlines passScore }\n  systemVersion { id number schema uiSchema system { code name } }\n  attachments { id indicatorCode filename mimeType size createdAt }\n  indicatorScores { code title level maxScore selfScore streetScore expertScore finalScore streetResult expertResult finalResult }\n  reviews { stage decision opinion scores reasons createdAt reviewerName } revisions { action at }\n  sources { name campaignName systemVersion { measure schema } units { code name attributes status total passed values } notCounted { code name status } } sourceValues } }"): (typeof documents)["query AssessmentPage($id: ID!) { assessment(id: $id) {\n  id status revision data computed unitAttributes notApplicable selfScores selfScore streetScore finalScore passed grade vetoed returnReason\n  viewerCan { fill uploadEvidence reviewStage }\n  orgUnit { id name code level attributes } campaign { id name status deadlines passScore }\n  systemVersion { id number schema uiSchema system { code name } }\n  attachments { id indicatorCode filename mimeType size createdAt }\n  indicatorScores { code title level maxScore selfScore streetScore expertScore finalScore streetResult expertResult finalResult }\n  reviews { stage decision opinion scores reasons createdAt reviewerName } revisions { action at }\n  sources { name campaignName systemVersion { measure schema } units { code name attributes status total passed values } notCounted { code name status } } sourceValues } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveAssessmentDraft($id: ID!, $data: JSON!, $rev: Int!, $self: JSON, $na: JSON) {\n  saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev, selfScores: $self, notApplicable: $na) { id revision } }"): (typeof documents)["mutation SaveAssessmentDraft($id: ID!, $data: JSON!, $rev: Int!, $self: JSON, $na: JSON) {\n  saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev, selfScores: $self, notApplicable: $na) { id revision } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BuilderSystem($code: String!) { indicatorSystem(code: $code) { code revision canRevise versions { number status createdAt publishedAt schema uiSchema } } }"): (typeof documents)["query BuilderSystem($code: String!) { indicatorSystem(code: $code) { code revision canRevise versions { number status createdAt publishedAt schema uiSchema } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BuilderSaveDraft($c: String!, $s: JSON!, $u: JSON, $a: Boolean!, $r: Int) {\n  saveIndicatorSystemDraft(code: $c, schema: $s, uiSchema: $u, allowFaults: $a, expectedRevision: $r) { number } }"): (typeof documents)["mutation BuilderSaveDraft($c: String!, $s: JSON!, $u: JSON, $a: Boolean!, $r: Int) {\n  saveIndicatorSystemDraft(code: $c, schema: $s, uiSchema: $u, allowFaults: $a, expectedRevision: $r) { number } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BuilderCreate($c: String!, $s: JSON!, $u: JSON, $a: Boolean!) { createIndicatorSystem(code: $c, schema: $s, uiSchema: $u, allowFaults: $a) { code } }"): (typeof documents)["mutation BuilderCreate($c: String!, $s: JSON!, $u: JSON, $a: Boolean!) { createIndicatorSystem(code: $c, schema: $s, uiSchema: $u, allowFaults: $a) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignOverview($id: ID!) { campaign(id: $id) {\n  id name year status passScore deadlines orgUnit { id } systemVersion { number measure system { name } } viewerCan { manage }\n  draft: assessments(status: DRAFT, first: 1) { totalCount }\n  submitted: assessments(status: SUBMITTED, first: 1) { totalCount }\n  recommended: assessments(status: RECOMMENDED, first: 1) { totalCount }\n  finalized: assessments(status: FINALIZED, first: 1) { totalCount }\n  stats { total submitted finalized passed averageScore maxScore minScore coverage\n    weakestIndicators(limit: 5) { code title maxScore averageScore share units }\n    standardResults { code title level met basic unmet unknown } } } }"): (typeof documents)["query CampaignOverview($id: ID!) { campaign(id: $id) {\n  id name year status passScore deadlines orgUnit { id } systemVersion { number measure system { name } } viewerCan { manage }\n  draft: assessments(status: DRAFT, first: 1) { totalCount }\n  submitted: assessments(status: SUBMITTED, first: 1) { totalCount }\n  recommended: assessments(status: RECOMMENDED, first: 1) { totalCount }\n  finalized: assessments(status: FINALIZED, first: 1) { totalCount }\n  stats { total submitted finalized passed averageScore maxScore minScore coverage\n    weakestIndicators(limit: 5) { code title maxScore averageScore share units }\n    standardResults { code title level met basic unmet unknown } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignTargets($id: ID!, $after: String) { campaign(id: $id) { id assessments(first: 100, after: $after) {\n  totalCount nodes { id status selfScore streetScore finalScore passed grade returnReason orgUnit { name code } } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query CampaignTargets($id: ID!, $after: String) { campaign(id: $id) { id assessments(first: 100, after: $after) {\n  totalCount nodes { id status selfScore streetScore finalScore passed grade returnReason orgUnit { name code } } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } }"): (typeof documents)["query CampaignChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignByUnit($id: ID!, $level: String!) { campaign(id: $id) { id stats {\n  byOrgUnit(level: $level) { orgUnit { name } total submitted finalized passed averageScore coverage } } } }"): (typeof documents)["query CampaignByUnit($id: ID!, $level: String!) { campaign(id: $id) { id stats {\n  byOrgUnit(level: $level) { orgUnit { name } total submitted finalized passed averageScore coverage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenCampaign($id: ID!) { openCampaign(id: $id) { id status } }"): (typeof documents)["mutation OpenCampaign($id: ID!) { openCampaign(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status } }"): (typeof documents)["mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishCampaign($id: ID!) { publishCampaign(id: $id) { id status } }"): (typeof documents)["mutation PublishCampaign($id: ID!) { publishCampaign(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($after: String) {\n    campaignConnection(first: 50, after: $after) {\n      totalCount\n      nodes { id name year status systemVersion { number measure system { name } } stats { total submitted averageScore coverage } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CampaignList($after: String) {\n    campaignConnection(first: 50, after: $after) {\n      totalCount\n      nodes { id name year status systemVersion { number measure system { name } } stats { total submitted averageScore coverage } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) }"): (typeof documents)["mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitAssessment($id: ID!, $rev: Int!) { submitAssessment(id: $id, expectedRevision: $rev) { id status } }"): (typeof documents)["mutation SubmitAssessment($id: ID!, $rev: Int!) { submitAssessment(id: $id, expectedRevision: $rev) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }"): (typeof documents)["mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewCampaignSystems { indicatorSystems { code name targetLevel latestPublished { id number schema } } }"): (typeof documents)["query NewCampaignSystems { indicatorSystems { code name targetLevel latestPublished { id number schema } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewCampaignSources($after: String) {\n  campaignConnection(first: 100, after: $after) { totalCount nodes { id name year systemVersion { system { code } } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query NewCampaignSources($after: String) {\n  campaignConnection(first: 100, after: $after) { totalCount nodes { id name year systemVersion { system { code } } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewCampaignUnits($level: String, $after: String) {\n  orgUnits(level: $level, first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query NewCampaignUnits($level: String, $after: String) {\n  orgUnits(level: $level, first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCampaign($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }"): (typeof documents)["mutation CreateCampaign($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewAssessment($id: ID!, $stage: ReviewStage!, $decision: ReviewDecision!, $scores: JSON, $reasons: JSON, $opinion: String, $rev: Int) {\n  reviewAssessment(id: $id, stage: $stage, decision: $decision, scores: $scores, reasons: $reasons, opinion: $opinion, expectedRevision: $rev) { id status } }"): (typeof documents)["mutation ReviewAssessment($id: ID!, $stage: ReviewStage!, $decision: ReviewDecision!, $scores: JSON, $reasons: JSON, $opinion: String, $rev: Int) {\n  reviewAssessment(id: $id, stage: $stage, decision: $decision, scores: $scores, reasons: $reasons, opinion: $opinion, expectedRevision: $rev) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SystemList { indicatorSystems { code name issuer targetLevel builtIn versions { number status } latestPublished { number } } }"): (typeof documents)["query SystemList { indicatorSystems { code name issuer targetLevel builtIn versions { number status } latestPublished { number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SystemOne($code: String!) { indicatorSystem(code: $code) { code name issuer targetLevel builtIn\n  versions { id number status createdAt publishedAt schema uiSchema indicators { code title level maxScore method criteria formula vetoMessage evidenceRequired departments } } } }"): (typeof documents)["query SystemOne($code: String!) { indicatorSystem(code: $code) { code name issuer targetLevel builtIn\n  versions { id number status createdAt publishedAt schema uiSchema indicators { code title level maxScore method criteria formula vetoMessage evidenceRequired departments } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SystemUploadDraft($c: String!, $s: JSON!) { saveIndicatorSystemDraft(code: $c, schema: $s) { number } }"): (typeof documents)["mutation SystemUploadDraft($c: String!, $s: JSON!) { saveIndicatorSystemDraft(code: $c, schema: $s) { number } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SystemUploadCreate($c: String!, $s: JSON!) { createIndicatorSystem(code: $c, schema: $s) { code } }"): (typeof documents)["mutation SystemUploadCreate($c: String!, $s: JSON!) { createIndicatorSystem(code: $c, schema: $s) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishSystem($c: String!) { publishIndicatorSystem(code: $c) { number } }"): (typeof documents)["mutation PublishSystem($c: String!) { publishIndicatorSystem(code: $c) { number } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork($waiting: Boolean!, $after: String) {\n    myWork(waiting: $waiting, first: 100, after: $after) {\n      totalCount\n      nodes {\n        id status selfScore finalScore passed grade returnReason\n        orgUnit { id name }\n        campaign { id name deadlines systemVersion { measure } }\n        viewerCan { fill reviewStage }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MyWork($waiting: Boolean!, $after: String) {\n    myWork(waiting: $waiting, first: 100, after: $after) {\n      totalCount\n      nodes {\n        id status selfScore finalScore passed grade returnReason\n        orgUnit { id name }\n        campaign { id name deadlines systemVersion { measure } }\n        viewerCan { fill reviewStage }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrationsOverview {\n    webhooks { id url events description enabled deliveries(first: 20) { id event status attempts lastStatusCode lastError createdAt nextAttemptAt } }\n    apiTokens { id name access createdAt lastUsedAt expiresAt revokedAt }\n  }\n"): (typeof documents)["\n  query IntegrationsOverview {\n    webhooks { id url events description enabled deliveries(first: 20) { id event status attempts lastStatusCode lastError createdAt nextAttemptAt } }\n    apiTokens { id name access createdAt lastUsedAt expiresAt revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntegrationsRedeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }"): (typeof documents)["mutation IntegrationsRedeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntegrationsPing($id: ID!) { pingWebhook(id: $id) { id } }"): (typeof documents)["mutation IntegrationsPing($id: ID!) { pingWebhook(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntegrationsSetWebhookEnabled($id: ID!, $on: Boolean!) { updateWebhook(id: $id, input: { enabled: $on }) { id } }"): (typeof documents)["mutation IntegrationsSetWebhookEnabled($id: ID!, $on: Boolean!) { updateWebhook(id: $id, input: { enabled: $on }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntegrationsRotateSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret } }"): (typeof documents)["mutation IntegrationsRotateSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntegrationsDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }"): (typeof documents)["mutation IntegrationsDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntegrationsRevokeToken($id: ID!) { revokeApiToken(id: $id) }"): (typeof documents)["mutation IntegrationsRevokeToken($id: ID!) { revokeApiToken(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntegrationsCreateWebhook($i: CreateWebhookInput!) { createWebhook(input: $i) { secret } }"): (typeof documents)["mutation IntegrationsCreateWebhook($i: CreateWebhookInput!) { createWebhook(input: $i) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegrationsCreateToken($n: String!, $a: [ApiScope!], $d: Int) { createApiToken(name: $n, access: $a, expiresInDays: $d) { token } }\n"): (typeof documents)["\n  mutation IntegrationsCreateToken($n: String!, $a: [ApiScope!], $d: Int) { createApiToken(name: $n, access: $a, expiresInDays: $d) { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsList($s: String, $level: String, $after: String) {\n    orgUnits(search: $s, level: $level, first: 100, after: $after) {\n      nodes { id code name level revision attributes parent { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query UnitsList($s: String, $level: String, $after: String) {\n    orgUnits(search: $s, level: $level, first: 100, after: $after) {\n      nodes { id code name level revision attributes parent { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsUpdateOrgUnit($id: ID!, $i: UpdateOrgUnitInput!, $r: Int!) { updateOrgUnit(id: $id, input: $i, expectedRevision: $r) { revision } }\n"): (typeof documents)["\n  mutation UnitsUpdateOrgUnit($id: ID!, $i: UpdateOrgUnitInput!, $r: Int!) { updateOrgUnit(id: $id, input: $i, expectedRevision: $r) { revision } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsImport($rows: [OrgUnitImportRow!]!, $dry: Boolean!) {\n    importOrgUnits(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }\n  }\n"): (typeof documents)["\n  mutation UnitsImport($rows: [OrgUnitImportRow!]!, $dry: Boolean!) {\n    importOrgUnits(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersList($s: String, $after: String) {\n    users(search: $s, first: 100, after: $after) {\n      nodes { id username displayName role disabled mustChangePassword lockedUntil orgUnit { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query UsersList($s: String, $after: String) {\n    users(search: $s, first: 100, after: $after) {\n      nodes { id username displayName role disabled mustChangePassword lockedUntil orgUnit { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersResetPassword($id: ID!) { resetUserPassword(id: $id) { password } }"): (typeof documents)["mutation UsersResetPassword($id: ID!) { resetUserPassword(id: $id) { password } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersUnlock($id: ID!) { unlockUser(id: $id) { id } }"): (typeof documents)["mutation UsersUnlock($id: ID!) { unlockUser(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersSetDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }"): (typeof documents)["mutation UsersSetDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }"): (typeof documents)["mutation UsersCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersUnitOptions($s: String) { orgUnits(search: $s, first: 50) { nodes { id name } } }"): (typeof documents)["query UsersUnitOptions($s: String) { orgUnits(search: $s, first: 50) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersImport($rows: [UserImportRow!]!, $dry: Boolean!) {\n    importUsers(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }\n  }\n"): (typeof documents)["\n  mutation UsersImport($rows: [UserImportRow!]!, $dry: Boolean!) {\n    importUsers(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCampaign($id: ID!) {\n    campaign(id: $id) {\n      id name year orgUnit { id name } systemVersion { measure schema system { name } }\n      stats {\n        total submitted finalized passed averageScore coverage\n        scoreDistribution(buckets: 10) { from to units }\n        weakestIndicators(limit: 10) { code title maxScore averageScore share }\n        indicatorGaps { code title level averageSelf averageFinal gap units }\n        standardResults { code title met basic unmet unknown }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCampaign($id: ID!) {\n    campaign(id: $id) {\n      id name year orgUnit { id name } systemVersion { measure schema system { name } }\n      stats {\n        total submitted finalized passed averageScore coverage\n        scoreDistribution(buckets: 10) { from to units }\n        weakestIndicators(limit: 10) { code title maxScore averageScore share }\n        indicatorGaps { code title level averageSelf averageFinal gap units }\n        standardResults { code title met basic unmet unknown }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardByAttribute($id: ID!, $a: String!) {\n    campaign(id: $id) { stats { byAttribute(attribute: $a) { value total finalized passed averageScore coverage } } }\n  }\n"): (typeof documents)["\n  query DashboardByAttribute($id: ID!, $a: String!) {\n    campaign(id: $id) { stats { byAttribute(attribute: $a) { value total finalized passed averageScore coverage } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } orgLevels { code name } }\n"): (typeof documents)["\n  query DashboardChildLevel($p: ID) { orgUnits(parentId: $p, first: 1) { nodes { level } } orgLevels { code name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardByOrgUnit($id: ID!, $level: String!, $under: ID) {\n    campaign(id: $id) { stats { byOrgUnit(level: $level, under: $under) { orgUnit { id name } total submitted finalized passed averageScore coverage } } }\n  }\n"): (typeof documents)["\n  query DashboardByOrgUnit($id: ID!, $level: String!, $under: ID) {\n    campaign(id: $id) { stats { byOrgUnit(level: $level, under: $under) { orgUnit { id name } total submitted finalized passed averageScore coverage } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOtherCampaigns($after: String) {\n    campaignConnection(first: 100, after: $after) { nodes { id name year } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query DashboardOtherCampaigns($after: String) {\n    campaignConnection(first: 100, after: $after) { nodes { id name year } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCompare($id: ID!, $other: ID!) {\n    campaign(id: $id) {\n      compareWith(campaignId: $other) {\n        averageScore otherAverageScore passRate otherPassRate unmatched\n        indicators { code title level rate otherCode otherTitle otherRate change }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCompare($id: ID!, $other: ID!) {\n    campaign(id: $id) {\n      compareWith(campaignId: $other) {\n        averageScore otherAverageScore passRate otherPassRate unmatched\n        indicators { code title level rate otherCode otherTitle otherRate change }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;