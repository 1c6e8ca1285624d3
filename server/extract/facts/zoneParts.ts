/**
 * Parent rules for zones written as the parts of another in one phrase (after the 其中 rule of zones.ts):
 *  a. parts in brackets right after a zone (生产区(A加工区、B产业园)): two zones or more inside → under that zone;
 *  b. zones merged into one (整合甲、乙民营创业园培育丙工业园): the zones of the 整合 clause → under the zone the
 *     clause builds, named right after its verb (a level before it aside); and the zones a zone takes in (甲园区将原乙
 *     园区、丙等区块进行全面整合) → under the zone right before 将; and the zones a zone was set up on (甲园是在乙开发区
 *     及丙园基础上成立的) → under the zone right before 是在;
 *  c. a list closed by a quoted layout code (推进甲园区科技中心、A物流园、B度假区等“一心两环三区四园”建设): its items →
 *     under the zone that opens the list's first item;
 *  d. a zone laid out as 一区N园 whose sentence lists its industries but not its parks (推动甲开发区…打造“一区五园”，
 *     使汽车零部件、电子信息三大产业…): the parks named elsewhere after one of those industries → under it;
 *  e. parks listed with 、 in a sentence whose subject is an area that is no park (a 先行发展区, a 新区, a
 *     development zone), after who reports it (据甲管委会主任乙介绍，先行发展区已累计投资…，A产业园、B物流园等平台正加快
 *     建成) → under that area.
 * Zones are matched by the span of their first mention (an item of an elliptical list is not written as a whole).
 */

import type { ZoneFact } from '../../../vocab/imports.ts';
import { firmShaped } from '../firmSiblings.ts';
import { CUT } from '../names.ts';
import { afterLastOf, type Doc, lastUpTo } from '../text.ts';
import { bracketEnd } from '../zoneLists.ts';

const MERGE =
  /整合([^。；，,：:]{2,80}?)(?:培育|组建|设立|成立|打造|建成|合并为|整合为|为)(?:[国省市县]级)?/g;
const TAKEN_IN = /将([^。；，,：:]{2,80}?)等?(?:区块|片区|园区)(?:进行)?(?:全面)?(?:整合|合并)/g;
const BASED_ON = /是在([^。；，,：:]{2,80}?)(?:的)?基础上(?:成立|组建|设立|建立|整合)/g;
const PARKS_CODE = /一区[一二两三四五六七八九十多\d]+园/g;
const TOP = /开发区|经开区|高新区|工业园区/;
/** The industries a sentence lists before a count of them (A、B、C三大产业). */
const INDUSTRIES = /([^，。；,;：:“”]{2,60}?)[一二两三四五六七八九十多\d]+大(?:主导|支柱|特色)?产业/;
/** Who reports what the sentence says (据甲管委会副主任乙介绍，): no part of its subject. */
const SAID = /^\s*据[^。；，,]{0,40}?(?:介绍|透露|表示|称|说)[，,]\s*/;
/** A park (…产业园, …物流园, …园区): a part of an area, not an area whose parts a sentence lists. */
const PARK = /园区?$/;
const LAYOUT_CODE = /等[“"](?:[一二两三四五六七八九十多]+[心环区园核轴带廊片组团城]){2,}[”"]/g;

