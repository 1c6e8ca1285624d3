/**
 * Reads the alias suggestions of a link (Query.aliasSuggestions): the pool names near its name that are neither a
 * link nor an alias (ranked by suggest.ts), the names that already match, example firms, and the link's current
 * aliases — those added through the API (removable, with who added them) and those of seed/aliases.json. Reads
 * only; cost measured in docs/POOL.md.
 */
import { WEAK_SHARE } from '../../vocab/priority.ts';
import { aliasesFile, graphMatcher, poolLoaded, type ReadNamed, readAliases } from './import.ts';
import { type Alias, normaliseProductName } from './match.ts';
import {
  type PoolNameRow,
  type PoolNameSuggestion,
  type RankedSuggestions,
  rankSuggestions,
} from './suggest.ts';

/** Example firms per name. */
export const EXAMPLE_FIRMS = 3;
/** Broader names shown (the link's name contains them). */
export const BROADER_SHOWN = 5;

export interface LinkAliasInfo {
  pool: string;
  /** API: an Alias node (addAlias; removeAlias removes it). FILE: seed/aliases.json (edited in the repository). */
  source: 'API' | 'FILE';
  addedBy: string | null;
  addedAt: string | null;
  note: string | null;
  /** Pool firms matched to the link through this alias now. */
  firms: number;
}

/** The ranked names with their examples as firm names (not ids). */
export interface LinkAliasSuggestions extends RankedSuggestions {
  link: { id: string; name: string };
  /** Whether a pool was imported (PoolMainProducts kept). */
  pool: boolean;
  aliases: LinkAliasInfo[];
}

interface LinkRow {
  name: string;
  aliases: { pool: string; addedBy: string | null; addedAt: string | null }[];
  aliasRows: string[];
}

/** The link's aliases: the API's first (they win over the file's for the same pool name), then the file's. */
export function aliasesOfLink(link: LinkRow, fileAliases: readonly Alias[]): LinkAliasInfo[] {
  const key = normaliseProductName(link.name);
  const firms = new Map<string, number>();
  for (const n of link.aliasRows) {
    const k = normaliseProductName(n);
    firms.set(k, (firms.get(k) ?? 0) + 1);
  }
  const firmsOf = (pool: string) => firms.get(normaliseProductName(pool)) ?? 0;
  const api = new Set(link.aliases.map((a) => a.pool));
  return [
    ...link.aliases.map((a) => ({ ...a, source: 'API' as const, note: null, firms: firmsOf(a.pool) })),
    ...fileAliases
      .filter((a) => !api.has(a.pool) && (a.link === link.name || normaliseProductName(a.link) === key))
      .map((a) => ({
        pool: a.pool,
        source: 'FILE' as const,
        addedBy: null,
        addedAt: null,
        note: a.note,
        firms: firmsOf(a.pool),
      })),
  ];
}

/** Null when the link does not exist. `fileAliases`: seed/aliases.json unless given (tests). */
export async function readAliasSuggestions(
  read: ReadNamed,
  linkId: string,
  opts: { first: number; fileAliases?: readonly Alias[] },
): Promise<LinkAliasSuggestions | null> {
  const [row] = (await read('pool/link-aliases', { link: linkId })) as unknown as LinkRow[];
  if (!row) return null;
  const fileAliases = opts.fileAliases ?? readAliases(aliasesFile);
  const link = { id: linkId, name: row.name };
  const aliases = aliasesOfLink(row, fileAliases);
  const empty = {
    narrowerTotal: 0,
    broaderTotal: 0,
    matchedTotal: 0,
    narrower: [],
    broader: [],
    matched: [],
  };
  if (!(await poolLoaded(read))) return { link, pool: false, aliases, ...empty };

  const key = normaliseProductName(row.name);
  const matcher = await graphMatcher(read, fileAliases);
  const rows = (await read('pool/alias-suggestions', {
    key,
    broader: [...key].length >= 2,
    mainShare: WEAK_SHARE,
    examples: EXAMPLE_FIRMS,
  })) as unknown as PoolNameRow[];
  const ranked = rankSuggestions(rows, key, matcher, {
    first: opts.first,
    broaderFirst: BROADER_SHOWN,
    linkId,
  });
  const ids = [...ranked.narrower, ...ranked.broader, ...ranked.matched].flatMap((s) => s.examples);
  const names = new Map(
    ((await read('pool/firm-names', { ids: [...new Set(ids)] })) as { id: string; name: string }[]).map(
      (r) => [r.id, r.name],
    ),
  );
  const named = <T extends PoolNameSuggestion>(s: T): T => ({
    ...s,
    examples: s.examples.map((id) => names.get(id)).filter((n): n is string => n !== undefined),
  });
  return {
    link,
    pool: true,
    aliases,
    ...ranked,
    narrower: ranked.narrower.map(named),
    broader: ranked.broader.map(named),
    matched: ranked.matched.map(named),
  };
}
