/**
 * Zones as facts: each zone mention with its parent (开发区 → 组团 → 园区; a town or a top zone hangs under the
 * district: parent null) and its year target. Parent rules, in order:
 *  1. a prefix naming a higher zone: 高新区桥河组团 → 桥河组团 under the zone whose kind is 高新区;
 *  2. a park whose name starts with a 组团's base: 北渡铝产业园 → under 北渡组团;
 *  3. a list introduced by 其中 right after a zone (or its short name set by 以下简称): 园区共入驻企业 67 户，其中，
 *     生命健康产业园 55 户、安民…产业园 11 户 → under that zone;
 *  4. parks listed in a layout sentence, after 一区N园, N园即, 管理, 包括 or 下辖 with no comma between (按照“一区三园”的
 *     管理模式同时管理化工产业园、高铁产业园和临港产业园; 一区即X开发区；六园即A、B…) → under the top zone the sentence
 *     names, else the plan's top zone;
 *  5. in a zone's own plan (the top zone named in its first 80 characters), a park that opens a paragraph of its
 *     own (…。B功能区：规划用地…), or a part written with the bare word (核心区, 拓展区) → under the top zone;
 *  6. in a park's own text (the park named in its first 150 characters), any other zone left without a parent
 *     that is not a top zone → under that park;
 * Before 3: a zone written after another zone's full name (某工业园区花山片区) is its part, and one joined to such a
 * part by 和/及/与 (…花山片区和城西片区) is a part of the same zone. 分为 (园区分为：A、B) is a layout word of rule 4.
 * A short name of the top zone (经济开发区 for 嘉祥经济开发区) and the district's name before a zone's name (嘉祥化工产业园
 * for 化工产业园) are the same zone; a former name (原X) and a level (省级经济开发区) are not zones.
 * Towns: a run of two or more names of the district's towns separated by 、 (三江、石角、赶水、打通).
 */
import type { ZoneFact, ZoneMention } from '../../../vocab/imports.ts';
import { type Doc, headingStartBefore, offsetsOf, sentenceAt } from '../text.ts';
import { cityNames, districtBase, provinceNames } from './district.ts';
import { fromOffice, joinedLead, namesNoZone, townsNotZones } from './notZones.ts';
import { renamed, sameZones } from './sameZones.ts';
import { baseOf, subjectZone } from './subjectZone.ts';
import type { FoundTarget } from './targets.ts';
import { listOpener, overlapping, partsParents } from './zoneParts.ts';

const HIGHER = /^(高新区|经开区|开发区|经济开发区|工业园区)(?=.{2,}(组团|园区|产业园|工业园|片区)$)/;
const TOP_KINDS = /高新技术产业开发区|高新区|经济技术开发区|经济开发区|开发区|经开区|工业园区|工业集中区/;
/**
 * Not a zone's name: counts (两个, 三大工业园区), a superlative that describes a zone (广元市首个县域省级开发区,
 * 四川唯一一个…功能区), a former name (原X), a level (省级…).
 */
const JUNK =
  /[两多几一三四五六七八九十\d]+个|期间|首个|首家|首批|唯一|[一二两三四五六七八九十几多数\d]大(工业|产业)?(园区|产业园|工业园|功能区|组团|(?:功能)?片区)$|^性|^原|^省级|^[^\p{Script=Han}]/u;
/** A bare 分 after a clause's comma (…3.8平方公里,分A园区和B园区) divides the zone the sentence opens with. */
const LAYOUT =
  /一区[一二两三四五六七八九十多\d]+园|[一二两三四五六七八九十多\d]+园即|管理|包括|包含|下辖|分为|(?<=[，,])分(?![别期批类头])/g;
/** A part written with the bare word (核心区, 拓展区 …) or a letter (B区, B区(新区)) is a part of the zone the text is
 * about (rule 5). */
