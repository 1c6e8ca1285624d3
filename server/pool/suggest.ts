/**
 * Alias suggestions for a link, pure: which pool main-product names near the link's name an editor may make its
 * aliases, and in what order (docs/POOL.md, Alias suggestions). The rows come from
 * cypher/pool/alias-suggestions.cypher (one per normalised pool name); the matcher says which names already match
 * a link or an alias. No I/O.
 */
import { byChineseName } from '../../vocab/names.ts';
import type { Matcher } from './match.ts';

/** A row of alias-suggestions.cypher: one normalised pool name. */
export interface PoolNameRow {
  key: string;
  /** Pool firms with a kept row (weight > 0) of this name, each once. */
  firms: number;
  /** Of those, the firms whose share of it is at least the weak-share threshold (10 %). */
  mainFirms: number;
  /** Ids of the firms of largest share, first. */
  examples: string[];
  /** Every spelling of the name, one per kept row. */
  names: string[];
}

export interface PoolNameSuggestion {
  /** The spelling the pool uses most (ties: the shorter, then pinyin order): what addAlias is given. */
  name: string;
  key: string;
  /** Every spelling, most used first. */
  spellings: string[];
  firms: number;
  mainFirms: number;
  examples: string[];
}

export interface MatchedPoolName extends PoolNameSuggestion {
  /** The links the name matches already (exact, normalised or by an alias). */
  links: string[];
}

export interface RankedSuggestions {
  /** Names that contain the link's name, neither a link nor an alias: most firms first, at most `first`. */
  narrower: PoolNameSuggestion[];
  narrowerTotal: number;
  /** Names the link's name contains (2+ characters), free: most specific (longest) first, at most `broaderFirst`. */
  broader: PoolNameSuggestion[];
  broaderTotal: number;
  /** Names that contain the link's name but already match a link or an alias: most firms first, at most 5. */
  matched: MatchedPoolName[];
  matchedTotal: number;
}

/** Spellings by use (most first), then shorter, then pinyin order. */
export function spellingsOf(names: readonly string[]): string[] {
  const uses = new Map<string, number>();
  for (const n of names) uses.set(n, (uses.get(n) ?? 0) + 1);
  return [...uses.keys()].sort(
    (a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || [...a].length - [...b].length || byChineseName(a, b),
  );
}

function suggestionOf(row: PoolNameRow): PoolNameSuggestion {
  const spellings = spellingsOf(row.names);
  return {
    name: spellings[0] ?? row.key,
    key: row.key,
    spellings,
    firms: row.firms,
    mainFirms: row.mainFirms,
    examples: row.examples,
  };
}

/** Most firms first, then most firms at a main share, then the shorter name, then pinyin order. */
export function byFirms(a: PoolNameSuggestion, b: PoolNameSuggestion): number {
  return (
    b.firms - a.firms ||
    b.mainFirms - a.mainFirms ||
    [...a.key].length - [...b.key].length ||
    byChineseName(a.key, b.key)
  );
}

/** The most specific (longest) name first, then by firms: 汽车零部件 before 汽车 and 零部件 for 高端铝合金汽车零部件. */
export function bySpecificity(a: PoolNameSuggestion, b: PoolNameSuggestion): number {
  return [...b.key].length - [...a.key].length || byFirms(a, b);
}

export const MATCHED_SHOWN = 5;

/**
 * Splits the pool names near a link (its normalised name `linkKey`) into what an editor may alias and what is
 * taken: a name whose normalised form the matcher knows (`matcher.keys`: a link's, or an alias's that reaches a
 * link) matches already and cannot be an alias (exact and normalised matches win over aliases). The link's own
 * name, and names that are already its aliases (`linkId`), are left out altogether.
 */
export function rankSuggestions(
  rows: readonly PoolNameRow[],
  linkKey: string,
  matcher: Pick<Matcher, 'keys' | 'match'>,
  opts: { first: number; broaderFirst: number; linkId?: string },
): RankedSuggestions {
  const narrower: PoolNameSuggestion[] = [];
  const broader: PoolNameSuggestion[] = [];
  const matched: MatchedPoolName[] = [];
  for (const row of rows) {
    if (row.key === linkKey) continue;
    const s = suggestionOf(row);
    const contains = row.key.includes(linkKey);
    if (matcher.keys.has(row.key)) {
      const reached = matcher.match(s.name);
      // The link's own aliases are listed as such (LinkAliasInfo), not as taken.
      if (!contains || reached.some((m) => m.link.id === opts.linkId)) continue;
      const links = reached.map((m) => m.link.name);
      matched.push({ ...s, links: [...new Set(links)].sort(byChineseName) });
    } else if (contains) narrower.push(s);
    // A single character (金, 车) says nothing; a name of 2+ characters inside a longer link's name may.
    else if ([...row.key].length >= 2 && linkKey.includes(row.key)) broader.push(s);
  }
  narrower.sort(byFirms);
  broader.sort(bySpecificity);
  matched.sort(byFirms);
  return {
    narrower: narrower.slice(0, opts.first),
    narrowerTotal: narrower.length,
    broader: broader.slice(0, opts.broaderFirst),
    broaderTotal: broader.length,
    matched: matched.slice(0, MATCHED_SHOWN),
    matchedTotal: matched.length,
  };
}
