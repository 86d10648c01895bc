// Every assessment of a campaign the reader may see, page by page (the API serves at most
// 100 per page; a district has more communities than that).
import { gql } from './client';

export async function loadAllAssessments<T>(campaignId: string, fields: string): Promise<T[]> {
  const all: T[] = [];
  for (let after: string | null = null; ;) {
    const page: { campaign: { assessments: { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = await gql(
      `query($id: ID!, $after: String) { campaign(id: $id) { assessments(first: 100, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } } }`,
      { id: campaignId, after },
    );
    all.push(...page.campaign.assessments.nodes);
    if (!page.campaign.assessments.pageInfo.hasNextPage) return all;
    after = page.campaign.assessments.pageInfo.endCursor;
  }
}
