/**
 * The zone a text is about (subjectZone; firms.ts places in it a local firm no sentence places), moved out of
 * zones.ts with the helpers it needs.
 */
import type { ZoneFact } from '../../../vocab/imports.ts';
import { LEVEL_NAME } from '../levelParks.ts';
import type { Doc } from '../text.ts';
import { firstAt } from './firmNear.ts';

/** A zone's name less its kind word (北渡组团 → 北渡). */
export function baseOf(z: { name: string; kind: string }): string {
  return z.name.slice(0, z.name.length - z.kind.length);
}

/** A park named by its district's level word alone (县工业园区, levelParks.ts). */
const levelPark = (name: string) => LEVEL_NAME.test(name);

/**
 * The zone a text is about: a zone with no parent named in its first 150 characters (an introduction or a report
 * of one park opens with it). A local firm that no sentence places in a zone is in it.
 */
export function subjectZone(doc: Doc, zones: ZoneFact[]): ZoneFact | undefined {
  // Named: written out as it is (a park described at a place, 甲镇…建设工业园区, is not the text's subject; nor is a
  // park a list names by its place alone, 甲坪、乙寨等重点产业园区: its peers are no parts of it).
  // Where a zone is first written: its fact may keep a later mention (蓟州区甲乙产业园 read there as another run).
  // (firstAt: subjectZone is asked once per firm, and a name the text does not write sent indexOf through all of it.)
  // 全县工业园区 (the county's parks) is no mention of 县工业园区: a park named by its level word alone counts where
  // the text writes it without 全.
  const at = (z: ZoneFact) => Math.min(z.start, (levelPark(z.name) ? z.start : firstAt(doc, z.name)) >>> 0);
  const opening = zones.filter(
    (z) =>
      !z.parent &&
      z.kind !== '镇街' &&
      at(z) < 150 &&
      firstAt(doc, z.name) >= 0 &&
      !(z.kind === '园区' && !/[园区团城谷]|基地/.test(z.name)),
  );
  const first = opening.sort((a, b) => at(a) - at(b))[0];
  // The first of parks the sentence counts (三大产业园区包括“甲园区”：…；“乙园区”：…): peers, none the text's subject.
  if (first && countedItem(doc, at(first))) return undefined;
  if (first) return first;
  // A text that names one zone only, in its first paragraph, is about that zone, however long the lines before it
  // (a source line, a headline): whole, or its place and its kind apart (甲镇以工业园区为依托 for 甲镇工业园区).
  const tops = zones.filter((z) => !z.parent && z.kind !== '镇街');
  const firstEnd = doc.paraEnds?.[0] ?? doc.match.length;
  const one = tops.length === 1 ? tops[0] : undefined;
  const lead = doc.match.slice(0, firstEnd);
  const place = one ? baseOf(one) : '';
  const apart = !!one && place.length >= 2 && lead.includes(place) && lead.includes(one.kind);
  return one && (one.start < firstEnd || apart) ? one : undefined;
}

/**
 * The first item of parks the sentence counts before it (甲县三大产业园区包括，“乙园区”：…；“丙园区”：…): one of peers,
 * not the zone the text is about.
 */
function countedItem(doc: Doc, at: number): boolean {
  const before = doc.match.slice(Math.max(0, at - 40), at);
  return /[\d一二两三四五六七八九十]+[个大座家][^。；;，,]{0,24}(?:包括|包含|分别[是为]|即)[，,：:]?\s*[“"]?$/u.test(
    before,
  );
}
