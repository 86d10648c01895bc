// The org levels (data on the server: 省, 市, 区, 县, 街道, 镇, 社区, 村, 学校, 幼儿园…), read once and cached.
import { graphql } from '../gql';
import { useGraphQL } from './graphql';

const ORG_LEVELS = graphql(`query OrgLevels { orgLevels { code name position } }`);

export type OrgLevel = { code: string; name: string; position: number };

/** The levels, or none while loading; `error` says why they could not be read (pages show it). */
export function useOrgLevels(): { levels: OrgLevel[]; error: unknown } {
  const { data, error } = useGraphQL(ORG_LEVELS, {}, { staleTime: Infinity });
  return { levels: data?.orgLevels ?? [], error };
}
