/**
 * Matching pool product names (the national pool's 主营产品) to chain links (Product names in the graph).
 * Pure: no I/O. Order: exact name, then normalised forms, then the alias table people maintain
 * (seed/aliases.json). A pool name matches through the first step that finds anything.
 */
import { z } from 'zod';

export type MatchBasis = 'exact' | 'normalised' | 'alias';

export interface Link {
  id: string;
  name: string;
}

export interface LinkMatch {
  link: Link;
  basis: MatchBasis;
}

export const aliasFileSchema = z
  .object({
    aliases: z.array(
      z
        .object({
          pool: z.string().trim().min(1),
          link: z.string().trim().min(1),
          note: z.string().trim().min(1),
        })
        .strict(),
    ),
  })
  .strict();

export type AliasFile = z.infer<typeof aliasFileSchema>;
export type Alias = AliasFile['aliases'][number];

/**
 * Segment-reporting words that add nothing to what a firm makes (管廊产品 → 管廊, PVA系列 → PVA,
 * 原铝板块 → 原铝). Deliberately short: 销售/贸易/加工/制品 change the meaning and are not stripped.
 */
const GENERIC_SUFFIXES = ['产品', '系列', '业务', '板块', '分部'];

/**
 * The form two names are compared in: NFKC (full-width letters, digits and brackets → half-width),
 * no whitespace, ASCII upper case, and trailing generic suffixes removed while at least two characters remain.
 */
export function normaliseProductName(name: string): string {
  let s = name.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of GENERIC_SUFFIXES) {
      if (s.endsWith(suffix) && [...s].length - [...suffix].length >= 2) {
        s = s.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return s;
}

export interface Matcher {
  match(poolName: string): LinkMatch[];
  /** Alias entries whose `link` is not a link in the graph (they can never match); for the report. */
  unknownAliasLinks: string[];
  /** Normalised keys shared by two or more links: names with such a key do not match by normalisation. */
  ambiguousKeys: string[];
  /**
   * The normalised forms a matching name can have (of the links and of the aliases that reach a link): a name whose
   * normalised form is not among them matches nothing, so a caller may drop it unread.
   */
  keys: ReadonlySet<string>;
}

/** Builds a matcher over the graph's links and the alias table. */
export function buildMatcher(links: readonly Link[], aliases: readonly Alias[] = []): Matcher {
  const byName = new Map<string, Link>();
  const byKey = new Map<string, Link | null>();
  for (const link of [...links].sort((a, b) => a.id.localeCompare(b.id))) {
    byName.set(link.name, link);
    const key = normaliseProductName(link.name);
    const prev = byKey.get(key);
    byKey.set(key, prev === undefined || prev?.id === link.id ? link : null);
  }
  const ambiguousKeys = [...byKey].filter(([, l]) => l === null).map(([k]) => k);

  const byAlias = new Map<string, Link[]>();
  const unknownAliasLinks: string[] = [];
  for (const a of aliases) {
    const link = byName.get(a.link) ?? byKey.get(normaliseProductName(a.link)) ?? undefined;
    if (!link) {
      unknownAliasLinks.push(a.link);
      continue;
    }
    const key = normaliseProductName(a.pool);
    const list = byAlias.get(key) ?? [];
    if (!list.some((l) => l.id === link.id)) list.push(link);
    byAlias.set(key, list);
  }

  return {
    unknownAliasLinks,
    ambiguousKeys,
    keys: new Set([...byKey.keys(), ...byAlias.keys()]),
    match(poolName) {
      const exact = byName.get(poolName);
      if (exact) return [{ link: exact, basis: 'exact' }];
      const key = normaliseProductName(poolName);
      const norm = byKey.get(key);
      if (norm) return [{ link: norm, basis: 'normalised' }];
      return (byAlias.get(key) ?? []).map((link) => ({ link, basis: 'alias' as const }));
    },
  };
}
