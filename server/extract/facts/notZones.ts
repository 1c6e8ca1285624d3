/**
 * Names and runs the zone rules read that are no zones of the plan (round 32, #15): towns listed as the places a
 * visit goes to or as bodies at a meeting.
 */
import type { Doc } from '../text.ts';

/** The bodies a meeting lists (…局、…委员会、…中心、甲镇、乙镇相关负责同志参会): an office is the item before. */
const BODY_BEFORE = /(?:局|委员会|委|办公室|办|政府|中心|部)、$/u;
/** …甲镇、乙镇(的)?(相关|有关)?负责同志/负责人/党委…: the towns' officials, not the towns as places of industry. */
const OFFICIALS_AFTER = /^(?:等)?(?:乡镇)?的?(?:相关|有关|主要)?(?:负责同志|负责人|领导|干部|党委|政府)/u;
/** 到甲镇、乙镇调研(考察, 视察…): the places a visit goes to. */
const VISIT_BEFORE = /(?:到|赴|深入|前往|来到|走进|走访)$/u;
const VISIT_AFTER = /^(?:等地)?(?:[^，。；,;！？]{0,6})?(?:调研|考察|视察|走访|检查|督导|督查|慰问)/u;

/**
 * A run of the district's towns (甲镇、乙镇) from `start` to `end` that names where officials come from or a visit goes,
 * not towns a park spans or a layout names.
 */
export function townsNotZones(doc: Doc, start: number, end: number): boolean {
  const before = doc.match.slice(Math.max(0, start - 12), start);
  const after = doc.match.slice(end, end + 16);
  if (BODY_BEFORE.test(before) || OFFICIALS_AFTER.test(after)) return true;
  return VISIT_BEFORE.test(before) && VISIT_AFTER.test(after);
}

/** The bare kind of a zone, with no name of its own before it. */
const BARE_KIND =
  '(?:经济技术开发区|经济开发区|开发区|经开区|高新区|工业园区|产业园区|工业园|产业园|园区|化工园区)';
/** 全国化工园区(百强), 全省开发区: every zone of a scope, a class. */
const SCOPE = /^全(?:国|省|市|县|区)/u;
/** 综合性园区, 专业性产业园: a zone described by an adjective in 性. */
const ADJECTIVE = new RegExp(`^\\p{Script=Han}{1,3}性${BARE_KIND}$`, 'u');
/** 核心园区 (甲镇是乙产业园的核心园区): the role of a place in a zone, not a name. */
const ROLE = new RegExp(`^核心${BARE_KIND}$`, 'u');
/** 千亿级化纤产业园区, 百亿级产业园: the size a zone is to reach, a goal's class. */
const SIZE_CLASS = /^(?:[\d.]+|[一二三四五六七八九十百千万]+)亿(?:元)?级/u;
/** Words that make what follows a description of a zone named before (把甲工业园建设成为乙县重要经济支柱产业园). */
const BECOMES = /(?:建设成为?|打造成为?|建成为|发展成为?|成为|定位为)[“"「]?$/u;

/**
 * A zone mention whose name names no zone: a scope's class (全国化工园区), a province's (山西省开发区) or a city's
 * zones as a class of an event (吕梁市开发区2024年第三次…), an adjective's (综合性园区), a role (核心园区), a size class
 * (千亿级…产业园区), or what a zone is to become, wherever it is written (建设成为…产业园).
 */
export function namesNoZone(
  doc: Doc,
  name: string,
  at: number,
  places: { provinces: string[]; cities: string[] },
): boolean {
  if (SCOPE.test(name) || ADJECTIVE.test(name) || ROLE.test(name) || SIZE_CLASS.test(name)) return true;
  // The place written in full, with its 省 or 市 (吉林经济开发区 is a zone of 吉林市).
  const bare = new RegExp(`^${BARE_KIND}$`, 'u');
  const after = (p: string) => (name.startsWith(p) ? name.slice(p.length) : '');
  if (places.provinces.some((p) => /省|自治区$/u.test(p) && bare.test(after(p)))) return true;
  const city = places.cities.some((c) => /市$/u.test(c) && bare.test(after(c)));
  if (city && /^\d{4}年|^第/u.test(doc.match.slice(at + name.length, at + name.length + 5))) return true;
  return becomesOnly(doc, name) || partnerOnly(doc, name);
}

/** 深化与甲经济开发区协作共建: a zone the plan's district works with, not one of its own. */
const PARTNER_BEFORE = /[与同](?:[^，。；,;！？与同]{0,4}的)?$/u;
const PARTNER_AFTER = /^(?:的)?(?:协作|合作|共建|结对|对口|联动)/u;

/** Every mention of the name is a partner's, between 与 and 协作/合作/共建. */
function partnerOnly(doc: Doc, name: string): boolean {
  let at = doc.match.indexOf(name);
  if (at < 0) return false;
  for (; at >= 0; at = doc.match.indexOf(name, at + 1))
    if (
      !PARTNER_BEFORE.test(doc.match.slice(Math.max(0, at - 8), at)) ||
      !PARTNER_AFTER.test(doc.match.slice(at + name.length, at + name.length + 4))
    )
      return false;
  return true;
}

/** Every mention of the name follows 建设成为/打造成为/成为…: a description, not a zone. */
function becomesOnly(doc: Doc, name: string): boolean {
  let at = doc.match.indexOf(name);
  if (at < 0) return false;
  for (; at >= 0; at = doc.match.indexOf(name, at + 1))
    if (!BECOMES.test(doc.match.slice(Math.max(0, at - 5), at))) return false;
  return true;
}

/** What a list joined by 和 before a zone holds that is no zone (…项目和甲经开区, …产业链和乙集聚区). */
const NOT_ZONE_ITEM = /(?:项目|产业链|产业)和/u;

/**
 * The zone at the end of a mention that runs over a 和 from an item that is no zone (年产10万吨…项目和交城经开区): how
 * many characters to cut from its start, or 0.
 */
export function joinedLead(name: string): number {
  const m = [...name.matchAll(new RegExp(NOT_ZONE_ITEM, 'gu'))].at(-1);
  if (!m) return 0;
  const cut = (m.index ?? 0) + m[0].length;
  return name.length - cut >= 4 ? cut : 0;
}

/** 记者从甲经济开发区管委会获悉: the text's news comes from the zone's own office, in its first 300 characters. */
export function fromOffice(doc: Doc, zone: string): boolean {
  const at = doc.match.slice(0, 300).indexOf(`从${zone}管`);
  return (
    at >= 0 &&
    /^(?:委会|理委员会)(?:获悉|了解到|传来消息)/u.test(
      doc.match.slice(at + zone.length + 2, at + zone.length + 12),
    )
  );
}
