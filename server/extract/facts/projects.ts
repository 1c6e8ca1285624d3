/**
 * Projects with capacities: each capacity the context rules find (年产 N 单位 X, X N 单位/年) plus installed
 * power (装机容量 180MW) and herd sizes (50 万头生猪), as a project named by its clause (the words between the
 * nearest separators, without leading verbs), with the zone and firm named near it and the link it builds (the
 * product, or the chain link the product's name contains).
 */
import type { ChainCandidate, ProjectFact, ProjectMention, ZoneFact } from '../../../vocab/imports.ts';
import { amountPattern, amountValue, CAPACITY_UNITS, notYearly } from '../amounts.ts';
import { tag } from '../lexicon.ts';
import { CUT } from '../names.ts';
import { type Doc, normaliseName, sectionAt, sentenceAt } from '../text.ts';
import { zoneNear } from './firms.ts';
import { projectStatus } from './projectStatus.ts';

const LEAD =
  /^(积极|加快|加速|持续|力争|确保|全力)?(推动|推进|建设|实施|引进|建成|开工|投产|新建|扩建|打造|布局|完成|支持|新增|形成)?/u;
/** An amount in digits or Chinese numerals (两万吨): `amountValue` reads it. */
const N = `(${amountPattern()})`;
const POWER = new RegExp(`([\\p{Script=Han}A-Za-z]{2,10}?)装机容量\\s*${N}\\s*(MW|GW|兆瓦|万千瓦)`, 'gu');
/** A plant's total power written before it (总容量240mw的甲乙光伏电站): the plant is the product; units in any case. */
const POWER_OF = new RegExp(
  `(?:总容量|装机容量|装机)\\s*${N}\\s*(MW|GW|mw|gw|Mw|兆瓦|万千瓦)的([\\p{Script=Han}A-Za-z]{2,12}?(?:电站|电厂|风电场))`,
  'gu',
);
/** Words before 装机容量 that add up plants (新增, 累计) followed by nothing but their state (并网, 投产): a total. */
const TOTAL_POWER = /(?:新增|累计|共计|合计|总)(?:并网|投产|建成|投运|投用|上网)*$/u;
const UNITS = CAPACITY_UNITS;
/** Where a product named after its amount ends: a separator, or a word about capacity or getting it going. */
const PRODUCT_STOP =
  '(?=[、，。；,;]|产能|生产能力|承载能力|生产线|项目|基地|达产|投产|规模|等|联产|[及和](?:[一二三四五六七八九十]期)?[\\d.]|$)';
/**
 * Products each before its amount in a list the capacity word closes (现有甲铝13万吨、乙卷1.5万吨、丙合金2万吨的生产能力):
 * every item is a capacity of its product.
 */
const HELD = new RegExp(
  `(?<=^|[、，,：:；;\\s])([\\p{Script=Han}]{2,14}?)${N}\\s*(${UNITS})(?=(?:、[^，。；,;、]{2,16}?(?:${amountPattern()})\\s*(?:${UNITS}))*的?(?:生产能力|产能))`,
  'gu',
);
/** Two or more products each before its amount, listed after 形成 (a plant's outputs). */
const FORMED = new RegExp(
  `形成((?:[\\p{Script=Han}]{2,14}?(?:${amountPattern()})\\s*(?:${UNITS})[、和及]?){2,})(?![\\p{Script=Han}\\d])`,
  'gu',
);
const FORMED_ITEM = new RegExp(`([\\p{Script=Han}]{2,14}?)${N}\\s*(${UNITS})`, 'gu');
/** What a stock is kept in (3000吨冷库) or a ship's class (5000吨级): no output. */
const STOCK = /^(级|冷库|仓库|储罐|油库|粮库|库容|冷藏)/;
const AMOUNT = new RegExp(
  `${N}\\s*(${UNITS})\\s*(?!产能|生产能力|承载能力)([\\p{Script=Han}A-Za-z（）()]{2,14}?)${PRODUCT_STOP}`,
  'gu',
);
/** An amount with no product, then the capacity word (形成 20 亿平方米产能, 1 万标准机架承载能力). */
const BARE = new RegExp(`${N}\\s*(${UNITS})\\s*(?:\\/\\s*年\\s*)?(?=产能|生产能力|承载能力)`, 'gu');
/** The product written after a yearly amount (200 万立方米 / 年 LNG 产能). */
const AFTER_YEARLY = new RegExp(
  `${N}\\s*(${UNITS})\\s*\\/\\s*年\\s*([\\p{Script=Han}A-Za-z]{2,10}?)\\s*(?=产能|生产能力)`,
  'gu',
);
/** The count before an amount of each unit: 2× in 2×60万吨. */
const TIMES = /(?<![\d.])(\d+)\s*[×xX*]\s*$/u;
/** Units of N × M MW (2×75MW 燃气联合循环机组): the capacity is the product of the two. */
const UNITS_OF =
  /(\d+)\s*[×xX*]\s*([\d.]+)\s*(MW|GW|兆瓦|万千瓦)\s*的?([\p{Script=Han}A-Za-z]{2,12}?)(?=项目|[，。；、和等]|$)/gu;
