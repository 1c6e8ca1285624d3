/**
 * The scope tree, pure: zones (regions 省/市/区县 and a plan's own zones) → a tree by PART_OF, the path to a zone
 * (the breadcrumbs 重庆市 › 綦江区 › 綦江国家级高新技术产业开发区 › 北渡组团), and the rows a picker shows for what is
 * expanded and what is searched. The zones are those loaded so far (issue #20: the server answers the tree a level
 * at a time — Query.scopeTree, zoneChildren, zoneSearch — so `childCount` says whether a zone has any).
 */
import { isRegionKind, KIND_ORDER } from '../../../vocab/region.ts';

export interface ScopeZone {
  id: string;
  name: string;
  kind: string;
  code?: string | null;
  /** How many zones lie directly under it (loaded or not). */
  childCount?: number | null;
  parent?: { id: string } | null;
}

export interface ScopeNode {
  zone: ScopeZone;
  children: ScopeNode[];
}

export interface ScopeRow {
  zone: ScopeZone;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** Regions first, by GB/T code; then a plan's zones by id (the server's order). */
function siblingOrder(a: ScopeNode, b: ScopeNode): number {
  const ra = isRegionKind(a.zone.kind);
  const rb = isRegionKind(b.zone.kind);
  if (ra !== rb) return ra ? -1 : 1;
  if (ra && rb) return (a.zone.code ?? '').localeCompare(b.zone.code ?? '');
  return a.zone.id < b.zone.id ? -1 : a.zone.id > b.zone.id ? 1 : 0;
}

/** The forest of zones: roots are zones with no parent (or a parent not in the list). */
export function buildTree(zones: Iterable<ScopeZone>): ScopeNode[] {
  const nodes = new Map([...zones].map((z) => [z.id, { zone: z, children: [] as ScopeNode[] }]));
  const roots: ScopeNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.zone.parent ? nodes.get(n.zone.parent.id) : undefined;
    (parent ? parent.children : roots).push(n);
  }
  const sort = (list: ScopeNode[]) => {
    list.sort(siblingOrder);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** The zones loaded so far with `more` added (a later answer's copy of a zone replaces the earlier one). */
export function mergeZones(
  known: ReadonlyMap<string, ScopeZone>,
  more: readonly ScopeZone[],
): Map<string, ScopeZone> {
  const out = new Map(known);
  for (const z of more) out.set(z.id, z);
  return out;
}

/** The zones whose children an answer holds (the tree opens them): every parent named in it. */
export function parentsIn(zones: readonly ScopeZone[]): string[] {
  return [...new Set(zones.flatMap((z) => (z.parent ? [z.parent.id] : [])))];
}

/** The zones from the root down to `id` (itself last); [] when unknown or null. */
export function pathTo(zones: ReadonlyMap<string, ScopeZone>, id: string | null): ScopeZone[] {
  const byId = zones;
  const out: ScopeZone[] = [];
  const seen = new Set<string>();
  for (
    let z = id ? byId.get(id) : undefined;
    z && !seen.has(z.id);
    z = z.parent ? byId.get(z.parent.id) : undefined
  ) {
    seen.add(z.id);
    out.unshift(z);
  }
  return out;
}

/** Where a zone sits: the names above it (重庆市 › 南川区), from the zones known (a search's matches and ancestors). */
export function placeOf(zone: ScopeZone, known: readonly ScopeZone[]): string {
  return pathTo(mergeZones(new Map(), known), zone.id)
    .slice(0, -1)
    .map((z) => z.name)
    .join(' › ');
}

const normalise = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * The rows to show, depth first. Without a query: children of expanded nodes (those loaded). With one (the
 * server's matches and their ancestors): every zone whose name contains it, with its ancestors (all shown open) —
 * so a match is always seen where it sits.
 */
export function visibleRows(
  roots: readonly ScopeNode[],
  expanded: ReadonlySet<string>,
  query = '',
): ScopeRow[] {
  const q = normalise(query);
  const rows: ScopeRow[] = [];
  const matches = (n: ScopeNode): boolean =>
    normalise(n.zone.name).includes(q) || n.children.some((c) => matches(c));
  const walk = (list: readonly ScopeNode[], depth: number) => {
    for (const n of list) {
      if (q && !matches(n)) continue;
      const open = q ? true : expanded.has(n.zone.id);
      const hasChildren = n.children.length > 0 || (n.zone.childCount ?? 0) > 0;
      rows.push({ zone: n.zone, depth, hasChildren, expanded: open && hasChildren });
      if (open) walk(n.children, depth + 1);
    }
  };
  walk(roots, 0);
  return rows;
}

/**
 * The kinds of `zones` in the order of the tree's levels: a kind whose shallowest zone sits higher comes first
 * (省 › 区县 › …); kinds on one level in KIND_ORDER (高新区 before 组团 before 园区 before 镇街), others as met. For
 * lists grouped by kind.
 */
export function kindsByLevel(zones: readonly ScopeZone[]): string[] {
  const level = new Map<string, { depth: number; order: number }>();
  let order = 0;
  const walk = (nodes: ScopeNode[], depth: number) => {
    for (const n of nodes) {
      const seen = level.get(n.zone.kind);
      if (!seen || depth < seen.depth) level.set(n.zone.kind, { depth, order: order++ });
      walk(n.children, depth + 1);
    }
  };
  walk(buildTree(zones), 0);
  const rank = (kind: string) => {
    const i = KIND_ORDER.indexOf(kind);
    return i < 0 ? KIND_ORDER.length : i;
  };
  return [...level]
    .sort((a, b) => a[1].depth - b[1].depth || rank(a[0]) - rank(b[0]) || a[1].order - b[1].order)
    .map(([kind]) => kind);
}
