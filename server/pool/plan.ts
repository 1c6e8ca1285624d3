/**
 * From the pool's rows and a matcher to what the import writes: pool enterprises, one MAIN_PRODUCT edge per
 * (firm, link), and the report. Pure.
 */
import { byChineseName } from '../../vocab/names.ts';
import type { Link, MatchBasis, Matcher } from './match.ts';
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

export function planImport(data: PoolData, matcher: Matcher): PoolPlan {
  const enterprises = data.companies.map((c) => ({
    id: poolEnterpriseId(c),
    name: c.name,
    fullName: c.fullName,
    code: c.code,
    exchange: c.exchange,
    listed: c.listed,
  }));

  const names = new Map<string, ReturnType<Matcher['match']>>();
  for (const r of data.mainProducts)
    if (!names.has(r.productName)) names.set(r.productName, matcher.match(r.productName));

  // One edge per (firm, link): the row with the highest weight, then the best basis, then the name.
  const edges = new Map<string, MainProductRow>();
  const linkNames = new Map<string, Link>();
  let nonPositiveWeight = 0;
  for (const r of data.mainProducts) {
    const matches = names.get(r.productName) ?? [];
    if (matches.length === 0) continue;
    if (r.weight <= 0) {
      nonPositiveWeight++;
      continue;
    }
    for (const m of matches) {
      const row: MainProductRow = {
        enterprise: poolEnterpriseId(r),
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
      linkNames.set(m.link.id, m.link);
    }
  }

  const matched: Record<MatchBasis, number> = { exact: 0, normalised: 0, alias: 0 };
  let unmatched = 0;
  for (const ms of names.values()) {
    const first = ms[0];
    if (first) matched[first.basis]++;
    else unmatched++;
  }
  const firms = new Map<string, number>();
  for (const e of edges.values()) firms.set(e.product, (firms.get(e.product) ?? 0) + 1);
  const links = [...firms]
    .map(([id, n]) => ({ name: linkNames.get(id)?.name ?? id, firms: n }))
    .sort((a, b) => b.firms - a.firms || byChineseName(a.name, b.name));

  const sortedEdges = [...edges.values()].sort(
    (a, b) => a.enterprise.localeCompare(b.enterprise) || a.product.localeCompare(b.product),
  );
  return {
    enterprises,
    edges: sortedEdges,
    report: {
      companies: enterprises.length,
      duplicateCompanyLines: data.duplicateCompanyLines,
      mainProductRows: data.mainProducts.length,
      products: names.size,
      matched,
      unmatched,
      nonPositiveWeight,
      mainProductEdges: sortedEdges.length,
      links,
      unknownAliasLinks: matcher.unknownAliasLinks,
    },
  };
}
