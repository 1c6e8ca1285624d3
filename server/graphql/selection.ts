import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, below the field being resolved, for the field at `path` (field names, fragments
 * followed). Lets a resolver leave out of its query what no one will read: a chain map asks for each link's
 * status (from the stored producer count), not for its producers.
 */
export function selects(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): boolean {
  const last = path.at(-1);
  return last !== undefined && fieldsUnder(info, path.slice(0, -1)).has(last);
}

/** The link fields that read a link's listed producers or projects: its reason, and the gap assessment's. */
const EVIDENCE_FIELDS = ['reason', 'candidates', 'gapKind', 'breaksChain', 'priority'];

/**
 * Producers to list per chain link: none when the operation reads no link's reason and no gap field (a chain map:
 * statuses only, from the stored producer count and the projects' count); then no project is listed either.
 */
export function listedProducers(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  max: number,
): number {
  const asked = fieldsUnder(info, ['links']);
  return EVIDENCE_FIELDS.some((f) => asked.has(f)) ? max : 0;
}

/**
 * The field names the operation asks for directly under the field at `path` below the resolved one (fragments
 * followed; `__typename` left out). Lets a resolver skip a read when only what it already has is asked.
 */
export function fieldsUnder(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): Set<string> {
  const out = new Set<string>();
  const collect = (set: SelectionSetNode | undefined, i: number): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'InlineFragment') collect(s.selectionSet, i);
      else if (s.kind === 'FragmentSpread') collect(info.fragments[s.name.value]?.selectionSet, i);
      else if (i === path.length) {
        if (s.name.value !== '__typename') out.add(s.name.value);
      } else if (s.name.value === path[i]) collect(s.selectionSet, i + 1);
    }
  };
  for (const n of info.fieldNodes) collect(n.selectionSet, 0);
  return out;
}
