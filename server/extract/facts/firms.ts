/**
 * Enterprises as facts. A firm named where the plan recruits (招商, 招大, 引进, 瞄准, 招引 in its sentence, and not
 * 依托/本地/区内) is an investment target (招引对象) for a link: a link of an extracted chain named in the same
 * sentence, else the first link of the nearest chain before it in the same section. Every other firm is local,
 * in the zone it moves into (入驻) or its clause locates it in (位于/落户/搬迁至…), else the zone named in its sentence
 * or just before it (≤ 150 characters, no heading, list item or paragraph end between — the zone the text is about
 * excepted) or in its heading, else the zone the text is about (named in its opening),
 * making the chain links written right after its name (辣滋缘火锅底料 → 火锅底料).
 */

import type {
  ChainCandidate,
  EnterpriseMention,
  FirmFact,
  TargetFact,
  ZoneFact,
} from '../../../vocab/imports.ts';
import {
  afterLastOf,
  type Doc,
  headingStartBefore,
  lastUpTo,
  offsetsOf,
  sectionAt,
  sentenceAt,
} from '../text.ts';
import {
  addressedIn,
  afterKind,
  countyPartner,
  enteredSubject,
  insideKind,
  leadsIn,
  movedInto,
  parkPlatform,
  residentOf,
  supplierOf,
  titleZone,
} from './firmClues.ts';
import { clauseStart, lastAt, paragraphAt, referredTo, sentenceStart, walkedInto } from './firmNear.ts';
import { shortNames } from './firmShort.ts';
import { subjectZone } from './subjectZone.ts';
import { listOpener } from './zoneParts.ts';
import { BARE_PART, zoneAliases } from './zones.ts';

const RECRUIT = /招商|招大|招引|引进|瞄准|引育|对接/;
const LOCAL = /依托|本地|区内|现有|已有/;
/** Banks, insurers and other services a gazette lists are not firms of an industrial chain. */
const SERVICE = /保险|证券|担保|银行|支公司|旅投|劳务|财险|寿险/;
/** A delegation or an association (珠三角考察团, 某某商会) visits or courts firms; it is none. */
const DELEGATION = /(考察团|代表团|访问团|参观团|商会|协会|联合会|促进会)$/;

