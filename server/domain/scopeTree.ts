/**
 * The scope tree as it opens (Query.scopeTree), pure: which zones' children are read first. The top level; then,
 * level by level, the children of the zone on the path to the current zone — or, past the path (or without one),
 * of the only zone of a level (a one-district graph opens at 重庆市 › 綦江区 › its zones; a national one shows its
 * 31 provinces closed). Every other zone's children wait until it is expanded (Query.zoneChildren).
 */
export const MAX_TREE_DEPTH = 12;

/**
 * The zones the tree opens with, parents before children. `path`: ids from the top down to the current zone
 * ([] when none); `childrenOf(null)` reads the top level.
 */
export async function openTree<Z extends { id: string }>(
  path: readonly string[],
  childrenOf: (parent: string | null) => Promise<Z[]>,
): Promise<Z[]> {
  let level = await childrenOf(null);
  const out = [...level];
  for (let depth = 0; depth < MAX_TREE_DEPTH; depth++) {
    const onPath = path[depth];
    const next = onPath ?? (level.length === 1 ? level[0]?.id : undefined);
    if (!next || !level.some((z) => z.id === next)) break;
    level = await childrenOf(next);
    out.push(...level);
  }
  return out;
}
