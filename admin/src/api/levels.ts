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

/** A level's name by its code ('street' → 街道); undefined while the levels load or for one not defined. */
export function levelNamed(levels: { code: string; name: string }[], code: string): string | undefined {
  return levels.find((l) => l.code === code)?.name;
}

/** A level's name by its code; the code itself while the levels load or for one not defined. */
export function useLevelName(): (code: string | null | undefined) => string {
  const { levels } = useOrgLevels();
  return (code) => (code ? levelNamed(levels, code) ?? code : '');
}
