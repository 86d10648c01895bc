// One assessment as the fill and review pages read it, with what the viewer may do to it
// (`viewerCan`, answered by the server's policy). The JSON fields are narrowed here, once, to
// the shapes the engine works with.
import { type JsonObject, type Scores, type SourceRow, unitContext } from '../../../server/engine/index.js';
import { graphql } from '../gql';
import type { AssessmentPageQuery } from '../gql/graphql';

export const ASSESSMENT_QUERY = graphql(`query AssessmentPage($id: ID!) { assessment(id: $id) {
  id status revision data computed unitAttributes notApplicable selfScores selfScore streetScore finalScore passed grade vetoed returnReason
  viewerCan { fill uploadEvidence reviewStage }
  orgUnit { id name code level attributes } campaign { id name status deadlines passScore }
  systemVersion { id number schema uiSchema system { code name } }
  attachments { id indicatorCode filename mimeType size createdAt }
  indicatorScores { code title level maxScore selfScore streetScore expertScore finalScore streetResult expertResult finalResult }
  reviews { stage decision opinion scores reasons createdAt reviewerName } revisions { action at }
  sources { name campaignName systemVersion { measure schema } units { code name attributes status total passed values } notCounted { code name status } } sourceValues } }`);

type Raw = NonNullable<AssessmentPageQuery['assessment']>;

export type LoadedAssessment = Omit<Raw, 'data' | 'computed' | 'selfScores' | 'notApplicable' | 'sourceValues' | 'systemVersion' | 'campaign'> & {
  data: Record<string, unknown>;
  computed: Record<string, unknown>;
  selfScores: Scores;
  notApplicable: Record<string, string>;
  sourceValues: Record<string, SourceRow[]>;
  systemVersion: Omit<Raw['systemVersion'], 'schema' | 'uiSchema'> & { schema: JsonObject; uiSchema: JsonObject | null };
  campaign: Omit<Raw['campaign'], 'deadlines'> & { deadlines: Record<string, string> | null };
};

export type LoadedAttachment = LoadedAssessment['attachments'][number];

/** The answer's JSON in the shapes the engine reads. */
export function loaded(a: Raw): LoadedAssessment {
  return {
    ...a,
    data: (a.data ?? {}) as Record<string, unknown>,
    computed: (a.computed ?? {}) as Record<string, unknown>,
    selfScores: (a.selfScores ?? {}) as Scores,
    notApplicable: (a.notApplicable ?? {}) as Record<string, string>,
    sourceValues: (a.sourceValues ?? {}) as Record<string, SourceRow[]>,
    systemVersion: { ...a.systemVersion, schema: a.systemVersion.schema as JsonObject, uiSchema: (a.systemVersion.uiSchema ?? null) as JsonObject | null },
    campaign: { ...a.campaign, deadlines: (a.campaign.deadlines ?? null) as Record<string, string> | null },
  };
}

/** The unit as this assessment's formulas see it: the attributes it was opened with (the unit's own for older ones). */
export function assessedUnit(assessment: LoadedAssessment) {
  return unitContext({ ...assessment.orgUnit, attributes: (assessment.unitAttributes ?? assessment.orgUnit.attributes) as Record<string, unknown> });
}