export const BARE_PART = /^(核心区|拓展区|起步区|启动区|[A-ZＡ-Ｚ]区([（(]\p{Script=Han}+[）)])?)$/u;
/** 园区 as a target's subject, with the firms it counts (园区规上工业企业产值): the zone the text calls 园区. */
const PARK_SUBJECT = /^园区(规上|规模以上)?(工业)?(企业)?$/;
const PARKS_AFTER =
  /^(?:[一二两三四五六七八九十\d]+[个大座])?(?:产业园|工业园|园区|片区|组团|功能区|开发区)/u;
/** A short name the text sets for the zone just before it: （以下简称“甲园”）, (以下简称 " 甲园 "), （简称甲园）, （下称：园区）. */
const ALIAS = /[（(]\s*(?:以下)?(?:简称|下称)[：:]?\s*[“"「]?\s*([^）)”"」\s]{1,12})\s*[”"」]?\s*[）)]/g;

/** The `length` characters after each place `name` is written (its offsets kept per document: offsetsOf). */
function afterEach(doc: Doc, name: string, length: number): string[] {
  return offsetsOf(doc, name).map((at) => doc.match.slice(at + name.length, at + name.length + length));
}

/** Short names a plan sets for its zones (以下简称：园区), and 园区 for the zone a zone's own plan is about. */
export const zoneAliases = new WeakMap<Doc, Map<string, string>>();

export function zoneFacts(
  doc: Doc,
  mentions: ZoneMention[],
  towns: Map<string, string>,
  targets: FoundTarget[],
  district?: string,
): ZoneFact[] {
  const facts = new Map<string, ZoneFact>();
  const names = new Set(mentions.map((m) => m.name));
  const places = { provinces: provinceNames(), cities: cityNames() };
  for (const written of mentions) {
    // A zone joined by 和 to an item that is no zone (…项目和甲经开区) is the zone alone.
    const lead = joinedLead(written.name);
    const m = lead ? { ...written, name: written.name.slice(lead), start: written.start + lead } : written;
    if (JUNK.test(m.name) && !BARE_PART.test(m.name)) continue;
    if (namesNoZone(doc, m.name, m.start, places)) continue;
    // A zone written after the full name of another (某某工业园区花山片区): a part of that zone.
    // So is a numbered part written right after it (某某工业加工区二区).
    const outer = [...names].find(
      (o) =>
        o.length >= 4 &&
        (m.name.length - o.length >= 4 || /^[一二三四五六七八九十]区$/u.test(m.name.slice(o.length))) &&
        m.name.startsWith(o),
    );
    const prefix = outer ? undefined : HIGHER.exec(m.name)?.[0];
    // An area written straight after a park whose name's start the mention lost (在甲县工业园区乙湾装备制造产业区 read
    // as 县工业园区乙湾…产业区): a mention opening with the end of another zone's name (at least 4 characters of it,
    // a zone word closing them) and naming 4 more is a part of that zone.
    const overlap = outer || prefix ? undefined : overlapping(names, m.name);
    const cut = outer ?? prefix ?? (overlap ? overlap.o.slice(-overlap.k) : undefined);
    const name = cut ? m.name.slice(cut.length) : m.name;
    // (The part left after another zone's name: 甲产业园核心园区 → 核心园区, a role.)
    if (cut && namesNoZone(doc, name, m.start + cut.length, places)) continue;
    // A phase of the park's works written after it (甲产业园一期科创园项目) is no part of it.
    if (/^[一二三四五六七八九十]期/u.test(name)) continue;
    const parent = outer ?? (prefix ? `@${prefix}` : (overlap?.o ?? null));
    const seen = facts.get(name);
    if (seen) {
      if (parent && !seen.parent) seen.parent = parent;
      continue;
    }
    facts.set(name, { ...m, name, parent, target: null });
  }
  let all = [...facts.values()];
  // The top zone: one that names the plan's district, where one does (山亭经济开发区, not a partner's 即墨经济开发区).
  const tops = all.filter((z) => TOP_KINDS.test(z.kind) && !/^(国家|重庆|万盛|市级)/.test(z.name));
  const base = district ? districtBase(district) : '';
  const first = tops.find((z) => base.length >= 2 && z.name.includes(base)) ?? tops[0];
  const same = sameZones(all, first, district, doc);
  // A name the zone was given (被省政府正式命名为甲工业园区, 被乙小组命名丙市创业园区) is the top zone under that name.
  for (const z of all)
    if (first && z !== first && renamed(doc, z.name) && !same.has(z.name)) same.set(z.name, first.name);
  // A short name the text sets for a zone (江门蓬江产业转移工业园(以下简称"蓬江产业园")) is that zone, not one of its parts.
  const declared = new Map<string, string>();
  for (const a of doc.match.matchAll(ALIAS)) {
    const owner = all.find((z) => (a.index ?? 0) - z.end >= 0 && (a.index ?? 0) - z.end < 4);
    if (owner && a[1] && a[1] !== owner.name) declared.set(a[1], owner.name);
  }
  for (const [short, owner] of declared)
    if (facts.has(short) && !same.has(short)) same.set(short, same.get(owner) ?? owner);
  all = all.filter((z) => !same.has(z.name));
  // The top zone under its full name where the text writes it short too (某某经开区 → 某某经济开发区).
  const top = (first && all.find((z) => z.name === same.get(first.name))) || first;
  for (const name of same.keys()) facts.delete(name);
  // 1. prefixes name the top zone of that kind.
  for (const z of all) if (z.parent?.startsWith('@')) z.parent = top && top.name !== z.name ? top.name : null;
  // 2. a park named after a 组团 (北渡铝产业园 → 北渡组团).
  const groups = all.filter((z) => z.kind === '组团');
  for (const z of all) {
    if (z.parent || z.kind === '组团' || TOP_KINDS.test(z.kind)) continue;
    const g = groups.find((g) => baseOf(g).length >= 2 && z.name.startsWith(baseOf(g)));
    if (g) z.parent = g.name;
  }
  // 2b. A zone joined by 和/及/与 to a part of a zone (A园区B片区和C片区): C is a part of the same zone. (In a list
  // with 、 each item says its own prefix: 高新区X组团、Y组团 leaves Y under the district.)
  for (const z of all) {
    if (z.parent || TOP_KINDS.test(z.kind)) continue;
    for (let at = doc.match.indexOf(z.name); at >= 0 && !z.parent; at = doc.match.indexOf(z.name, at + 1)) {
      const before = doc.match.slice(Math.max(0, at - 30), at);
      if (!/[和及与]$/.test(before)) continue;
      const mate = all.find(
        (o) => o !== z && o.parent && o.kind === z.kind && before.slice(0, -1).endsWith(o.name),
      );
      if (mate) z.parent = mate.parent;
    }
  }
  // 3. 其中 lists after the top zone's short name (以下简称：园区) or a zone.
  const aliases = new Map<string, string>();
  for (const [short, owner] of declared) aliases.set(short, same.get(owner) ?? owner);
  // The text opens with its top zone (by name, or less 区 in a title: 某某工业园 for 某某工业园区): 园区 is it.
  const opening = doc.match.slice(0, 200);
  if (
    top &&
    (opening.includes(top.name) || (/园区$/.test(top.name) && opening.includes(top.name.slice(0, -1))))
  )
    aliases.set('园区', top.name);
  for (const [name, owner] of same) aliases.set(name, owner);
  zoneAliases.set(doc, aliases);
  for (const z of all) {
    if (z.parent || z === top) continue;
    for (let at = doc.match.indexOf(z.name); at >= 0 && !z.parent; at = doc.match.indexOf(z.name, at + 1)) {
      // 其中 opening a bracket ((其中B2.5平方公里)) is about the zone its sentence opens with, however far back.
      const bracketed = /[（(]其中$/.test(doc.match.slice(Math.max(0, at - 3), at));
      const before = doc.match.slice(Math.max(0, at - (bracketed ? 200 : 60)), at);
      const q = Math.max(before.lastIndexOf('其中'), before.lastIndexOf('即：'), before.lastIndexOf('即:'));
      if (q < 0 || /[。；]/.test(before.slice(q))) continue;
      const lead = bracketed ? before.slice(before.lastIndexOf('。', q) + 1, q) : before.slice(0, q);
      const owner =
        all.find((o) => o !== z && lead.includes(o.name))?.name ??
        [...aliases].find(([short]) => lead.includes(short))?.[1];
      if (owner && owner !== z.name) z.parent = owner;
    }
  }
  // 3a'. a park written as lying in a development zone (B产业园位于甲经济开发区核心区块) is its part.
  // (What follows each mention of the park is read once: testing each pair of zones against the whole text took
  // seconds on a 2 MB plan.)
  const longest = Math.max(0, ...all.map((z) => z.name.length), ...[...same.keys()].map((n) => n.length));
  const spellings = (name: string) => [name, ...[...same].filter(([, to]) => to === name).map(([n]) => n)];
  for (const z of all) {
    if (z.parent || TOP_KINDS.test(z.kind)) continue;
    const after = afterEach(doc, z.name, longest + 4);
    z.parent =
      all.find((o) => o !== z && TOP_KINDS.test(o.kind) && after.some((a) => a.startsWith(`位于${o.name}`)))
        ?.name ??
      // …and one written as inside another zone, of any kind (B食品工业城在甲农业科技园内正式挂牌).
      // (Under any name the text gives it: 在重庆甲乙农业科技园内 for 甲乙农业科技园区.)
      all.find(
        (o) =>
          o !== z &&
          spellings(o.name).some((n) =>
            ['', '设', '建'].some((v) => after.some((a) => a.startsWith(`${v}在${n}内`))),
          ),
      )?.name ??
      null;
  }
  // 3b. parts in brackets after a zone, zones merged into one, a list closed by a layout code (zoneParts.ts).
  partsParents(doc, all);
  // 3b'. a zone opening a numbered item, before its colon (1、甲经济开发区(即乙新区):实行一区多园,有A园区、B园区…):
  // the parks later in that item are its parts.
  for (const z of all)
    if (!z.parent && z !== top && !TOP_KINDS.test(z.kind)) z.parent = itemOpener(doc, all, z);
  // 3c. a zone among the items of an enumeration a zone opens (来到甲开发区A公司、乙拓展区现场、B公司) is its part.
  for (const z of all) if (!z.parent && z !== top) z.parent = listOpener(doc, all, z.start);
  // 4. parks listed in a layout sentence of the top zone.
  if (top)
    for (const z of all)
      if (!z.parent && z !== top && !TOP_KINDS.test(z.kind)) z.parent = layoutParent(doc, z, all, top);
  // 5. In a zone's own plan (the top zone named in its opening), a park that opens a paragraph of its own
  // (…。B功能区：规划用地…) is one of its parks.
  if (top && doc.match.slice(0, 80).includes(top.name))
    for (const z of all)
      if (
        !z.parent &&
        z !== top &&
        !TOP_KINDS.test(z.kind) &&
        (opensParagraph(doc, z) || BARE_PART.test(z.name))
      )
        z.parent = top.name;
  // 6. In a text about one zone (named in its first 150 characters, as an introduction or a report of one park
  // opens), every other zone that is not a top zone and has no parent is a part of it (蓝塘产业新城 in 紫金工业园's).
  // Only a park's (…工业园, …产业园区, …工业区): a development zone that opens a district's plan has zones beside it, unless
  // the text is the zone's own report.
  // A development zone's own report (it opens the text, which then calls it 园区: 园区主攻…) holds its parks too.
  const subject = subjectZone(doc, all);
  // So is a text the reporter has from the zone's own office (记者从甲经济开发区管委会获悉): the zone's news.
  const report =
    subject &&
    ((aliases.get('园区') === subject.name && /(^|[。\n])园区/.test(doc.match)) ||
      fromOffice(doc, subject.name));
  if (subject && (/园区?$|工业区$/.test(subject.kind) || report))
    for (const z of all) if (!z.parent && z !== subject && !TOP_KINDS.test(z.kind)) z.parent = subject.name;
  // Towns of the district listed together.
  if (towns.size > 0) {
    const names = [...towns.keys()].sort((a, b) => b.length - a.length).join('|');
    const run = new RegExp(`(?:${names})(?:、(?:${names}))+`, 'g');
    for (const r of doc.match.matchAll(run)) {
      let at = r.index ?? 0;
      // Towns followed by a zone word (甲、乙、丙三个产业园) are the bases of an elliptical list of parks, not towns.
      if (PARKS_AFTER.test(doc.match.slice(at + r[0].length, at + r[0].length + 8))) continue;
      if (townsNotZones(doc, at, at + r[0].length)) continue;
      for (const t of r[0].split('、')) {
        if (!facts.has(t))
          facts.set(t, {
            name: doc.text.slice(at, at + t.length),
            kind: '镇街',
            parent: null,
            target: null,
            start: at,
            end: at + t.length,
            quote: sentenceAt(doc, at, at + t.length),
          });
        at += t.length + 1;
      }
    }
  }
  // A parent written under a name merged into another zone is that zone.
  for (const z of facts.values())
    if (z.parent && same.has(z.parent)) z.parent = same.get(z.parent) ?? z.parent;
  attachTargets(doc, [...facts.values()], targets, aliases, top);
  return [...facts.values()].sort((a, b) => a.start - b.start);
}

/** The zone opening the numbered list item `z` stands in (1、甲开发区(…)：…z…, up to the next item), or null. */
function itemOpener(doc: Doc, all: ZoneFact[], z: ZoneFact): string | null {
  let opener: string | null = null;
  for (const m of doc.match.slice(0, z.start).matchAll(/(?<![\d.])\d{1,2}、/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const head = all.find((o) => o !== z && doc.match.startsWith(o.name, at));
    const colon = head && /^(?:[（(][^（）()]{1,20}[）)])?[：:]/.test(doc.match.slice(at + head.name.length));
    opener = colon ? (head?.name ?? null) : null;
  }
  return opener;
}

/** Some mention of the zone starts a sentence (after 。 or a heading) and is followed by a colon. */
function opensParagraph(doc: Doc, z: ZoneFact): boolean {
  // A heading ends at its first clause's end, not at its label's 40-character cut.
  const headingEnds = new Set(doc.headings.map((h) => h.end));
  for (let at = doc.match.indexOf(z.name); at >= 0; at = doc.match.indexOf(z.name, at + 1)) {
    const colon = /^\s*[：:]/.test(doc.match.slice(at + z.name.length, at + z.name.length + 2));
    const start =
      at === 0 || /[。！？]\s*$/.test(doc.match.slice(Math.max(0, at - 2), at)) || headingEnds.has(at);
    if (colon && start) return true;
  }
  return false;
}

/** The parent a layout sentence gives a park (rule 4), or null. */
function layoutParent(doc: Doc, z: ZoneFact, all: ZoneFact[], top: ZoneFact): string | null {
  const longer = all.filter((o) => o !== z && o.name.endsWith(z.name));
  // A name written out from an elliptical list (甲、乙三个产业园 → 甲产业园) is not in the text: its item's place is.
  const first = doc.match.indexOf(z.name);
  for (
    let at = first < 0 ? z.start : first;
    at >= 0;
    at = first < 0 ? -1 : doc.match.indexOf(z.name, at + 1)
  ) {
    // 物流产业园 written inside 港航物流产业园 is the longer zone's mention.
    if (longer.some((o) => doc.match.startsWith(o.name, at + z.name.length - o.name.length))) continue;
    const before = doc.match.slice(Math.max(0, at - 160), at);
    const lead = before.slice(before.lastIndexOf('。') + 1);
    const marker = [...lead.matchAll(LAYOUT)].at(-1);
    if (!marker) continue;
    // A colon right after the layout word opens its list (园区分为：A、B…).
    // Parts in brackets after an item (生产区(A、B),生活区) are not the list's own punctuation.
    const list = lead
      .slice((marker.index ?? 0) + marker[0].length)
      .replace(/^\s*[：:]/, '')
      // A count of the parts before the colon (分为七大产业区块：A、B…) is the layout word's.
      .replace(/^[\d一二两三四五六七八九十]+[大个类块][^，,；;：:]{0,8}[：:]/, '')
      // The layout code's gloss after a comma (“一区三园”,即一个开发区三个产业园(A、B、C…)) is its list.
      .replace(/^[”"]?\s*[，,]\s*即/, '')
      .replace(/[（(][^（）()]*[）)]/g, '');
    if (/[，,；;：:]/.test(list)) continue;
    const head = lead.slice(0, marker.index);
    const owner = all.find((o) => o !== z && TOP_KINDS.test(o.kind) && head.includes(o.name));
    if (owner) return owner.name;
    if (/一区|园即/.test(marker[0]) || /开发区|经开区|高新区|一区[一二两三四五六七八九十多\d]+园/.test(head))
      return top.name;
    // In a zone's own text (the top zone named in its opening), what it 包括 or 分为 are its parts.
    if (/包括|包含|分为/.test(marker[0]) && doc.match.slice(0, 80).includes(top.name)) return top.name;
    // The bare 园区 opening the sentence (园区主要分为…) is the zone the text calls so.
    const short = zoneAliases.get(doc)?.get('园区');
    if (/^\s*园区/.test(head) && short && short !== z.name) return short;
  }
  return null;
}

/**
 * A target with no subject of its own belongs to the zone a paragraph is about: the last zone named at the start
 * of a sentence (after at most a verb: 推动北渡组团…) before it, ≤ 400 characters, with no heading between; else
 * a zone named in its own sentence.
 */
function attachTargets(
  doc: Doc,
  zones: ZoneFact[],
  targets: FoundTarget[],
  aliases: Map<string, string>,
  top: ZoneFact | undefined,
): void {
  const topics: { zone: ZoneFact; at: number }[] = [];
  for (const z of zones) {
    for (let at = doc.match.indexOf(z.name); at >= 0; at = doc.match.indexOf(z.name, at + 1)) {
      const lead = doc.match.slice(Math.max(0, at - 8), at);
      const cut = Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('；'));
      const opens =
        cut >= 0 && /^(推动|加速|促进|推进|加快|支持|打造|提升|发展|做强|壮大)?$/u.test(lead.slice(cut + 1));
      // A zone that is the subject of a description (B产业园位于…, B产业园是…) opens a paragraph about it.
      const subject = /^(位于|地处|坐落|是|始建|成立于|规划面积)/.test(doc.match.slice(at + z.name.length));
      if (opens || subject) topics.push({ zone: z, at });
    }
  }
  topics.sort((a, b) => a.at - b.at);
  for (const t of targets) {
    if (t.year === null || (t.subject && /产业|工业/.test(t.subject) && !PARK_SUBJECT.test(t.subject)))
      continue;
    const floor = headingStartBefore(doc, t.start);
    const topic = topics.filter((p) => p.at < t.start && p.at >= floor && t.start - p.at < 400).at(-1);
    // 园区 as the target's subject (力争…园区工业总产值突破500亿元) is the zone the text calls 园区, else its top zone.
    const park = PARK_SUBJECT.test(t.subject)
      ? (zones.find((z) => z.name === aliases.get('园区')) ?? top)
      : undefined;
    const zone = park ?? topic?.zone ?? zones.find((z) => t.quote.includes(z.name));
    if (!zone || zone.target) continue;
    zone.target = {
      year: t.year,
      output: t.output,
      valueAdded: t.valueAdded,
      quote: t.quote,
      start: t.start,
    };
  }
}
