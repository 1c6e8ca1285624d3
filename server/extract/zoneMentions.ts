/** Zone and park mentions (组团, 园区, 开发区 …): each keeps its span and sentence; the name is read on the simplified
 * view and returned in the original text. */

import type { ZoneMention } from '../../vocab/imports.ts';
import { divisionVerb, levelParks } from './levelParks.ts';
import { opensWithVerb, tag } from './lexicon.ts';
import { CUT, dedupe, NAME_CHARS, nameBefore } from './names.ts';
import { isCounty, isPlace } from './places.ts';
import { type Doc, lastUpTo, sentenceAt } from './text.ts';
import { completeCutNames } from './zoneCuts.ts';
import {
  bareTop,
  countedParks,
  describedParks,
  expandLists,
  findAreas,
  placeParks,
  siblingAreas,
} from './zoneLists.ts';
import {
  bareKind,
  baseAsPlace,
  leadingVerbs,
  localNewArea,
  NAME_VERBS,
  numberedParts,
  overBracket,
  overMiddleDot,
  placeInside,
  quotedParks,
  verbAfterPlace,
  zoneName,
} from './zoneWords.ts';

const ZONE =
  /组团|功能区|片区|(?:重点)?开发开放试验区|先行发展区|产业园区|产业园|工业园区|工业园|产业基地|(?<!老)工业区(?![块域])|小微园区?|(?<!园)园区|(?<!(?:^|[^\u4e00-\u9fff])工业)产业区|服务区|加工区|聚集区|集聚区|集聚园区|聚集园区|工业集中区|度假区|物流园区?|创业园区?|科技园区?|科创园区?|孵化(?:园区?|区)|智慧园区?|(?<=[\u4e00-\u9fff]{2})小镇|(?<=[\u4e00-\u9fff]{2})[东西南北]园(?!区)|(?<=[\u4e00-\u9fff]{2})分园(?!区)|工业小区|经济技术开发区|开发区|经开区|高新区|农高区|核心区(?!域)|拓展区|辅助区|新城(?!组团|片区)|(?<=工业|科技|产业)城(?![市镇乡区])|(?<!创)新区|(?<![香港])港区|(?<=安全|信息|数字|科技|光电|医药|健康|能源|软件|智造)谷/g;

const LEVEL = /^(?:[和及与、]?(?:国家|省|自治区|市|州|县)级)+/;
/** What a level may stand before without naming a zone: a generic kind (省级经济开发区, 市级绿色园区). */
const SHORT_ZONE = /^(经济|高新|工业|产业|绿色|特色|生态|重点|现代|开发区|经开区|高新区|园区|工业园|产业园)/;
const AREA_AFTER = /^(全[省市国县区]|(?:国家|省|自治区|市|州|县)级)/;
const FORMER = /(前身[为是]|原名|原称|曾用名)$/;

const PROJECT_ITEM =
  /^(?:、[^，。；、,;]{1,20})*等(?:[\d一二两三四五六七八九十百几多数]+[个项][^，。；,;]{0,12})?项目/;
const GENERIC_ZONE =
  /^(该|本|专业|示范|智慧|区域性|核心配套|园区|一区)|^.?(园区|组团|片区)$|^(产业|工业|旅游|物流|特色|小微)(园区?|聚集区|集聚区|集聚园区|聚集园区|度假区|小镇)$|^特色(?:产业|工业)园区?$|^(各|老|重点|传统|主要|现有)工业区$|(传统|一般|普通)(开发区|园区|工业园区?|产业园区?)$|^[\d一二两三四五六七八九十几多数]+[家个座所处大]|[\d一二两三四五六七八九十]+块片区$|^(工业|科技|产业)城$|^(?:[\d.]+|[一二三四五六七八九十百千万]+)亿(?:元)?级?(?:产业|工业)?园区?$|^(?:[镇村县市省]级)?(?:集约化|现代化|规模化|标准化|专业化|智能化|数字化|生态化)?(?:综合|项目)?(?:工业|产业)?(?:示范)?园区?$/;