/** Words before a zone named as a goal (the words after 打造/建成 say what it is to become). */
const GOAL_BEFORE = /(?:打造成?为?|建成为?|建设成为?|成为|定位为)[“"「]?$/;

const BULLET = /(?:^|[。：:；！？\s])[-•·]\s*(?=[\p{Script=Han}A-Za-z])/gu;
const bullets = new WeakMap<Doc, number[]>();

/** Where the item of a bulleted list (- A：…) that holds `at` starts, or 0. */
function bulletAt(doc: Doc, at: number): number {
  let list = bullets.get(doc);
  if (!list) {
    list = [...doc.match.matchAll(BULLET)].map((b) => (b.index ?? 0) + b[0].length);
    bullets.set(doc, list);
  }
  return Math.max(0, lastUpTo(list, at));
}

/** Whether a name at `at` opens its sentence (at most a few words before it, no comma). */
function opensSentence(doc: Doc, at: number): boolean {
  const from = sentenceStart(doc, at);
  return at - from <= 4 && !/[，,、：:]/.test(doc.match.slice(from, at));
}

/**
 * The zone a span belongs to: named in its sentence before it or just before, else in its heading. Neither a
 * heading nor the start of a list item (- A：…) is crossed: another item's zone is not this one's.
 */
export function zoneNear(doc: Doc, zones: ZoneFact[], start: number, quote: string): string | null {
  const floor = Math.max(headingStartBefore(doc, start), bulletAt(doc, start));
  // A zone of an earlier paragraph places no firm, unless it is the zone the whole text is about…
  const paragraph = paragraphAt(doc, start);
  const subject = subjectZone(doc, zones)?.name;
  // …and not across a title line that names another zone over the paragraphs below it.
  const title = titleZone(doc, zones, start);
  // Names as written (a zone's own, or a short name the plan sets) and the zone each names.
  const names = [
    ...zones.map((z) => ({ written: z.name, zone: z.name })),
    ...[...(zoneAliases.get(doc) ?? [])].map(([written, zone]) => ({ written, zone })),
  ];
  const hits = names
    .map((n) => ({ ...n, at: lastAt(doc, n.written, start) }))
    // Under a title line naming a zone, the bare 园区 is that zone.
    .map((h) => (h.written === '园区' && title && h.at >= title.end ? { ...h, zone: title.zone } : h))
    // Near: 150 characters before the firm, or before the clause naming it (a long list of firms is one clause).
    .filter((h) => h.at >= 0 && h.at >= floor && Math.min(start, clauseStart(doc, start)) - h.at < 150)
    .filter((h) => h.at >= paragraph || (h.zone === subject && h.at >= (title?.end ?? 0)))
    // 园区经济 (the economy of parks, a term) names no zone: 看中某市“园区经济”的配套服务 places no firm.
    .filter((h) => h.written !== '园区' || !doc.match.startsWith('经济', h.at + 2))
    // 全县工业园区 (the county's parks, all of them) is no mention of the park named by the level word alone.
    .filter((h) => !/^[县区市旗]/.test(h.written) || doc.match[h.at - 1] !== '全')
    // A zone named as a goal (打造成甲产业基地, 建成“乙园区”) is not yet where a firm is.
    .filter((h) => !GOAL_BEFORE.test(doc.match.slice(Math.max(0, h.at - 8), h.at)))
    // A park named as one project of a list (…的甲乙科技创业园项目,投资3亿元的丙公司…) places none of the others.
    .filter(
      (h) => !doc.match.startsWith('项目', h.at + h.written.length) || h.at + h.written.length >= start,
    );
  // A name written inside a longer one (经济产业园 in 某某经济产业园区, 园区 in 某某工业园区) is the longer one's mention.
  const covered = (h: (typeof hits)[number]) =>
    names.some(
      (o) =>
        o.written.length > h.written.length &&
        o.written.includes(h.written) &&
        doc.match.startsWith(o.written, h.at - o.written.indexOf(h.written)),
    );
  // The last 。 or line break at or before the firm (kept offsets: the text holds no line breaks, and lastIndexOf
  // scanned back to its start for each firm).
  const inSentence = afterLastOf(doc, '。\n', start + 1) - 1;
  const all = hits.filter((h) => !covered(h));
  // A zone the firm's own sentence names (园区 too) comes before one of an earlier sentence (a layout's last part).
  const inOwn = all.some((h) => h.at > inSentence);
  // Else a zone that an earlier sentence is about (opens it: 乙园位于城北，东临丙园。) before one it merely mentions.
  const named0 = all.filter((h) => h.written !== '园区');
  const last = named0.reduce((a, h) => Math.max(a, h.at), -1);
  const opens = (h: (typeof all)[number]) =>
    sentenceStart(doc, h.at) === sentenceStart(doc, last) && opensSentence(doc, h.at);
  // A sentence opening with the bare 园区 (园区主要分为：A、B…) is about the zone it stands for, not its items.
  const bare = all.filter((h) => h.written === '园区' && opens(h));
  const subjects = inOwn ? [] : bare.length ? bare : named0.filter(opens);
  const own = inOwn ? all.filter((h) => h.at > inSentence) : subjects.length ? subjects : all;
  // The bare 园区 stands for the plan's zone only where no zone is named nearer by its name.
  const named = own.filter((h) => h.written !== '园区');
  const best = (named.length ? named : own).sort((x, y) => y.at - x.at)[0];
  if (best) return best.zone;
  // Of the zones the firm's sentence names, a part written with its park (在甲工业园区乙产业区举行) is the narrower.
  const quoted = zones.filter((z) => quote.includes(z.name));
  const inQuote =
    quoted.find((z) => z.parent !== null && quote.includes(`${z.parent}${z.name}`)) ?? quoted[0];
  if (inQuote) return inQuote.name;
  const heading = sectionAt(doc, start).at(-1) ?? '';
  return zones.find((z) => heading.includes(z.name))?.name ?? title?.zone ?? null;
}

/**
 * 已有6家企业在甲园区开工…其中乙、丙入驻“丁园”: a park a subset of firms (其中 before them in the clause) moves into,
 * when those firms were placed in another zone before, is a part of that zone (unless the other is its part).
 */
function partOf(doc: Doc, zones: ZoneFact[], into: string, before: string | undefined, at: number): void {
  const z = zones.find((x) => x.name === into);
  const p = zones.find((x) => x.name === before);
  if (!z || !p || z === p || z.parent || p.parent === z.name || TOP.test(z.kind)) return;
  if (/其中[^，,。；;]*$/.test(doc.match.slice(sentenceStart(doc, at), at))) z.parent = p.name;
}
const TOP = /开发区|经开区|高新区/;

/**
 * Where `name` is written, each mention after the end of the one before (as a global search for it reads them): from
 * its offsets kept per text (offsetsOf), not a search of the whole text per firm.
 */
function mentionsOf(doc: Doc, name: string): number[] {
  const out: number[] = [];
  for (const at of offsetsOf(doc, name))
    if (!out.length || at >= (out.at(-1) ?? 0) + name.length) out.push(at);
  return out;
}

/** The first mention of a firm that has a zone near it (a firm is often named first where no zone is). */
function placeOf(
  doc: Doc,
  zones: ZoneFact[],
  m: EnterpriseMention,
  district?: string,
  shorts: Map<string, string[]> = new Map(),
): { start: number; end: number; quote: string; zone: string | null; county?: boolean } {
  let n = 0;
  type Place = { start: number; end: number; quote: string; zone: string };
  let first: Place | null = null;
  let local: Place | null = null;
  // Where the firm is written: its name, and the short names a later list gives it (firmShort.ts).
  const spots = [m.name, ...(shorts.get(m.name) ?? [])]
    .flatMap((name) => mentionsOf(doc, name).map((at) => ({ at, name })))
    .sort((a, b) => a.at - b.at);
  for (const { at, name } of spots) {
    if (n++ >= 20) break;
    const quote = sentenceAt(doc, at, at + name.length);
    if (countyPartner(doc, zones, at, district) || supplierOf(doc, at, name.length))
      return { start: at, end: at + name.length, quote, zone: null, county: true };
    // …等企业已入驻B产业园 (or …等企业的入驻，B产业园将…): the zone the firm moves into, named after it, is the
    // strongest; then a sentence that places the firm in the zone (…园区内万盛煤化、东方希望…); then one that names
    // it as local (依托 …); one that merely names it near a zone last.
    const into =
      movedInto(quote.slice(quote.indexOf(name)), zones, name.length) ??
      enteredSubject(doc, zones, at) ??
      insideKind(quote.slice(quote.indexOf(name)), zones) ??
      residentOf(doc, at) ??
      referredTo(doc, zones, at) ??
      walkedInto(doc, zones, at) ??
      leadsIn(doc.match.slice(at, at + 160), zones) ??
      addressedIn(doc, at, zones) ??
      afterKind(doc, zones, at);
    if (into) {
      partOf(doc, zones, into, first?.zone, at);
      return { start: at, end: at + name.length, quote, zone: into };
    }
    const zone = listOpener(doc, zones, at) ?? zoneNear(doc, zones, at, quote);
    if (!zone) continue;
    const place = { start: at, end: at + name.length, quote, zone };
    const inside = quote.indexOf(`${zone}内`);
    if (inside >= 0 && inside < quote.indexOf(name)) return place;
    if (LOCAL.test(quote)) local ??= place;
    first ??= place;
  }
  return (
    local ?? first ?? { start: m.start, end: m.end, quote: m.quote, zone: itemZone(doc, zones, m.start) }
  );
}

/** The clause of a sentence that names the firm, between semicolons: 招引 after a ； is about other projects. */
function clauseOf(sentence: string, name: string): string {
  const at = Math.max(0, sentence.indexOf(name));
  const from = Math.max(sentence.lastIndexOf('；', at), sentence.lastIndexOf(';', at)) + 1;
  const stops = [sentence.indexOf('；', at), sentence.indexOf(';', at)].filter((i) => i >= 0);
  return sentence.slice(from, stops.length ? Math.min(...stops) : sentence.length);
}

const NEIGHBOUR = /(?:紧邻|毗邻|相邻|隔壁|旁边)(?:该|这家|此)(?:公司|企业|工厂|厂)的?(?:是|为)$/u;

/** The clause that names the firm, between commas or semicolons. */
function commaClause(sentence: string, name: string): string {
  const at = Math.max(0, sentence.indexOf(name));
  const from = Math.max(...[...'，,；;'].map((c) => sentence.lastIndexOf(c, at))) + 1;
  const stops = [...'，,；;'].map((c) => sentence.indexOf(c, at + name.length)).filter((i) => i >= 0);
  return sentence.slice(from, stops.length ? Math.min(...stops) : sentence.length);
}

/** Firms in an enumeration item (一是…；二是…) with no zone nearer are in the zone the item opens with. */
function itemZone(doc: Doc, zones: ZoneFact[], at: number): string | null {
  const opener = [...doc.match.slice(Math.max(0, at - 600), at).matchAll(/[一二三四五六七八九十]是/g)].at(-1);
  if (!opener) return null;
  const from = Math.max(0, at - 600) + (opener.index ?? 0);
  return zones.find((z) => z.start > from && z.start - from < 40 && z.start < at)?.name ?? null;
}

/** 新引进的甲公司, 已招引的乙集团: a firm the recruiting word describes as brought in already, not a target. */
function broughtIn(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  if (new RegExp(`(?:${RECRUIT.source})的$`).test(sentence.slice(Math.max(0, at - 4), at))) return true;
  // A firm the zone or county signed with (并与甲公司、乙公司等14家企业签订了招商引资协议): brought in, not a target.
  const clause =
    sentence
      .slice(0, at)
      .split(/[，,；;。]/)
      .at(-1) ?? '';
  return /与[^，,；;。]*$/.test(clause) && /^[^，,；;。]*?(签订|签约|签署)/.test(sentence.slice(at));
}

/**
 * An intention to bring firms in, right before a name or a list of names in its clause (积极引进甲、乙等…企业, 积极
 * 落实丙集团…项目, 着力引进丁集团): the firm is one the county courts (a target), whatever the sentence says of the firms
 * it has (巩固现有…) or of a zone near it.
 */
const INTENT =
  /(?:积极|力争|计划|拟|争取|着力|努力)(?:引进|引入|落实|招引|对接|洽谈)(?:[^，。；：,;:]*、)?$/u;
function intended(doc: Doc, at: number): boolean {
  const clause =
    doc.match
      .slice(Math.max(0, at - 60), at)
      .split(/[，。；：,;:！？]/u)
      .at(-1) ?? '';
  return INTENT.test(clause);
}

/** 接待了甲集团、乙实业等客商考察: a visiting firm is an outside firm the county courts, not one of its own. */
function visitor(sentence: string, name: string): boolean {
  const clause = clauseOf(sentence, name);
  const at = clause.indexOf(name);
  return (
    at >= 0 && /(接待|拜访|走访)了?[^，,。；;]*$/.test(clause.slice(0, at)) && /考察|洽谈|拜访/.test(clause)
  );
}

/** 该公司是入驻甲园区乙小镇最早的企业之一: a sentence opened by 该公司 that says where the firm named before it is. */
const THIS_FIRM = /^\s*(?:该|这家)(?:公司|企业)[^，。；,;！？]{0,12}?(?:入驻|位于|落户|坐落于|扎根)/u;
function thisFirmZone(
  doc: Doc,
  zones: ZoneFact[],
  m: EnterpriseMention,
  all: EnterpriseMention[],
): string | null {
  const stop = doc.match.indexOf('。', m.end);
  // The firm is the last one its sentence names.
  if (stop < 0 || all.some((o) => o.start > m.end && o.start < stop)) return null;
  const next = doc.match.slice(stop + 1, stop + 120).split(/[。！？!?]/u)[0] ?? '';
  if (!THIS_FIRM.test(next)) return null;
  // The zone its clause names last (甲园区乙小镇: the part).
  const clause = next.split(/[，,；;]/u)[0] ?? '';
  const ends = zones.map((z) => ({ z, end: clause.lastIndexOf(z.name) + z.name.length }));
  const last = ends.filter((e) => e.end > e.z.name.length - 1).sort((a, b) => b.end - a.end)[0];
  return last?.z.name ?? null;
}

function linksOf(chains: ChainCandidate[]): string[] {
  return [...new Set(chains.flatMap((c) => c.stages.flat()))].sort((a, b) => b.length - a.length);
}

export function firmFacts(
  doc: Doc,
  mentions: EnterpriseMention[],
  zones: ZoneFact[],
  chains: ChainCandidate[],
  district?: string,
): { firms: FirmFact[]; targets: TargetFact[] } {
  const links = linksOf(chains);
  const firms: FirmFact[] = [];
  const targets: TargetFact[] = [];
  const subject = subjectZone(doc, zones)?.name ?? null;
  const shorts = shortNames(doc, mentions);
  const aliases = zoneAliases.get(doc);
  for (const m of mentions) {
    // A zone named as a project's owner (投资5亿元的甲乙科技创业园项目) is the zone, not a firm; so is a zone under
    // another name (a headline's 甲乙开发区 for the text's 甲乙经济开发区).
    if (
      SERVICE.test(m.name) ||
      DELEGATION.test(m.name) ||
      zones.some((z) => z.name === m.name) ||
      aliases?.has(m.name) ||
      parkPlatform(doc, m.end)
    )
      continue;
    const sentence = m.quote;
    // A part written with the bare word (核心区) places no firm: every zone may have one.
    const place = placeOf(
      doc,
      zones.filter((z) => !BARE_PART.test(z.name)),
      m,
      district,
      shorts,
    );
    if (
      intended(doc, m.start) ||
      ((visitor(sentence, m.name) || (!place.zone && !place.county)) &&
        (visitor(sentence, m.name) || RECRUIT.test(clauseOf(sentence, m.name))) &&
        !broughtIn(sentence, m.name) &&
        !LOCAL.test(sentence.slice(0, sentence.indexOf(m.name) + 1)) &&
        // A firm whose own clause says what it has (巩固甲公司现有…能力, then 积极引进乙…) is local.
        !LOCAL.test(commaClause(sentence, m.name)))
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
    const { county, ...at } = place;
    // A firm introduced as the neighbour of the one just named (紧邻该公司的是乙公司): in that firm's zone.
    const neighbour = NEIGHBOUR.test(doc.match.slice(Math.max(0, m.start - 12), m.start))
      ? firms.at(-1)
      : undefined;
    if (neighbour?.zone && !county) {
      firms.push({ name: m.name, ...at, zone: neighbour.zone, products });
      continue;
    }
    const told = place.zone || county ? null : thisFirmZone(doc, zones, m, mentions);
    firms.push({ name: m.name, ...at, zone: county ? null : (place.zone ?? told ?? subject), products });
  }
  return { firms, targets };
}
