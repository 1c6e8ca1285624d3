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
  const walk = (set: SelectionSetNode | undefined, i: number): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === 'InlineFragment') return walk(s.selectionSet, i);
      if (s.kind === 'FragmentSpread') return walk(info.fragments[s.name.value]?.selectionSet, i);
      return s.name.value === path[i] && (i === path.length - 1 || walk(s.selectionSet, i + 1));
    });
  return info.fieldNodes.some((n) => walk(n.selectionSet, 0));
}

/** Producers to list per chain link: none when the operation reads no link's reason (its producers, summary). */
export function listedProducers(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  max: number,
): number {
  return selects(info, ['links', 'reason']) ? max : 0;
}
