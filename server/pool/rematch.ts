/**
 * Keeps the pool's MAIN_PRODUCT edges in line with the graph's links between pool imports: after a plan commit
 * adds links, or an alias is added or removed through the API. Runs inside the caller's write transaction, so a
 * failed commit writes no edge. It reads the pool rows the import kept (PoolMainProducts), the links and the
 * aliases (graphMatcher, as the import does), chooses the edges with the import's own rule (chooseEdges), and
 * writes only the difference: stale edges removed, new or changed ones MERGEd. A graph without a pool pays one
 * count-store query.
 */
import type { PoolMatchReport } from '../../vocab/imports.ts';
import { byChineseName } from '../../vocab/names.ts';
import type { AuditInput, EntityType } from '../audit/entries.ts';
import { aliasesFile, graphMatcher, poolLoaded, type ReadNamed, readAliases } from './import.ts';
import type { Alias } from './match.ts';
import { chooseEdges, type MainProductRow, type PoolProductRow } from './plan.ts';

/** The action of the re-match's audit entry. */
export const MATCH_POOL = 'MATCH_POOL';

export interface PoolRematch {
  /** MAIN_PRODUCT edges of pool firms before and after. */
  before: number;
  after: number;
  added: number;
  removed: number;
  /** Edges kept with another weight, product name or basis. */
  updated: number;
  /** Every edge the rows give now (sorted by firm, then link). */
  edges: MainProductRow[];
}

const keyOf = (e: { enterprise: string; product: string }) => `${e.enterprise}>${e.product}`;

const sameEdge = (a: MainProductRow, b: Record<string, unknown>) =>
  a.weight === b.weight && a.productName === b.productName && a.basis === b.basis;

/** The kept rows as PoolProductRow[] (parallel lists in the graph). */
export function rowsOf(r: Record<string, unknown> | undefined): PoolProductRow[] {
  const enterprises = (r?.enterprises ?? []) as string[];
  const names = (r?.names ?? []) as string[];
  const weights = (r?.weights ?? []) as number[];
  return enterprises.map((enterprise, i) => ({
    enterprise,
    productName: names[i] as string,
    weight: weights[i] as number,
  }));
}

/**
 * Re-matches the kept pool rows against the graph's links, inside the transaction `run` belongs to. Null when the
 * graph has no pool. `aliases`: the file's alias table (default: seed/aliases.json, read as the import reads it).
 */
export async function rematchPool(
  run: ReadNamed,
  opts: { aliases?: readonly Alias[] } = {},
): Promise<PoolRematch | null> {
  if (!(await poolLoaded(run))) return null;
  const matcher = await graphMatcher(run, opts.aliases ?? readAliases(aliasesFile));
  // Only the rows that can match (a few hundred of ~50k): reading them all would cost ~0.4 s a commit.
  const [kept] = await run('pool/rows', { keys: [...matcher.keys] });
  const { edges } = chooseEdges(rowsOf(kept), matcher);

  const current = new Map((await run('pool/main-product-edges')).map((r) => [keyOf(r as never), r]));
  const wanted = new Set(edges.map(keyOf));
  const stale = [...current.values()]
    .filter((r) => !wanted.has(keyOf(r as never)))
    .map((r) => ({ enterprise: r.enterprise, product: r.product }));
  const write = edges.filter((e) => {
    const now = current.get(keyOf(e));
    return !now || !sameEdge(e, now);
  });
  if (stale.length > 0) await run('pool/remove-main-products', { rows: stale });
  const [written] = write.length > 0 ? await run('pool/main-products', { rows: write }) : [];
  const updated = write.filter((e) => current.has(keyOf(e))).length;
  // A kept row of a firm deleted since the import makes no edge (main-products.cypher MATCHes the firm).
  const added = Number(written?.written ?? 0) - updated;
  return {
    before: current.size,
    after: current.size - stale.length + added,
    added,
    removed: stale.length,
    updated,
    edges,
  };
}

/** The MATCH_POOL audit entry of a re-match on `entity` (the plan's document, the alias): counts, not edges. */
export function matchPoolAudit(
  r: PoolRematch | null,
  entity: string,
  entityType: EntityType,
): AuditInput | null {
  if (!r || r.added + r.removed + r.updated === 0) return null;
  return {
    action: MATCH_POOL,
    entity,
    entityType,
    before: { mainProductEdges: r.before },
    after: { mainProductEdges: r.after, added: r.added, removed: r.removed, updated: r.updated },
  };
}

/** Pool firms whose main products match one of `links` (ids), and per link name how many. */
export function poolFirmsOf(r: PoolRematch, links: readonly { id: string; name: string }[]): PoolMatchReport {
  const names = new Map(links.map((l) => [l.id, l.name]));
  const firms = new Set<string>();
  const perLink = new Map<string, number>();
  for (const e of r.edges) {
    const name = names.get(e.product);
    if (name === undefined) continue;
    firms.add(e.enterprise);
    perLink.set(name, (perLink.get(name) ?? 0) + 1);
  }
  return {
    firms: firms.size,
    links: [...perLink]
      .map(([name, n]) => ({ name, firms: n }))
      .sort((a, b) => b.firms - a.firms || byChineseName(a.name, b.name)),
  };
}