const CUT_NO_AND = new RegExp(CUT.source.replace('|与|和|及|', '|'), 'u');

/**
 * Where a zone's name starts: as for any name (nameBefore), except that 及/和/与 cut only after a zone (A园区及B园区)
 * or at the start of the run — inside a name they join its words (新能源三轮摩托车及核心配套产业园).
 */
/** Words that end a preamble but also sit inside zone names (川渝产业合作示范园区, 安民工业发展辅助区). */
const CUT_IN_ZONE = new RegExp(CUT.source.replace(/\|(合作|发展|联合|共建)(?=\|)/g, ''), 'u');

function zoneStart(doc: Doc, at: number): number {
  const start = zoneStartAt(doc, at);
  // A cut that leaves only a generic word (示范园区, 辅助区): the cut word was part of the name.
  if (at - start >= 2 && !GENERIC_ZONE.test(doc.match.slice(start, at + 2))) return start;
  // Only a cut at a word that also sits inside names (合作, 发展 …) is undone: 基地和产业园区 stays cut.
  if (!/(合作|发展|联合|共建)$/.test(doc.match.slice(Math.max(0, start - 2), start))) return start;
  let s = at;
  while (s > 0 && at - s < 30) {
    const back = overBracket(doc, s);
    if (back < s) s = back;
    else if (NAME_CHARS.test(doc.match[s - 1] ?? '')) s--;
    else break;
  }
  const cut = CUT_IN_ZONE.exec(doc.match.slice(s, at));
  const widened = cut ? s + cut[0].length : s;
  return at - widened >= 2 ? widened : start;
}

function zoneStartAt(doc: Doc, at: number): number {
  const plain = nameBefore(doc, at, 16);
  // A bracketed place inside the name (西部（綦江）信息安全谷): read on before it.
  const bracket = overBracket(doc, plain);
  const start =
    bracket < plain && plain - nameBefore(doc, bracket, 8) > 0 ? nameBefore(doc, bracket, 8) : plain;
  const joiner = doc.match[start - 1] ?? '';
  // 和 after a zone or a road (…片区2号路和B产业园) joins two items, not the words of one name.
  if (!/[及和与]/.test(joiner) || /[园区团城地路]/.test(doc.match[start - 2] ?? '')) return start;
  let s = at;
  while (s > 0 && at - s < 24 && NAME_CHARS.test(doc.match[s - 1] ?? '')) s--;
  if (s === start - 1) return start;
  const cut = CUT_NO_AND.exec(doc.match.slice(s, at));
  const widened = cut ? s + cut[0].length : s;
  // The joiner right after a cut word (深化与某县经济开发区协作) is a preposition: the name starts after it.
  if (widened === start - 1) return start;
  return at - widened <= 20 ? widened : start;
}

const HEAD_WORD = /^.*(简介|概况|管理|[一二两三四五六七八九十多\d]+[园区]即)/u;
const NUMBERING =
  /^(第[一二三四五六七八九十百零〇]+[章篇]|[一二三四五六七八九十]+、|专栏\s*\d+|（[一二三四五六七八九十]+）|\d{1,2}[.．])\s*/u;

/**
 * A zone's name never runs across a heading (line breaks are gone from the text): a heading that ends before the
 * zone word ends the run before the name (一、基本情况 + 四川某某经济开发区), and one that starts inside the run
 * starts the name after its numbering (…辅助区 + （一）园区概况).
 */
