/**
 * The links a reviewed plan says it will bring in (ImportSought, 规划点名引进的环节) as rows of one SEEKS edge each, from
 * the district's Zone to the link's Product, citing every sentence that names it (cypher/imports/fact-sought.cypher).
 * A sought link must be a link of this review's accepted chains or a Product already in the graph: anything else is
 * refused with its field (sought[i].name), before anything is written. Pure: the links come in by name.
 */
import type { ImportSought } from '../../vocab/imports.ts';
import { type Cite, FactError } from './plan.ts';

export interface SeeksRow {
  product: string;
  sources: string[];
}

const key = (name: string) => name.replace(/\s+/g, '');

/** The id a sought link's edge is reported under (a district seeks a link once). */
export const seeksId = (district: string, product: string) => `seeks-${district}-${product}`;

/**
 * `links`: link name (no spaces) → Product id, the review's chain links over the graph's products of that name.
 * Returns one row per Product (its sentences merged) and the report's ids in input order.
 */
export function seeksRows(
  sought: readonly ImportSought[],
  district: { id: string; name: string },
  links: ReadonlyMap<string, string>,
  cite: Cite,
): { rows: SeeksRow[]; ids: { id: string; name: string }[] } {
  const rows = new Map<string, SeeksRow>();
  const ids: { id: string; name: string }[] = [];
  sought.forEach((s, i) => {
    const product = links.get(key(s.name));
    if (!product)
      throw new FactError(
        `sought[${i}].name`,
        `no link "${s.name}" in this review's accepted chains or in the graph: a sought link must be a link`,
      );
    const source = cite('', s.quote, s.start, `sought[${i}].quote`);
    const row = rows.get(product) ?? { product, sources: [] };
    if (!row.sources.includes(source)) row.sources.push(source);
    rows.set(product, row);
    ids.push({ id: seeksId(district.id, product), name: key(s.name) });
  });
  return { rows: [...rows.values()], ids };
}