/** The object of a production line in the sentence before an amount with no product (增建锂电池隔膜生产线). */
const LINE_OBJECT = /(?:增建|新建|建设|扩建|建成)([\p{Script=Han}A-Za-z]{2,10}?)生产线/gu;
const CAPACITY_CONTEXT = /年产|产能|生产能力|承载能力|形成|构建|项目|达产|投产|生产线/;
const HEAD = new RegExp(`${N}\\s*(万头|万只|万羽)\\s*([\\p{Script=Han}]{2,6})`, 'gu');
/**
 * Power said of a machine that draws it (3.3万千瓦矿热炉, a furnace's rating; a transformer's): no output. A plant's or a
 * generating set's power (35万千瓦热电机组, 光伏电站) is its installed capacity and stays.
 */
const RATED = /^\p{Script=Han}{0,4}?(炉|窑|变压器)/u;
const POWER_UNIT = /^(万千瓦|MW|GW|兆瓦)$/;
/** What a plant is expected to make within the year (年内预计生产10万吨): this year's output, not its capacity. */
const THIS_YEAR = /(年内|今年|当年|本年度?|全年|年底前)[^，。；,;：:]{0,6}?(生产|产出)$/u;
/** Square metres of buildings or land (2.5万平方米标准厂房): floor space, not an output. */
const FLOOR_SPACE = /平方米(标准)?(厂房|建筑|面积|用地|仓库|仓储|办公|楼)/;
/** The capacity word, then the amount (第一年产能可达2GWh): the product is the project the sentence names. */
const CAPACITY_FIRST = new RegExp(
  `(?:产能|生产能力)(?:可达|将达|达到|达|为|约|超过)?\\s*${N}\\s*(${UNITS})`,
  'gu',
);
/**
 * The object of what a plant makes, before the capacity word (加工生产甲乙新材料,…,年生产能力达1.2万吨); not what the
 * product is for (用于生产柴油的添加剂).
 */
const MADE_OBJECT = /(?<!用于|用来|用作|用以)(?:生产|加工|制造)+(\p{Script=Han}{2,10}?)(?=[，,；;。]|$)/gu;
/** The capacity word, 是/为 and what is processed, then the amount (年设计加工能力是加工甲草原料2000吨). */
const CAPACITY_OF_OBJECT = new RegExp(
  `(?:加工|生产|处理)能力(?:是|为)(?:加工|生产|处理)(\\p{Script=Han}{2,8}?)(?:原料)?${N}\\s*(${UNITS})`,
  'gu',
);
/**
 * What a line or plant treats, written after its verb at a clause's end (建成甲乙生产线，处理丙渣两万吨): a
 * throughput of that material; not a daily figure (日处理污水).
 */
const PROCESSED = new RegExp(
  `(?<![日天])(?:处理|加工)(\\p{Script=Han}{2,8}?)${N}\\s*(${UNITS})(?=[，。；,;]|$)`,
  'gu',
);
/** The name of the last project before an amount: the words before its 项目 (某某科技动力电池及系统项目). */
const PROJECT_NAME =
  /([\p{Script=Han}A-Za-z]{2,30})(?:项目|生产线)(?![\p{Script=Han}])|([\p{Script=Han}A-Za-z]{2,30})(?:项目|生产线)[：:]/gu;

/** What the heading over `at` is about (1.数据中心培育项目 → 数据中心): a product for an amount that names none. */
function headingSubject(doc: Doc, at: number): string {
  const heading = sectionAt(doc, at).at(-1) ?? '';
  return heading
    .replace(/^[\s\d.、（）()一二三四五六七八九十]+/, '')
    .replace(/(培育|建设|提升|引进|扩能提质|转型升级|发展)?(工程|项目)$/, '')
    .slice(0, 12);
}