export function partsParents(doc: Doc, all: ZoneFact[]): void {
  const orphans = () => all.filter((z) => !z.parent);
  // a. Parts in brackets after a zone.
  for (const a of all) {
    if (!/^[（(]/.test(doc.match.slice(a.end, a.end + 1))) continue;
    const close = bracketEnd(doc.match, a.end);
    if (close < 0) continue;
    const parts = all.filter((z) => z !== a && z.start > a.end && z.start < close);
    if (parts.length < 2) continue;
    for (const z of parts) if (!z.parent) z.parent = a.name;
  }
  // b. Zones merged into one.
  for (const m of doc.match.matchAll(MERGE)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const into = all.find((z) => z.start >= to && z.start <= to + 2);
    if (!into) continue;
    for (const z of orphans()) if (z !== into && z.start > from && z.start < to) z.parent = into.name;
  }
  // b2. Zones a zone takes in (甲工业园区将原乙园区、丙、丁等区块进行全面整合): under the zone before 将; b3. zones
  // another was set up on (甲园是在乙开发区及丙园、丁园基础上成立的), a development zone too: under the zone before 是在.
  underZoneBefore(doc, all, TAKEN_IN, orphans());
  underZoneBefore(doc, all, BASED_ON, all);
  // c. A list closed by a quoted layout code.
  for (const l of doc.match.matchAll(LAYOUT_CODE)) {
    const to = (l.index ?? 0) + l[0].length;
    const run = doc.match.slice(Math.max(0, (l.index ?? 0) - 160), l.index);
    const from =
      (l.index ?? 0) - run.length + Math.max(...[...'。；，,：:'].map((c) => run.lastIndexOf(c) + 1));
    const first = doc.match.slice(from, l.index).split('、')[0] ?? '';
    const owner = all
      .filter((z) => z.start >= from && z.end < from + first.length)
      .sort((a, b) => a.start - b.start)[0];
    if (!owner) continue;
    for (const z of orphans()) if (z !== owner && z.start > owner.end && z.start < to) z.parent = owner.name;
  }
  // d. Parks named after the industries of a 一区N园 sentence.
  for (const c of doc.match.matchAll(PARKS_CODE)) {
    const at = c.index ?? 0;
    const from = doc.match.lastIndexOf('。', at) + 1;
    const stop = doc.match.indexOf('。', at);
    const to = stop < 0 ? doc.match.length : stop;
    const owner = all.find((z) => TOP.test(z.kind) && z.start >= from && z.end <= at);
    const run = INDUSTRIES.exec(doc.match.slice(at, to))?.[1] ?? '';
    const items = run
      .split('、')
      .map((x, i) => (i === 0 ? x.slice(CUT.exec(x)?.[0].length ?? 0).replace(/^.*(使|让|促使)/, '') : x))
      .filter((x) => x.length >= 2);
    if (!owner || items.length < 2) continue;
    for (const z of orphans())
      if (z !== owner && items.some((x) => z.name.startsWith(x))) z.parent = owner.name;
  }
  // e. Parks listed in a sentence whose subject is an area.
  for (const z of orphans()) if (PARK.test(z.kind)) z.parent = subjectArea(doc, all, z);
}

/** The area (no park) opening the sentence in which park `z` is an item of a 、 list, after who reports it, or null. */
function subjectArea(doc: Doc, all: ZoneFact[], z: ZoneFact): string | null {
  if (!/^、|、$/.test(doc.match.slice(Math.max(0, z.start - 1), z.end + 1))) return null;
  const from = Math.max(afterLastOf(doc, '。！？；\n', z.start + 1), lastUpTo(doc.paraEnds ?? [], z.start));
  const head = doc.match.slice(from, z.start);
  const at = from + (SAID.exec(head)?.[0].length ?? /^\s*/.exec(head)?.[0].length ?? 0);
  const owner = all.find((o) => o !== z && !PARK.test(o.kind) && doc.match.startsWith(o.name, at));
  return owner?.name ?? null;
}

/**
 * The zone that opens the 、 enumeration a firm is an item of (来到甲经济开发区A塑业、B公司、乙拓展区现场、C有限公司), its
 * first item being the zone and a firm: every item is in it, though another zone is named among the items. A zone and
 * a work of it (实施甲新区路网、乙园区2号路) opens no such list.
 */
export function listOpener(doc: Doc, zones: { name: string }[], at: number): string | null {
  let from = at;
  while (from > 0 && !/[，。；：,;:!?！？（）()“”\n]/u.test(doc.match[from - 1] ?? '') && at - from < 160)
    from--;
  const head = doc.match.slice(from, at).split('、')[0] ?? '';
  // Only a later item: the first one is placed by the words before it.
  if (!doc.match.slice(from, at).includes('、')) return null;
  const opener = zones
    .map((z) => ({ z, i: head.lastIndexOf(z.name) }))
    .filter(({ z, i }) => i >= 0 && firmShaped(head.slice(i + z.name.length)))
    .sort((a, b) => b.i + b.z.name.length - (a.i + a.z.name.length))[0];
  return opener?.z.name ?? null;
}

/** The zones of `among` inside a phrase `re` finds go under the zone written right before the phrase. */
function underZoneBefore(doc: Doc, all: ZoneFact[], re: RegExp, among: ZoneFact[]): void {
  for (const m of doc.match.matchAll(re)) {
    const from = m.index ?? 0;
    const owner = all.find((z) => z.end <= from && from - z.end <= 1);
    if (!owner) continue;
    for (const z of among)
      if (z !== owner && z.parent !== owner.name && z.start > from && z.start < from + m[0].length)
        z.parent = owner.name;
  }
}

/**
 * The zone whose name's end (at least 4 characters, a zone word closing them) a mention opens with, the mention naming
 * at least 4 more (县工业园区乙湾…产业区 after 甲县工业园区), and how many characters they share; or undefined.
 */
export function overlapping(names: Iterable<string>, name: string): { o: string; k: number } | undefined {
  for (const o of names) {
    if (!/(?:园区|园|区)$/u.test(o)) continue;
    let k = o.length - 1;
    while (k >= 4 && !name.startsWith(o.slice(-k))) k--;
    if (k >= 4 && name.length - k >= 4) return { o, k };
  }
  return undefined;
}
