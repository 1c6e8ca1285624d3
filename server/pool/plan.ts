/**
 * From the pool's rows and a matcher to what the import writes: pool enterprises, one MAIN_PRODUCT edge per
 * (firm, link), and the report. Pure.
 */
import { byChineseName } from '../../vocab/names.ts';
import type { Link, LinkMatch, MatchBasis, Matcher } from './match.ts';
import type { PoolCompany, PoolData } from './read.ts';

export interface EnterpriseRow {
  id: string;
  name: string;
  fullName: string;
  code: string;
  exchange: string;
  listed: string | null;
}

export interface MainProductRow {
  enterprise: string;
  product: string;
  weight: number;
  productName: string;
  basis: MatchBasis;
}

export interface PoolReport {
  companies: number;
  duplicateCompanyLines: number;
  mainProductRows: number;
  /** Distinct product names among the main products. */
  products: number;
  /** Distinct product names matched to a link, by how. */
  matched: Record<MatchBasis, number>;
  /** Distinct product names that match no link. */
  unmatched: number;
  /** Matching rows left out because their weight is 0 or negative (segment offsets in the source). */
  nonPositiveWeight: number;
  mainProductEdges: number;
  /** Links that received at least one pool firm, with the number of firms. */
  links: { name: string; firms: number }[];
  unknownAliasLinks: string[];
}

export interface PoolPlan {
  enterprises: EnterpriseRow[];
  edges: MainProductRow[];
  report: PoolReport;
}

export const poolEnterpriseId = (c: Pick<PoolCompany, 'code'>): string => `pool-${c.code}`;

const BASIS_RANK: Record<MatchBasis, number> = { exact: 0, normalised: 1, alias: 2 };

/** One main-product row of a pool firm, as the import reads it and as the graph keeps it (PoolMainProducts). */
export interface PoolProductRow {
  enterprise: string;
  productName: string;
  weight: number;
}

export interface EdgeChoice {
  /** One edge per (firm, link), sorted by firm then link. */
  edges: MainProductRow[];
  /** Every distinct product name with what it matched (empty: nothing). */
  names: Map<string, LinkMatch[]>;
  /** Matching rows left out because their weight is 0 or negative. */
  nonPositiveWeight: number;
  /** The links the edges reach, by id. */
  links: Map<string, Link>;
}

/**
 * The MAIN_PRODUCT edges a set of pool rows gives under a matcher: rows with weight ≤ 0 make none; one edge per
 * (firm, link): the row with the highest weight, then the best basis, then the smallest product name (so the
 * rows' order does not matter). The one rule of the pool import (planImport) and of the re-match after a plan
 * or an alias changed the links (rematch.ts).
 */
export function chooseEdges(rows: Iterable<PoolProductRow>, matcher: Matcher): EdgeChoice {
  const names = new Map<string, LinkMatch[]>();
  const edges = new Map<string, MainProductRow>();
  const links = new Map<string, Link>();
  let nonPositiveWeight = 0;
  for (const r of rows) {
    let matches = names.get(r.productName);
    if (!matches) {
      matches = matcher.match(r.productName);
      names.set(r.productName, matches);
    }
    if (matches.length === 0) continue;
    if (r.weight <= 0) {
      nonPositiveWeight++;
      continue;
    }
    for (const m of matches) {
      const row: MainProductRow = {
        enterprise: r.enterprise,
        product: m.link.id,
        weight: r.weight,
        productName: r.productName,
        basis: m.basis,
      };
      const key = `${row.enterprise}>${row.product}`;
      const prev = edges.get(key);
      if (
        !prev ||
        row.weight > prev.weight ||
        (row.weight === prev.weight &&
          (BASIS_RANK[row.basis] < BASIS_RANK[prev.basis] ||
            (row.basis === prev.basis && row.productName < prev.productName)))
      ) {
        edges.set(key, row);
      }
      links.set(m.link.id, m.link);
    }
  }
  const sorted = [...edges.values()].sort(
    (a, b) => a.enterprise.localeCompare(b.enterprise) || a.product.localeCompare(b.product),
  );
  return { edges: sorted, names, nonPositiveWeight, links };
}

/** The rows the graph keeps for re-matching: those that can make an edge (weight > 0). */
export function keptRows(data: PoolData): PoolProductRow[] {
  return data.mainProducts
    .filter((r) => r.weight > 0)
    .map((r) => ({ enterprise: poolEnterpriseId(r), productName: r.productName, weight: r.weight }));
}

export function planImport(data: PoolData, matcher: Matcher): PoolPlan {
  const enterprises = data.companies.map((c) => ({
    id: poolEnterpriseId(c),
    name: c.name,
    fullName: c.fullName,
    code: c.code,
    exchange: c.exchange,
    listed: c.listed,
  }));

  const {
    edges,
    names,
    nonPositiveWeight,
    links: linkNames,
  } = chooseEdges(
    data.mainProducts.map((r) => ({
      enterprise: poolEnterpriseId(r),
      productName: r.productName,
      weight: r.weight,
    })),
    matcher,
  );

  const matched: Record<MatchBasis, number> = { exact: 0, normalised: 0, alias: 0 };
  let unmatched = 0;
  for (const ms of names.values()) {
    const first = ms[0];
    if (first) matched[first.basis]++;
    else unmatched++;
  }
  const firms = new Map<string, number>();
  for (const e of edges) firms.set(e.product, (firms.get(e.product) ?? 0) + 1);
  const links = [...firms]
    .map(([id, n]) => ({ name: linkNames.get(id)?.name ?? id, firms: n }))
    .sort((a, b) => b.firms - a.firms || byChineseName(a.name, b.name));

  return {
    enterprises,
    edges,
    report: {
      companies: enterprises.length,
      duplicateCompanyLines: data.duplicateCompanyLines,
      mainProductRows: data.mainProducts.length,
      products: names.size,
      matched,
      unmatched,
      nonPositiveWeight,
      mainProductEdges: edges.length,
      links,
      unknownAliasLinks: matcher.unknownAliasLinks,
    },
  };
}
