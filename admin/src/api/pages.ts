// Lists read page by page: the API serves at most 100 rows a page, and a district has more
// communities than that.
import { gql } from './client';

/** Every assessment of a campaign the reader may see. */
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

/** Every org unit of a level in the reader's subtree, page by page. */
export async function loadAllOrgUnits(level: string | null): Promise<{ id: string; name: string }[]> {
  const all: { id: string; name: string }[] = [];
  for (let after: string | null = null; ;) {
    const page: { orgUnits: { nodes: { id: string; name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await gql(
      `query($l: String, $after: String) { orgUnits(level: $l, first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }`,
      { l: level, after },
    );
    all.push(...page.orgUnits.nodes);
    if (!page.orgUnits.pageInfo.hasNextPage) return all;
    after = page.orgUnits.pageInfo.endCursor;
  }
}
