// Lists read page by page: the API serves at most 100 rows a page, and a district has more
// communities than that.
import { gql } from './client';

interface Connection<T> { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } }

/** Every row of a connection; `pick` finds the connection in each page's data. */
async function loadAll<T>(query: string, variables: Record<string, unknown>, pick: (data: any) => Connection<T>): Promise<T[]> {
  const all: T[] = [];
  for (let after: string | null = null; ;) {
    const page = pick(await gql(query, { ...variables, after }));
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}

/** Every assessment of a campaign the reader may see. */
export function loadAllAssessments<T>(campaignId: string, fields: string): Promise<T[]> {
  return loadAll<T>(
    `query($id: ID!, $after: String) { campaign(id: $id) { assessments(first: 100, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } } }`,
    { id: campaignId }, (d) => d.campaign.assessments,
  );
}

/** Every org unit of a level in the reader's subtree. */
export function loadAllOrgUnits(level: string | null): Promise<{ id: string; name: string }[]> {
  return loadAll(`query($l: String, $after: String) { orgUnits(level: $l, first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }`,
    { l: level }, (d) => d.orgUnits);
}

/** Every account in the administrator's subtree matching `search`. */
export function loadAllUsers<T>(search: string | null, fields: string): Promise<T[]> {
  return loadAll<T>(`query($s: String, $after: String) { users(search: $s, first: 100, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
    { s: search }, (d) => d.users);
}

/** Every unit in the reader's subtree matching `search` (and `level`). */
export function loadAllUnits<T>(search: string | null, level: string | null, fields: string): Promise<T[]> {
  return loadAll<T>(`query($s: String, $l: String, $after: String) { orgUnits(search: $s, level: $l, first: 100, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
    { s: search, l: level }, (d) => d.orgUnits);
}
