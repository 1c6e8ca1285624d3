/**
 * Which search query answers a term (docs/SEARCH.md). Both give the same hits in the same order; they differ in
 * how they find names that contain the term without starting with it:
 * - `search`: CONTAINS over the TEXT indexes — a seek from three characters on, a scan of every name below;
 * - `search-chars`: for one or two Chinese characters, a phrase query on the full-text index `name_chars`
 *   (one token per character), then the same CONTAINS; a term with more than CHAR_HITS_CAP hits is read by
 *   the TEXT scan after all. Sent only while that index is ONLINE: a populating full-text index answers from what
 *   it holds so far, so a database that is still building it (or has lost it) is answered by `search`.
 */
import type { RecordShape } from 'neo4j-driver';
import { UNCHAINED_PRODUCT } from '../../vocab/exportRows.ts';
import { STATUS_UNSTATED } from '../../vocab/project.ts';
import type { Db } from './neo4j.ts';

/** The per-character full-text index (cypher/schema/constraints.cypher). */
export const CHAR_INDEX = 'name_chars';

/**
 * One or two ideographs of the Han script: the standard analyzer makes each one token of its own, so a name
 * containing the term holds its characters as consecutive tokens. Anything else (letters, digits, spaces,
 * punctuation, radicals, 々) is tokenised differently and goes to `search`.
 */
const SHORT_HAN = /^(?:(?=\p{Script=Han})\p{Ideographic}){1,2}$/u;

/** Han ideographs only, any number: each one token, so the text as a phrase finds every name containing it. */
const HAN = /^(?:(?=\p{Script=Han})\p{Ideographic})+$/u;

/**
 * The most full-text hits search-chars reads. Each hit costs ~4.6 µs against ~1.5 µs a name for the TEXT scan plus
 * its ~25 ms (national graph, 5 Dec): beyond ~8,000 hits the scan is cheaper, so a term with more goes to it.
 */
export const CHAR_HITS_CAP = 5_000;

/** Ideographs as a full-text phrase, one token each ("原 铝"). */
const phraseOf = (q: string): string => `"${[...q].join(' ')}"`;

/** The phrase query for a term `search-chars` serves ("原 铝"), else null. */
export function charPhrase(q: string): string | null {
  return SHORT_HAN.test(q) ? phraseOf(q) : null;
}

/**
 * The full-text query of a region's enterprise page with the name filter `q` (enterprises.cypher): the names or
 * full names holding `q` as a phrase, and the firm's scope key (province or city) equal to `zone`; null when `q` is
 * not Han ideographs only. The query's own CONTAINS and key comparison make the answer exact.
 */
export function scopedNamesQuery(zone: string, q: string): string | null {
  if (!HAN.test(q)) return null;
  const phrase = phraseOf(q);
  const key = `"${zone.replace(/[\\"]/g, '\\$&')}"`;
  return `+(name:${phrase} fullName:${phrase}) +(scopeProvince:${key} scopeCity:${key})`;
}

/** The words a hit's detail line uses (cypher/fragments/search-details.cypher), from vocab/: every call's parameters. */
export const SEARCH_WORDS = {
  statusUnstated: STATUS_UNSTATED,
  unchainedLabel: UNCHAINED_PRODUCT.label,
} as const;

/** The query (cypher/<name>.cypher) and parameters search sends for `q`. */
export function searchQuery(
  q: string,
  first: number,
  charIndexOnline: boolean,
): { name: 'search' | 'search-chars'; params: Record<string, unknown> } {
  const phrase = charIndexOnline ? charPhrase(q) : null;
  return phrase === null
    ? { name: 'search', params: { q, first, ...SEARCH_WORDS } }
    : { name: 'search-chars', params: { q, first, phrase, cap: CHAR_HITS_CAP, ...SEARCH_WORDS } };
}

/** Until the index is ONLINE, its state is asked again at most this often. */
const RECHECK_MS = 5_000;

interface IndexState {
  online: boolean;
  checkedAt: number;
}

const states = new WeakMap<Db, IndexState>();

/** Whether the full-text index CHAR_INDEX is ONLINE (a populating one answers from what it holds so far). */
export async function charIndexOnline(db: Db, now = Date.now()): Promise<boolean> {
  const s = states.get(db);
  if (s && (s.online || now - s.checkedAt < RECHECK_MS)) return s.online;
  const rows = await db.read<{ state: string }>('schema/index-state', { name: CHAR_INDEX });
  const online = rows[0]?.state === 'ONLINE';
  states.set(db, { online, checkedAt: now });
  return online;
}

/** Search hits for `q`, through the full-text index when it serves the term and is ONLINE. */
export async function search<R extends RecordShape = RecordShape>(
  db: Db,
  q: string,
  first: number,
): Promise<R[]> {
  const { name, params } = searchQuery(q, first, charPhrase(q) !== null && (await charIndexOnline(db)));
  if (name === 'search') return db.read<R>('search', params);
  try {
    return await db.read<R>('search-chars', params);
  } catch (err) {
    // Dropped or failed since it was seen ONLINE: ask again; when it is gone, `search` answers.
    states.delete(db);
    if (await charIndexOnline(db)) throw err;
    return db.read<R>('search', searchQuery(q, first, false).params);
  }
}