/** A unit as the plan writes it, without the PDF's stray spaces (万 m3 → 万m3). */
const unitName = (u: string | undefined) => (u ?? '').replace(/\s+/g, '');
/** A yearly output unit; a stock (racks of a data centre) is not per year. */
const yearly = (u: string | undefined) => (notYearly(unitName(u)) ? unitName(u) : `${unitName(u)}/年`);

function clauseAround(doc: Doc, start: number, end: number): { text: string; at: number } {
  // ASCII , ; : separate clauses too (规划用地2.85平方公里,主要…), except between digits (1,000).
  const isSep = (i: number) =>
    /[，。；：、！？]/.test(doc.text[i] ?? '') ||
    (/[,;:]/.test(doc.text[i] ?? '') && !/\d/.test(`${doc.text[i - 1] ?? ''}${doc.text[i + 1] ?? ''}`));
  let s = start;
  while (s > 0 && start - s < 40 && !isSep(s - 1)) s--;
  let e = end;
  while (e < doc.text.length && e - end < 30 && !isSep(e)) e++;
  const raw = doc.text.slice(s, e);
  const lead = LEAD.exec(raw)?.[0].length ?? 0;
  return { text: normaliseName(raw.slice(lead)), at: s + lead };
}

/** A clause that frames the project as what leads (以甲公司的乙项目为龙头): the frame is no part of its name. */
const FRAME = /^以(.{4,})为(?:龙头|引领|核心|主导|重点|代表|牵引|支撑)$/u;
/**
 * What a project's name runs on into after its 项目 (…项目在甲组团建成投产, …项目总投资6亿元, …项目将于年内竣工): a place
 * it is built in or what it has done, costs or will do — the name ends at 项目.
 */
const AFTER_PROJECT =
  /项目(?=在|于|位于|落户|建成|投产|竣工|开工|试运行|正在|已|将|总投资|同日|顺利|正式|由|是|为|[一二三四五]期工程)/u;
/**
 * Who builds it, before the name (由甲公司总投资1.5亿元兴建的年产36万吨饲料生产项目): the builder and its outlay are
 * no part of the name; a firm of the text stays in front of it, as 甲公司的乙项目 does.
 */
const BUILT_BY = /^由(.+?)(?:总?投资[\d.]+[亿万]元)?(?:兴建|建设|投资建设|投建|实施)的/u;

/** The project's name in its clause (the words from `from` on hold its amount): without a frame, ending at 项目. */
function projectName(clause: string, from: number, firms: { name: string }[]): string {
  const framed = FRAME.exec(clause)?.[1];
  let name = framed ?? clause;
  const end = AFTER_PROJECT.exec(name.slice(Math.max(0, from - (framed ? 1 : 0))));
  if (end) name = name.slice(0, Math.max(0, from - (framed ? 1 : 0)) + end.index + 2);
  // Its firm before it with 的 (甲公司的乙项目): the firm and the project, as other projects are named.
  const owner = framed && firms.find((f) => name.startsWith(`${f.name}的`));
  if (owner) return `${owner.name}${name.slice(owner.name.length + 1)}`;
  const built = BUILT_BY.exec(name);
  if (!built) return name;
  const builder = firms.find((f) => f.name === built[1]);
  return `${builder?.name ?? ''}${name.slice(built[0].length)}`;
}

