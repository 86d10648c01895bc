// The org levels (data on the server: 省, 市, 区, 县, 街道, 镇, 社区, 村, 学校, 幼儿园…), read once per page.
import { useEffect, useState } from 'react';
import { gql } from './client';

export interface OrgLevel { code: string; name: string; position: number }

export function useOrgLevels(): OrgLevel[] {
  const [levels, setLevels] = useState<OrgLevel[]>([]);
  useEffect(() => {
    let live = true;
    void gql<{ orgLevels: OrgLevel[] }>(`{ orgLevels { code name position } }`).then((r) => live && setLevels(r.orgLevels), () => {});
    return () => { live = false; };
  }, []);
  return levels;
}
