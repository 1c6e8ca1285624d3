/**
 * The scope tree, pure: zones (regions 省/市/区县 and a plan's own zones) → a tree by PART_OF, the path to a zone
 * (the breadcrumbs 重庆市 › 綦江区 › 綦江国家级高新技术产业开发区 › 北渡组团), and the rows a picker shows for what is
 * expanded and what is searched.
 */
import { isRegionKind } from '../../../vocab/region.ts';

export interface ScopeZone {
  id: string;
  name: string;
  kind: string;
  code?: string | null;
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

/** Regions first, by GB/T code; then a plan's zones in the order given (the server's). */
function siblingOrder(a: ScopeNode, b: ScopeNode, order: Map<string, number>): number {
  const ra = isRegionKind(a.zone.kind);
  const rb = isRegionKind(b.zone.kind);
  if (ra !== rb) return ra ? -1 : 1;
  if (ra && rb) return (a.zone.code ?? '').localeCompare(b.zone.code ?? '');
  return (order.get(a.zone.id) ?? 0) - (order.get(b.zone.id) ?? 0);
}

/** The forest of zones: roots are zones with no parent (or a parent not in the list). */
export function buildTree(zones: readonly ScopeZone[]): ScopeNode[] {
  const order = new Map(zones.map((z, i) => [z.id, i]));
  const nodes = new Map(zones.map((z) => [z.id, { zone: z, children: [] as ScopeNode[] }]));
  const roots: ScopeNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.zone.parent ? nodes.get(n.zone.parent.id) : undefined;
    (parent ? parent.children : roots).push(n);
  }
  const sort = (list: ScopeNode[]) => {
    list.sort((a, b) => siblingOrder(a, b, order));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** The zones from the root down to `id` (itself last); [] when unknown or null. */
export function pathTo(zones: readonly ScopeZone[], id: string | null): ScopeZone[] {
  const byId = new Map(zones.map((z) => [z.id, z]));
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

/** What opens first: the path to the current zone, and every region (so 重庆市 › 綦江区 shows its zones). */
export function initiallyExpanded(zones: readonly ScopeZone[], current: string | null): Set<string> {
  const open = new Set(pathTo(zones, current).map((z) => z.id));
  for (const z of zones) if (isRegionKind(z.kind)) open.add(z.id);
  return open;
}

const normalise = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * The rows to show, depth first. Without a query: children of expanded nodes. With one: every zone whose name
 * contains it, with its ancestors (all shown open) — so a match is always seen where it sits.
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
      rows.push({
        zone: n.zone,
        depth,
        hasChildren: n.children.length > 0,
        expanded: open && n.children.length > 0,
      });
      if (open) walk(n.children, depth + 1);
    }
  };
  walk(roots, 0);
  return rows;
}