export function projectFacts(
  doc: Doc,
  capacities: ProjectMention[],
  zones: ZoneFact[],
  firms: { name: string }[],
  chains: ChainCandidate[],
): ProjectFact[] {
  const found: ProjectMention[] = [...capacities];
  for (const p of doc.match.matchAll(POWER)) {
    const start = p.index ?? 0;
    // A total added or reached (新增并网投产装机容量18.2万千瓦): the district's, no plant's (新增风电装机容量 names one).
    if (TOTAL_POWER.test(p[1] ?? '')) continue;
    found.push({
      name: normaliseName(p[1] ?? ''),
      value: amountValue(p[2] ?? ''),
      unit: p[3] ?? '',
      start,
      end: start + p[0].length,
      quote: sentenceAt(doc, start, start + p[0].length),
    });
  }
  // Spans already read by another rule, bucketed by 32 characters so the overlap check stays constant-time: an
  // amount inside one (年产 120 万吨精选煤) is that rule's; one right after it (、100 万吨水泥粉磨站) is not.
  const taken = new Map<number, [number, number][]>();
  const take = (start: number, end: number) => {
    for (let b = Math.floor(start / 32); b <= Math.floor(end / 32); b++)
      taken.set(b, [...(taken.get(b) ?? []), [start, end]]);
  };
  for (const p of found) take(p.start, Math.max(p.end, p.start + 1));
  const near = (at: number) => (taken.get(Math.floor(at / 32)) ?? []).some(([s, e]) => at >= s && at < e);
  for (const p of doc.match.matchAll(HELD)) {
    const lead = CUT.exec(p[1] ?? '')?.[0].length ?? 0;
    const start = (p.index ?? 0) + lead;
    const name = normaliseName(doc.text.slice(start, (p.index ?? 0) + (p[1]?.length ?? 0)));
    const end = (p.index ?? 0) + p[0].length;
    // A verb before the amount (具有9.5万吨的产能) names no product.
    const last = tag(name).at(-1);
    if (near(start) || name.length < 2 || (last && /^v/.test(last.tag) && last.word.length >= 2)) continue;
    found.push({
      name,
      value: amountValue(p[2] ?? ''),
      unit: yearly(p[3]),
      start,
      end,
      quote: sentenceAt(doc, start, end),
    });
    take(start, end);
  }
  for (const p of doc.match.matchAll(AMOUNT)) {
    const end = (p.index ?? 0) + p[0].length;
    // N units of M each (2×60万吨焦化): the capacity is N·M, read from the count.
    const units = TIMES.exec(doc.match.slice(Math.max(0, (p.index ?? 0) - 8), p.index));
    const start = (p.index ?? 0) - (units?.[0].length ?? 0);
    // 年产 N 万吨 is read by the context rules; 年产 2×60 万吨 is not (the count breaks their pattern).
    if (near(start) || (!units && /年产\s*$/.test(doc.match.slice(start - 4, start)))) continue;
    const quote = sentenceAt(doc, start, end);
    if (!CAPACITY_CONTEXT.test(quote) || FLOOR_SPACE.test(`${p[2]}${p[3]}`) || STOCK.test(p[3] ?? ''))
      continue;
    if (POWER_UNIT.test(unitName(p[2])) && RATED.test(p[3] ?? '')) continue;
    if (THIS_YEAR.test(doc.match.slice(Math.max(0, start - 16), start))) continue;
    // A throughput or a treatment amount (年货物吞吐量3000万吨, 日处理污水) is no output.
    // A daily amount (日处理污水2500万吨, 日产) is no yearly output either.
    if (
      /(吞吐量|运量|储量|库容|处理量?\p{Script=Han}{0,3}|日产\p{Script=Han}{0,3})$/u.test(
        doc.match.slice(Math.max(0, start - 8), start),
      )
    )
      continue;
    const name = normaliseName(p[3] ?? '').replace(/^的/, '');
    const value = amountValue(p[1] ?? '') * Number(units?.[1] ?? 1);
    // A phase of a project whose whole amount of the same product is read (一期10万吨磷酸铁 of 年产20万吨磷酸铁) is a
    // part of that capacity, not another.
    const phase = /[一二三四五六七八九十]期$/.test(doc.match.slice(Math.max(0, start - 2), start));
    if (phase && found.some((f) => f.name.includes(name) && f.value > value)) continue;
    found.push({
      // 的 between the amount and its product (拥有30万吨的有机硅产能) is no part of the product.
      name,
      value,
      unit: yearly(p[2]),
      start,
      end,
      quote,
    });
  }
  const add = (at: number, len: number, name: string, value: number, unit: string) => {
    // A capacity is committed with its product: one whose product cannot be read is left out.
    if (near(at) || !normaliseName(name)) return;
    const quote = sentenceAt(doc, at, at + len);
    found.push({ name: normaliseName(name), value, unit, start: at, end: at + len, quote });
    take(at, at + len);
  };
  // A plant's outputs listed after 形成, each product before its amount (形成甲素100吨、乙盐10吨、丙胶300吨).
  for (const l of doc.match.matchAll(FORMED))
    for (const i of (l[1] ?? '').matchAll(FORMED_ITEM)) {
      const at = (l.index ?? 0) + 2 + (i.index ?? 0);
      add(at, i[0].length, i[1] ?? '', amountValue(i[2] ?? ''), yearly(i[3]));
    }
  for (const p of doc.match.matchAll(AFTER_YEARLY))
    add(p.index ?? 0, p[0].length, p[3] ?? '', amountValue(p[1] ?? ''), yearly(p[2]));
  for (const p of doc.match.matchAll(BARE)) {
    const at = p.index ?? 0;
    const sentence = sentenceAt(doc, at, at);
    const before = doc.match.slice(Math.max(0, at - sentence.length), at);
    // The product: the words right before the amount (玻纤延伸复合材料100 万吨生产能力), the object of a production
    // line in the sentence (增建锂电池隔膜生产线), the heading's subject, else what the unit counts (标准机架).
    const lead = /[\p{Script=Han}A-Za-z]{2,16}$/u.exec(before.replace(/\s+$/, ''))?.[0] ?? '';
    // A total after another amount of its sentence (40万吨改造项目完成后将形成70万吨产能): the sum, not a capacity.
    if (/(形成|达到)$/.test(lead) && /\d\s*$/.test(before.replace(/\s+$/, '').slice(0, -lead.length)))
      continue;
    const own = lead.slice(LEAD.exec(lead)?.[0].length ?? 0);
    const product =
      (own.length >= 2 ? own : '') ||
      ([...before.matchAll(LINE_OBJECT)].at(-1)?.[1] ?? '') ||
      headingSubject(doc, at) ||
      unitName(p[2]).replace(/^[万亿]/, '');
    add(at, p[0].length, product, amountValue(p[1] ?? ''), yearly(p[2]));
  }
  for (const p of doc.match.matchAll(CAPACITY_FIRST)) {
    const at = p.index ?? 0;
    const sentence = sentenceAt(doc, at, at);
    const before = doc.match.slice(Math.max(0, at - sentence.length), at);
    const named = [...before.matchAll(PROJECT_NAME)].at(-1);
    // No project named: what the sentence says the plant makes (生产甲乙新材料, before the capacity).
    const made = named ? '' : ([...before.matchAll(MADE_OBJECT)].at(-1)?.[1] ?? '');
    const product = (named?.[1] ?? named?.[2] ?? made).replace(/^[-•·\s]+/, '');
    add(
      at,
      p[0].length,
      product.slice(LEAD.exec(product)?.[0].length ?? 0),
      amountValue(p[1] ?? ''),
      yearly(p[2]),
    );
  }
  for (const p of doc.match.matchAll(CAPACITY_OF_OBJECT))
    add(p.index ?? 0, p[0].length, p[1] ?? '', amountValue(p[2] ?? ''), yearly(p[3]));
  // After the capacity written with its object (加工能力是加工…), which holds the same amount.
  for (const p of doc.match.matchAll(PROCESSED))
    if (CAPACITY_CONTEXT.test(sentenceAt(doc, p.index ?? 0, p.index ?? 0)))
      add((p.index ?? 0) + 2, p[0].length - 2, p[1] ?? '', amountValue(p[2] ?? ''), yearly(p[3]));
  for (const p of doc.match.matchAll(POWER_OF))
    add(p.index ?? 0, p[0].length, p[3] ?? '', amountValue(p[1] ?? ''), (p[2] ?? '').toUpperCase());
  for (const p of doc.match.matchAll(UNITS_OF))
    add(p.index ?? 0, p[0].length, p[4] ?? '', Number(p[1]) * Number(p[2]), p[3] ?? '');
  for (const p of doc.match.matchAll(HEAD)) {
    const start = p.index ?? 0;
    if (near(start)) continue;
    found.push({
      name: p[3] ?? '',
      value: amountValue(p[1] ?? ''),
      unit: p[2] ?? '',
      start,
      end: start + p[0].length,
      quote: sentenceAt(doc, start, start + p[0].length),
    });
  }
  const links = [...new Set(chains.flatMap((c) => c.stages.flat()))].sort((a, b) => b.length - a.length);
  const out: ProjectFact[] = [];
  const names = new Set<string>();
  for (const p of found.sort((a, b) => a.start - b.start)) {
    const clause = clauseAround(doc, p.start, p.end);
    const from = normaliseName(doc.text.slice(clause.at, Math.max(clause.at, p.start))).length;
    const own = projectName(clause.text, from, firms);
    let name = own.length >= 4 ? own : `${p.name}${p.value}${p.unit}`;
    if (names.has(name)) name = `${name}（${p.name}）`;
    names.add(name);
    const firm = firms.find((f) => clause.text.includes(f.name));
    const stands = projectStatus(doc, p.start, p.end, sectionAt(doc, p.start).at(-1));
    out.push({
      name,
      start: p.start,
      end: p.end,
      quote: p.quote,
      value: p.value,
      unit: p.unit,
      product: p.name,
      zone: zoneNear(doc, zones, p.start, p.quote),
      enterprise: firm?.name ?? null,
      link: links.find((l) => l === p.name) ?? links.find((l) => p.name.includes(l)) ?? p.name,
      status: stands?.status ?? null,
      statusWords: stands?.words ?? null,
    });
  }
  return out;
}