function afterHeadings(doc: Doc, start: number, at: number): number {
  let last = -1;
  for (let [lo, hi] = [0, doc.headings.length - 1]; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if ((doc.headings[mid]?.at ?? 0) <= at) [last, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  let s = start;
  // Headings sit on separate lines: only the last one or two before the zone word can reach into its name.
  for (let i = last; i >= 0 && i > last - 2; i--) {
    const h = doc.headings[i];
    if (!h) break;
    const end = h.end; // its first clause's end, not its label's 40-character cut
    if (end <= start) break;
    if (end <= at) s = Math.max(s, end);
    else if (h.at >= s) s = h.at + (NUMBERING.exec(doc.match.slice(h.at, at))?.[0].length ?? 0);
  }
  return s;
}

/** An honour a zone was granted, written in quotes after the verb (成功申报为“某省循环经济示范园区”): not a zone. */
const HONOUR = /(申报|评为|评定为|认定为|命名为|授予|荣获|获批|获评|列为|入选)[^，。；,;：:]*“$/u;
/** An honour verb the name run holds before the zone word: the words after it are the title won, not a name. */
const HONOUR_INSIDE = /获评|评为|评定为|认定为|命名为|授予|荣获|入选为?/u;
/** A title won, written with its level and no quotes (获批省级返乡创业示范园区): no zone. */
const HONOUR_LEVEL = /(获批|获评|评为|认定为|授予|荣获|入选)(?:为)?(?:国家|省|自治区|市|州|县)级$/u;

/** An honour verb right before the name with neither quotes nor level (连续两年被评为某市先进工业园): a title won. */
const HONOUR_RIGHT_BEFORE = /(?:评为|评定为|认定为|命名为|授予|获评|列为|入选为?)$/u;

/** A goal: 建成/建设成/打造成/成为 … 的 right before the name, or a quoted list of goals after it (建成“A、B”). */
const GOAL =
  /(建成|建设成为?|打造成为?|成为|定位[为是][：:]?)(?:[^，。；,;：:“”]{0,12}的|“[^“”。；]{0,80})$/u;
/** Titles a zone won, listed before 等(荣誉)称号 (荣获A园区100强、B省重点园区等荣誉称号): not zones. */
const TITLES_BEFORE = /(荣获|获评|评为|授予|入选|获)[^。；;]{0,160}$/u;
const TITLES_AFTER = /^[^。；;]{0,160}?等(?:荣誉)?称号/u;

/** The words before a bare 园区 end with a verb (by part of speech): 提升园区 is not a zone. */
function afterVerb(words: string): boolean {
  const all = tag(words.replace(/[了着过]$/, ''));
  const last = all.at(-1);
  // A conjunction or an adverb alone before it (同时园区…, 此外园区…) opens the clause: 园区 is its subject.
  if (last && all.length === 1 && ['c', 'd'].includes(last.tag) && last.word.length >= 2) return true;
  return !!last && last.tag === 'v' && !NAME_VERBS.test(words);
}

export function findZones(doc: Doc): ZoneMention[] {
  const out: ZoneMention[] = [];
  // The zones read so far by where they end (what a zone word right after one asks), in the order read.
  const endingAt = new Map<number, ZoneMention[]>();
  const read = (z: ZoneMention) => {
    out.push(z);
    endingAt.set(z.end, [...(endingAt.get(z.end) ?? []), z]);
  };
  for (const z of doc.match.matchAll(ZONE)) {
    const end = (z.index ?? 0) + z[0].length;
    // A district whose name ends in 园区 (a county-level area of the gazetteer, 甲园区) is no zone: its zone follows.
    if (z[0] === '园区' && [3, 4].some((n) => end >= n && isCounty(doc.match.slice(end - n, end)))) continue;
    let start = overMiddleDot(doc, zoneStart(doc, z.index ?? 0));
    // A zone word right after a zone read whole (甲县重点开发开放试验区先行发展区): the name runs on from that zone's
    // start, though a word inside it (重点) ends preambles elsewhere.
    const adjacent = endingAt.get(z.index ?? 0)?.find((o) => o.start < start);
    if (adjacent) start = adjacent.start;
    // A preposition before a place opening the name (据某省甲乙试验区管委会): the sentence's, no part of the name.
    const [prep, place] = tag(doc.match.slice(start, z.index));
    if (prep?.tag === 'p' && place && isPlace(place.word)) start += prep.word.length;
    // A heading word or a verb of a layout sentence never starts a zone's name (…简介嘉祥经济开发区, 同时管理化工产业园,
    // 一区即X开发区).
    start += HEAD_WORD.exec(doc.match.slice(start, z.index))?.[0].length ?? 0;
    start += divisionVerb(doc, start, z.index ?? 0);
    start = afterHeadings(doc, start, z.index ?? 0);
    start = Math.max(start, lastUpTo(doc.titleEnds ?? [], z.index ?? 0));
    // A delegation (甲乙商会组团, 企业家组团) is no zone: 组团 after a body of people.
    if (z[0] === '组团' && /(商会|协会|企业家|客商|考察|代表|招商)$/.test(doc.match.slice(start, z.index)))
      continue;
    // A zone word followed by 模式 (主题产业园模式) names a way of building zones, not a zone.
    if (doc.match.startsWith('模式', end)) continue;
    // A zone word followed by a count (高新技术产业开发区48家) names a class of zones being counted, not a zone.
    if (/^[\d一二两三四五六七八九十]+[家个所座]/.test(doc.match.slice(end, end + 4))) continue;
    // A count right before the name (规划了甲、乙3个循环经济产业园, 建设两大物流园) counts a class of parks: no name.
    if (
      /(?:^|[^\d.])[\d一二两三四五六七八九十几多数]+[个家座大所处]$/.test(
        doc.match.slice(Math.max(0, start - 4), start),
      )
    )
      continue;
    // A demonstrative before the zone word (目前该功能区, 此园区, 在同一园区的) refers to a zone named elsewhere.
    if (/(?:[该此这]|整个|这个|同一)$/.test(doc.match.slice(start, z.index))) continue;
    if (HONOUR.test(doc.match.slice(Math.max(0, start - 40), start))) continue;
    if (HONOUR_RIGHT_BEFORE.test(doc.match.slice(Math.max(0, start - 4), start))) continue;
    // An honour verb inside the run (园区获评省级高新技术产业开发区, 先后被授予中国特色食品产业集聚区): a title won.
    if (HONOUR_INSIDE.test(doc.match.slice(start, z.index))) continue;
    if (
      HONOUR_LEVEL.test(
        doc.match.slice(
          Math.max(0, start - 8),
          start + (LEVEL.exec(doc.match.slice(start, z.index))?.[0].length ?? 0),
        ),
      )
    )
      continue;
    // What a place means to become (基本建成西部领先的新材料产业示范园区) describes it: no zone.
    if (GOAL.test(doc.match.slice(Math.max(0, start - 100), start))) continue;
    // What a zone is (甲开发区是省山海协作示范园区): the complement of 是 right after a zone is a class, not a zone.
    if (/^是$/.test(doc.match.slice(start - 1, start)) && endingAt.has(start - 1)) continue;
    // A park still being planned (将谋划建设甲产业园) is no zone yet.
    if (/谋划(?:建设|布局)?$/.test(doc.match.slice(Math.max(0, start - 6), start))) continue;
    // A zone described as what it unites, is made of or is led by (集A、B为一体的…开发区, 以A、B等产业为主的中小企业聚集区,
    // 以甲为主导的…特色产业园区) is the zone the text names elsewhere; so is a park built as what a project unites
    // (建设集A、B于一体的X产业园).
    if (/(?:[为于於](?:一体|一體)|为主导?)的$/.test(doc.match.slice(Math.max(0, start - 5), start))) continue;
    // An item of a list of projects (甲乙贴片、丙丁产业园等59个项目落地开工, 推进甲产业园、乙产业园等项目) is a project, not a
    // zone.
    if (PROJECT_ITEM.test(doc.match.slice(end, end + 60))) continue;
    if (
      TITLES_BEFORE.test(doc.match.slice(Math.max(0, start - 160), z.index)) &&
      TITLES_AFTER.test(doc.match.slice(end, end + 160))
    )
      continue;
    // A former name (前身为X, 原名X) is not a zone of the plan.
    if (FORMER.test(doc.match.slice(Math.max(0, start - 4), start))) continue;
    // 将原甲乙产业园区…整合: 原 (former) after a verb's object marker is no part of the name merged in.
    if (doc.match[start] === '原' && /[将把由对从]$/.test(doc.match[start - 1] ?? '')) {
      if (!isPlace(doc.match.slice(start, start + 2))) start += 1;
    }
    // A level before a name (市级临港工业园) is not part of it; a level alone (省级经济开发区) names no zone.
    const level = LEVEL.exec(doc.match.slice(start, z.index))?.[0].length ?? 0;
    if (level && (SHORT_ZONE.test(doc.match.slice(start + level, end)) || (z.index ?? 0) - start - level < 2))
      continue;
    start += level;
    if ((z.index ?? 0) - start < 2 || GENERIC_ZONE.test(doc.match.slice(start, end))) continue;
    // A level, then a model or pilot park of common words only (变身为国家级循环化改造示范试点园区): a title, no zone.
    if (
      level &&
      /示范|试点/.test(doc.match.slice(start, z.index)) &&
      !tag(doc.match.slice(start, z.index)).some((t) => /^n[rstz]/.test(t.tag) || isPlace(t.word))
    )
      continue;
    // The bare word after a conjunction (…力度和园区容量) is the common word: no zone's name ends 和园区.
    if (z[0] === '园区' && /[和与及]$/.test(doc.match.slice(start, z.index))) continue;
    if (z[0] === '园区' && !level && bareKind(doc, start, z.index ?? 0)) continue;
    const name = zoneName(doc.text.slice(start, end));
    // A verb before a level or a whole area (争当全省工业园区, 创成市级园区) makes a predicate, not a zone.
    const verb = tag(doc.match.slice(start, end))[0];
    if (
      verb?.tag === 'v' &&
      verb.word.length >= 2 &&
      AREA_AFTER.test(doc.match.slice(start + verb.word.length))
    )
      continue;
    // A generic zone word after verbs the cut does not know (修建通往工业聚集区) is the common word.
    const words = tag(doc.match.slice(start, end));
    const leadBy = (verbal: (w: { word: string; tag: string }) => boolean) =>
      words.findIndex((w) => !verbal(w) || w.word.length < 2 || isPlace(w.word));
    const restOf = (lead: number) =>
      words
        .slice(lead)
        .map((w) => w.word)
        .join('');
    const lead = leadBy((w) => ['v', 'p', 'd'].includes(w.tag));
    if (lead > 0 && GENERIC_ZONE.test(restOf(lead))) continue;
    // A verbal noun counts as such a verb before a generic park of two words or more (调研产业园区项目), unless it is
    // one that names parks (孵化, 示范 …); verbal nouns before a bare part's word name it (生活居住片区).
    const leadVn = leadBy(
      (w) => ['v', 'p', 'd'].includes(w.tag) || (w.tag === 'vn' && !NAME_VERBS.test(w.word)),
    );
    if (leadVn > 0 && restOf(leadVn).length >= 4 && GENERIC_ZONE.test(restOf(leadVn))) continue;
    // A level inside a name follows the place it belongs to (綦江国家级高新区); after other words and before a
    // generic word or the bare kind it is a predicate (创成市级园区, 通过省级经开区创建验收).
    const inner = /(国家|省|自治区|市|州|县)级/.exec(doc.match.slice(start, z.index));
    const afterLevel = inner ? doc.match.slice(start + inner.index + inner[0].length, end) : '';
    if (
      inner?.index &&
      !isPlace(doc.match.slice(start, start + inner.index)) &&
      (GENERIC_ZONE.test(afterLevel) || afterLevel === z[0])
    )
      continue;
    // 新城 and …谷 are zones only as names, not after a verb the cut does not know (发挥永桐新城建设).
    if (/新城|谷/.test(z[0]) && opensWithVerb(name)) continue;
    if (z[0] === '新区' && !localNewArea(doc.match.slice(start, z.index))) continue;
    // The bare word 园区 right after a verb is the generic word, object of the verb (跑出园区, 狠抓园区).
    if (z[0] === '园区' && afterVerb(doc.match.slice(start, z.index))) continue;
    // Verbs the cut does not know before the name (进一步延伸甲乙经开区, 宣传推介经开区): the name starts after them;
    // a bare kind word left after them, or after 和 (拜访人士和园区), is the common word.
    // (A name of verbs alone before a part's word stays: 生活居住片区.)
    const bare = /^(园区|开发区|经开区|高新区|工业区)$/.test(z[0]);
    let verbs = leadingVerbs(doc.match.slice(start, z.index));
    const rest = doc.match.slice(start + verbs, z.index);
    if (verbs && rest.length < 2 && !bare) verbs = 0;
    if (verbs) {
      if (rest.length < 2 || (z[0] === '园区' && /[和与及]/.test(rest))) continue;
      start += verbs;
    }
    // A county or city named inside the leading words (全部落地甲县乙产业园, 领导小组命名丙市创业园区) starts the name
    // when no place comes before it.
    const inside = placeInside(doc.match.slice(start, z.index));
    start += inside;
    // A place, then a verb (甲县乙镇抓住循环经济产业园被列为…): the place is the sentence's subject and the verb its
    // predicate; the name starts after the verb.
    const predicate = verbAfterPlace(doc.match.slice(start, z.index));
    start += predicate;
    // A place, then a count (甲县三大循环型产业集聚园区): the place's parks counted, no name.
    const placed = tag(doc.match.slice(start, z.index));
    if (
      placed.length > 1 &&
      (placed[0]?.tag === 'ns' || isPlace(placed[0]?.word ?? '')) &&
      /^[\d一二两三四五六七八九十几多数]+[个家座大所处]/.test(
        doc.match.slice(start + (placed[0]?.word.length ?? 0)),
      )
    )
      continue;
    const named = verbs || inside || predicate ? zoneName(doc.text.slice(start, end)) : name;
    if (z[0] === '产业基地' && !baseAsPlace(doc, start, end)) continue;
    // A park named by a firm (甲磷集团乙水工业园三期工程) is the firm's own works, not a zone of the district.
    if (/集团|公司/.test(named)) continue;
    read({ name: named, kind: z[0], quote: sentenceAt(doc, start, end), start, end });
    // A numbered part written right after the zone's name (甲乙工业加工区二区) is a zone of its own, under it.
    const part = /^[一二三四五六七八九十]区(?![块域内外])/u.exec(doc.match.slice(end, end + 3));
    if (part)
      read({
        name: zoneName(doc.text.slice(start, end + part[0].length)),
        kind: z[0],
        quote: sentenceAt(doc, start, end + part[0].length),
        start,
        end: end + part[0].length,
      });
  }
  completeCutNames(doc, out);
  numberedParts(doc, out);
  // What a place sets out to build (以建设甲乙城为目标) is a goal, not a zone, wherever the text names it.
  const goals = new Set(
    out
      .filter(
        (z) =>
          doc.match.startsWith('为目标', z.end) &&
          /(建设|打造|创建|建成)$/.test(doc.match.slice(Math.max(0, z.start - 2), z.start)),
      )
      .map((z) => z.name),
  );
  for (let i = out.length - 1; i >= 0; i--) if (goals.has(out[i]?.name ?? '')) out.splice(i, 1);
  // A part named by its zone's name (甲产业基地核心区, where 甲产业基地 is read too) is where in that zone, not a zone.
  const written = (z: ZoneMention) => doc.match.slice(z.start, z.end);
  const names = new Set(out.map(written));
  const whole = out.filter(
    (z) => !/(核心区|拓展区|起步区|启动区)$/.test(written(z)) || !names.has(written(z).slice(0, -3)),
  );
  // A quoted kind of park the text also calls a model (探索“飞地园区”模式) names the model wherever it is written.
  // (The quoted models are read once, not the whole text again for each mention.)
  const models = new Set([...doc.match.matchAll(/“([^“”]*)”模式/g)].map((m) => m[1]));
  const model = (z: ZoneMention) => models.has(written(z));
  const listed = expandLists(
    doc,
    whole.filter((z) => !model(z)),
  );
  return dedupe([
    ...listed,
    ...findAreas(doc, listed),
    ...bareTop(doc, listed),
    ...describedParks(doc, listed),
    ...countedParks(doc, listed),
    ...placeParks(doc, listed),
    ...siblingAreas(doc, listed),
    ...quotedParks(doc, listed),
    ...levelParks(doc),
  ]);
}
