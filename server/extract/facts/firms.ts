/**
 * Enterprises as facts. A firm named where the plan recruits (招商, 招大, 引进, 瞄准, 招引 in its sentence, and not
 * 依托/本地/区内) is an investment target (招引对象) for a link: a link of an extracted chain named in the same
 * sentence, else the first link of the nearest chain before it in the same section. Every other firm is local,
 * in the zone named in its sentence or just before it (≤ 150 characters, no heading between) or in its heading,
 * making the chain links written right after its name (辣滋缘火锅底料 → 火锅底料).
 */
import type {
  ChainCandidate,
  EnterpriseMention,
  FirmFact,
  TargetFact,
  ZoneFact,
} from '../../../vocab/imports.ts';
import { type Doc, sectionAt, sentenceAt } from '../text.ts';
import { zoneAliases } from './zones.ts';

const RECRUIT = /招商|招大|招引|引进|瞄准|引育|对接/;
const LOCAL = /依托|本地|区内|现有/;
/** Banks, insurers and other services a gazette lists are not firms of an industrial chain. */
const SERVICE = /保险|证券|担保|银行|支公司|旅投|劳务|财险|寿险/;

const offsets = new WeakMap<Doc, Map<string, number[]>>();

/** The last offset ≤ `start` where `word` is written (offsets found once per document, then binary search). */
function lastAt(doc: Doc, word: string, start: number): number {
  const byWord = offsets.get(doc) ?? new Map<string, number[]>();
  offsets.set(doc, byWord);
  let list = byWord.get(word);
  if (!list) {
    list = [];
    for (let at = doc.match.indexOf(word); at >= 0; at = doc.match.indexOf(word, at + 1)) list.push(at);
    byWord.set(word, list);
  }
  let [lo, hi, found] = [0, list.length - 1, -1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) <= start) {
      found = list[mid] ?? -1;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The zone a span belongs to: named in its sentence before it or just before, else in its heading. */
export function zoneNear(doc: Doc, zones: ZoneFact[], start: number, quote: string): string | null {
  let best: { name: string; at: number } | null = null;
  const floor = doc.headings.filter((h) => h.at <= start).at(-1)?.at ?? 0;
  for (const z of zones) {
    const at = lastAt(doc, z.name, start);
    if (at >= 0 && at >= floor && start - at < 150 && (!best || at > best.at)) best = { name: z.name, at };
  }
  for (const [short, owner] of zoneAliases.get(doc) ?? []) {
    const at = lastAt(doc, short, start);
    if (at >= 0 && at >= floor && start - at < 150 && (!best || at > best.at)) best = { name: owner, at };
  }
  if (best) return best.name;
  const inQuote = zones.find((z) => quote.includes(z.name));
  if (inQuote) return inQuote.name;
  const heading = sectionAt(doc, start).at(-1) ?? '';
  return zones.find((z) => heading.includes(z.name))?.name ?? null;
}

/** The first mention of a firm that has a zone near it (a firm is often named first where no zone is). */
function placeOf(
  doc: Doc,
  zones: ZoneFact[],
  m: EnterpriseMention,
): { start: number; end: number; quote: string; zone: string | null } {
  let n = 0;
  type Place = { start: number; end: number; quote: string; zone: string };
  let first: Place | null = null;
  let local: Place | null = null;
  for (let at = doc.match.indexOf(m.name); at >= 0 && n < 20; at = doc.match.indexOf(m.name, at + 1), n++) {
    const quote = sentenceAt(doc, at, at + m.name.length);
    const zone = zoneNear(doc, zones, at, quote);
    if (!zone) continue;
    const place = { start: at, end: at + m.name.length, quote, zone };
    // A sentence that places the firm in the zone (…园区内万盛煤化、东方希望…) is the strongest; one that names it
    // as local (依托 …) comes next; one that merely names it near a zone last.
    const inside = quote.indexOf(`${zone}内`);
    if (inside >= 0 && inside < quote.indexOf(m.name)) return place;
    if (LOCAL.test(quote)) local ??= place;
    first ??= place;
  }
  return local ?? first ?? { start: m.start, end: m.end, quote: m.quote, zone: null };
}

function linksOf(chains: ChainCandidate[]): string[] {
  return [...new Set(chains.flatMap((c) => c.stages.flat()))].sort((a, b) => b.length - a.length);
}

export function firmFacts(
  doc: Doc,
  mentions: EnterpriseMention[],
  zones: ZoneFact[],
  chains: ChainCandidate[],
): { firms: FirmFact[]; targets: TargetFact[] } {
  const links = linksOf(chains);
  const firms: FirmFact[] = [];
  const targets: TargetFact[] = [];
  for (const m of mentions) {
    if (SERVICE.test(m.name)) continue;
    const sentence = m.quote;
    const place = placeOf(doc, zones, m);
    if (
      !place.zone &&
      RECRUIT.test(sentence) &&
      !LOCAL.test(sentence.slice(0, sentence.indexOf(m.name) + 1))
    ) {
      const named = links.find((l) => sentence.includes(l));
      const section = sectionAt(doc, m.start).at(-1);
      const before = chains
        .filter((c) => c.start <= m.start && sectionAt(doc, c.start).at(-1) === section)
        .at(-1);
      const link = named ?? before?.stages[0]?.[0] ?? null;
      targets.push({ ...m, link });
      continue;
    }
    const after = doc.text.slice(m.end, m.end + 20).replace(/^\s+/, '');
    const products = links.filter((l) => after.startsWith(l)).slice(0, 1);
    firms.push({ name: m.name, ...place, products });
  }
  return { firms, targets };
}
