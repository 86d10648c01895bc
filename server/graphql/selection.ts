// Which fields a query selects under the field being resolved, so a loader can read only the
// columns they need. Fragments make that a guess, so with any of them the answer is "all".
import type { GraphQLResolveInfo } from 'graphql';

/** The names selected directly under this field, or undefined when a fragment is involved. */
export function selectedFields(info: GraphQLResolveInfo): string[] | undefined {
  const names: string[] = [];
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== 'Field') return undefined;
      names.push(selection.name.value);
    }
  }
  return names;
}
