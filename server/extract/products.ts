/**
 * A product lexicon: product names and product → upstream-material pairs, injected by the caller (the eval script
 * and `npm run extract` read the chainkg national pool when it is there; the upload route and `npm run import` pass
 * the graph's own products and FEEDS, server/imports/graphLexicon.ts).
 * The extractor never reads it on its own, and without one it behaves exactly as before.
 *
 * Names are compared in the simplified view with spaces removed and a trailing bracket dropped
 * (`精炼(电解铜)` → 精炼), ASCII letters folded to upper case.
 */
import type { LexiconSource } from '../../vocab/extractReasons.ts';
import { simplify } from './text.ts';

export interface ProductLexicon {
  /** Known product names (normalised). */
  names: ReadonlySet<string>;
  /** Product → its upstream materials (normalised). */
  upstream: ReadonlyMap<string, ReadonlySet<string>>;
  /** Longest name, to bound the suffix/prefix searches. */
  longest: number;
  /** Where the names come from, as the reviewer reads it in the reasons: the graph's products or the pool's. */
  source: LexiconSource;
  /**
   * The graph's chain links (Products a Chain HAS_LINK), as the graph stores them: names a plan's sought links may
   * also name (facts/sought.ts). Only a graph's lexicon has them; the pool's products are no chain's links.
   */
  links?: readonly string[];
}

/** The form names are compared in. */
export function normalName(name: string): string {
  return simplify(name)
    .replace(/\s+/g, '')
    .replace(/[（(][^（）()]*[）)]$/u, '')
    .toUpperCase();
}

/** Names and [product, upstream material] pairs in the form names are compared in (what a cache stores). */
export interface NormalisedLexicon {
  names: string[];
  pairs: [string, string][];
}

/** Normalises names and [product, upstream material] pairs (both ends of a pair count as names). */
export function normaliseLexicon(
  names: Iterable<string>,
  pairs: Iterable<readonly [string, string]> = [],
): NormalisedLexicon {
  const out: NormalisedLexicon = { names: [], pairs: [] };
  for (const n of names) out.names.push(normalName(n));
  for (const [product, material] of pairs) out.pairs.push([normalName(product), normalName(material)]);
  return out;
}

/** A lexicon from names and pairs already normalised (normaliseLexicon, or a cache of it). */
export function lexiconOf(
  { names, pairs }: NormalisedLexicon,
  source: LexiconSource = 'pool',
  links?: readonly string[],
): ProductLexicon {
  const set = new Set(names.filter((n) => n.length > 0));
  const upstream = new Map<string, Set<string>>();
  for (const [p, m] of pairs) {
    if (!p || !m || p === m) continue;
    set.add(p);
    set.add(m);
    const ups = upstream.get(p) ?? new Set<string>();
    ups.add(m);
    upstream.set(p, ups);
  }
  let longest = 0;
  for (const n of set) longest = Math.max(longest, n.length);
  return { names: set, upstream, longest, source, ...(links?.length ? { links } : {}) };
}

/** A lexicon from product names and [product, upstream material] pairs (both ends count as names). */
export function makeLexicon(
  names: Iterable<string>,
  pairs: Iterable<readonly [string, string]> = [],
  source: LexiconSource = 'pool',
  links?: readonly string[],
): ProductLexicon {
  return lexiconOf(normaliseLexicon(names, pairs), source, links);
}

/** The link's head: the link itself when known, else its longest known suffix of two characters or more. */
export function productHead(lex: ProductLexicon, link: string): string | undefined {
  const l = normalName(link);
  for (let i = Math.max(0, l.length - lex.longest); i <= l.length - 2; i++) {
    const s = l.slice(i);
    if (lex.names.has(s)) return s;
  }
  return undefined;
}

/** The longest known prefix of two characters or more that is shorter than the link (聚酯行业景气 → 聚酯). */
export function productPrefix(lex: ProductLexicon, link: string): string | undefined {
  const l = normalName(link);
  for (let n = Math.min(l.length - 1, lex.longest); n >= 2; n--) {
    const p = l.slice(0, n);
    if (lex.names.has(p)) return p;
  }
  return undefined;
}

/** Whether the pool says one is made from the other (either direction), by name or by head. */
export function feeds(lex: ProductLexicon, a: string, b: string): boolean {
  const forms = (x: string) => [normalName(x), productHead(lex, x)].filter((v): v is string => !!v);
  for (const x of forms(a))
    for (const y of forms(b)) if (lex.upstream.get(x)?.has(y) || lex.upstream.get(y)?.has(x)) return true;
  return false;
}
