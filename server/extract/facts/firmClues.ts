/**
 * Where a firm's own words place it (firmFacts, firms.ts): a title line over its paragraphs, its clause (位于/落户/
 * 入驻/是…首批入驻企业), a bare kind word (在工业园内, 开发区甲公司), a count of a park's residents, a list item calling it
 * a leader, the address in the next sentence; and a partner the district itself works with.
 */
import type { ZoneFact } from '../../../vocab/imports.ts';
import { afterLastOf, type Doc, lastAtOrBefore, lastUpTo } from '../text.ts';
import { lastAt, sentenceStart } from './firmNear.ts';
import { zoneAliases } from './zones.ts';

/**
 * The zone a title line over the span's paragraphs names (a short line with no closing punctuation: 丙丁工业园), the
 * nearest such line before it, when no heading or zone is nearer; or null.
 */
export function titleZone(doc: Doc, zones: ZoneFact[], start: number): { zone: string; end: number } | null {
  const ends = doc.titleEnds ?? [];
  const i = lastAtOrBefore(ends.length, (k) => ends[k] ?? 0, start);
  if (i < 0) return null;
  const end = ends[i] ?? 0;
  const from = Math.max(ends[i - 1] ?? 0, lastUpTo(doc.paraEnds ?? [], end - 1));
  const line = doc.match.slice(from, end).trim();
  const zone = zones.find((z) => line.startsWith(z.name) && line.length - z.name.length <= 6)?.name;
  return zone ? { zone, end } : null;
}

/**
 * The zone a firm's own clause says it is in, right after its name (…公司投资建设,地址位于某经济开发区乙工业园5号;
 * 甲公司落户乙产业园, 甲集团拟在乙产业园建设…): the zone ending last in the words after 位于/落户/坐落于/搬迁至/迁入/选址
 * (or 在 a place where it builds or invests) up to the next comma,
 * within 40 characters of the name, or null.
 */
export function locatedIn(after: string, zones: ZoneFact[]): string | null {
  const verb =
    /(?:位于|落户(?:到|在|于)?|坐落于|搬迁至|迁入|选址(?:在|于)?|(?:拟|将|计划)?在(?=[^，,。；;！？]{2,40}?(?:建设|兴建|新建|投资)))([^，,。；;！？]{2,40})/.exec(
      (/^[^。；;！？]*/.exec(after)?.[0] ?? after).slice(0, 60),
    );
  if (!verb || (verb.index ?? 0) > 40) return null;
  const words = verb[1] ?? '';
  const hits = zones
    .map((z) => ({ z: z.name, end: words.lastIndexOf(z.name) + z.name.length }))
    .filter((h) => h.end >= h.z.length);
  return hits.sort((x, y) => y.end - x.end || y.z.length - x.z.length)[0]?.z ?? null;
}

/**
 * The zone named right after 入驻/入住 in a firm's sentence (…已入驻B产业园, …的入驻，B产业园…), else the one its clause
 * locates it in, or null.
 */
export function movedInto(after: string, zones: ZoneFact[], nameLength = 0): string | null {
  const at = after.search(/入驻|入住/);
  const rest = at < 0 ? '' : after.slice(at + 2, at + 2 + 40).replace(/^[了到进在于]?[，,]?[“"]?/, '');
  return (
    zones.find((z) => rest.startsWith(z.name))?.name ??
    memberOf(after.slice(nameLength), zones) ??
    locatedIn(after, zones)
  );
}

/**
 * The zone a firm's predicate counts it among the entrants of, right after its name (甲公司是乙园区首批入驻企业, …为乙
 * 开发区首家投产企业): the zone opening the words after 是/为, when they call the firm one that moved in, settled or
 * started production there; or null.
 */
export function memberOf(after: string, zones: ZoneFact[]): string | null {
  const is = /^\s*(?:是|为)([^，,。；;！？]{2,60}?)企业/u.exec(after)?.[1] ?? '';
  if (!/入驻|入园|落户|投产/.test(is)) return null;
  return (
    zones.filter((z) => is.startsWith(z.name)).sort((a, b) => b.name.length - a.name.length)[0]?.name ?? null
  );
}

/**
 * The zone a firm's sentence puts it inside by the bare kind word (…今年企业在工业园内征地300亩): the one zone of the
 * text whose name ends with that word, or null.
 */
export function insideKind(after: string, zones: ZoneFact[]): string | null {
  const kind = /^[^。；;]{0,160}?在(工业园区?|产业园区?|开发区|经开区|高新区)内/.exec(after)?.[1];
  if (!kind) return null;
  const of = zones.filter((z) => !z.parent && z.name.endsWith(kind) && z.name.length > kind.length);
  return of.length === 1 ? (of[0]?.name ?? null) : null;
}

/**
 * The zone a firm is counted among the residents of (目前有入园投产企业95家…其中A、B…): the zone the text calls 园区,
 * or null.
 */
export function residentOf(doc: Doc, at: number): string | null {
  const before = doc.match.slice(Math.max(0, at - 80), at);
  if (!/(入园|入区|园区内|区内)[^。；;]{0,30}?其中[^。；;]{0,40}$/.test(before)) return null;
  return zoneAliases.get(doc)?.get('园区') ?? null;
}

/** The zone a firm's list item calls it the leader in (…。作为B新城新材料板块的龙头企业), or null. */
export function leadsIn(after: string, zones: ZoneFact[]): string | null {
  const item = after.split(/[-•·]\s*(?=[\p{Script=Han}])/u)[0] ?? '';
  const as = /作为([^。；，,]{2,30}?)龙头企业/.exec(item)?.[1] ?? '';
  return zones.find((z) => as.startsWith(z.name))?.name ?? null;
}

/**
 * The zone the sentence right after a firm's gives as its address (…由甲公司投资建设。地址位于某经济开发区乙工业园5号):
 * the zone named last in it (the narrowest), or null.
 */
export function addressedIn(doc: Doc, at: number, zones: ZoneFact[]): string | null {
  const end = doc.match.slice(at).search(/[。！？\n]/);
  if (end < 0) return null;
  const next = /^\s*(?:地址|厂址|项目地址|建设地点|选址)(?:位于|在|[：:])([^。！？\n]{2,60})/.exec(
    doc.match.slice(at + end + 1, at + end + 80),
  )?.[1];
  if (!next) return null;
  const hits = zones.map((z) => ({ z: z.name, at: next.lastIndexOf(z.name) })).filter((h) => h.at >= 0);
  return hits.sort((x, y) => y.at + y.z.length - (x.at + x.z.length))[0]?.z ?? null;
}

/** A partner the text works with (配合甲公司、乙集团…的勘探开发): the cue before the firm, over the list's earlier items. */
const PARTNER = /(?:配合|协助|服务于)(?:[^，。；,;、！？]{1,12}、){0,6}$/u;
/** The county bringing firms in (甲县引入乙、丙…): the verb right after the county, over the list's earlier items. */
const BROUGHT = /(?:引入|引进)(?:[^，。；,;、！？]{1,12}、){0,6}$/u;

/**
 * A firm the district itself works with (甲县…全力配合乙公司、丙集团的勘探开发): the county names the clause (its full
 * name, no zone named after it before the firm) and the firm is the object of 配合/协助/服务于. It is the district's
 * (zone null), not a resident of the park the sentence named before the county.
 */
export function countyPartner(
  doc: Doc,
  zones: ZoneFact[],
  at: number,
  district: string | undefined,
): boolean {
  if (!district) return false;
  const before = doc.match.slice(Math.max(0, at - 80), at);
  // …or brings in (甲县引入乙、丙等食品加工企业38家), where the clause names no zone after the firm either.
  const brought =
    BROUGHT.test(before) &&
    !zones.some((z) => /^[^。；;！？]*$/.test(doc.match.slice(at, doc.match.indexOf(z.name, at) >>> 0)));
  const partner = PARTNER.test(before);
  if (!partner && !brought) return false;
  // A county that brings firms in opens the whole sentence, over its ；-joined clauses (…；引进丁、戊等企业37家).
  const from = partner ? sentenceStart(doc, at) : afterLastOf(doc, '。！？\n', at + 1);
  const county = doc.match.lastIndexOf(district, at);
  if (county < from) return false;
  return !zones.some((z) => {
    const z0 = doc.match.indexOf(z.name, county + district.length);
    return z0 >= 0 && z0 < at;
  });
}

/**
 * A firm written right after a zone's bare kind word (图为开发区甲公司生产线): in the zone of that kind with no parent
 * named last before it (北京开发区…), or null. A kind word ending a zone's full name there is that zone's mention.
 */
export function afterKind(doc: Doc, zones: ZoneFact[], at: number): string | null {
  const kind = /(开发区|经开区|高新区)$/.exec(doc.match.slice(Math.max(0, at - 3), at))?.[1];
  if (!kind || zones.some((z) => doc.match.startsWith(z.name, at - z.name.length))) return null;
  const named = zones
    .filter((z) => !z.parent && z.name.endsWith(kind))
    .map((z) => ({ z: z.name, at: lastAt(doc, z.name, at) }))
    .filter((h) => h.at >= 0);
  return named.sort((x, y) => y.at - x.at)[0]?.z ?? null;
}

/**
 * A firm whose resources a zone relies on (…确立了发展方向：依托甲石化公司的原料资源，规划建设…): named as the source of
 * what the zone is to make, not as a firm in it — the sentence does not place it (zone null).
 */
export function supplierOf(doc: Doc, at: number, length: number): boolean {
  return (
    /(?:依托|依靠|利用)$/.test(doc.match.slice(Math.max(0, at - 2), at)) &&
    /^的(?:原料|原材料|资源|副产品|尾气|余热)/.test(doc.match.slice(at + length, at + length + 5))
  );
}

/**
 * A firm listed right after 入驻/进驻 with no zone after the verb (县工业园区总规划面积…,分A园区和B园区,目前已入驻甲、乙、
 * 丙等10家企业): it moved into the zone that opens the sentence, its subject — not the last part the sentence lists.
 */
export function enteredSubject(doc: Doc, zones: ZoneFact[], at: number): string | null {
  const from = sentenceStart(doc, at);
  const before = doc.match.slice(from, at);
  const verb = Math.max(before.lastIndexOf('入驻'), before.lastIndexOf('进驻'));
  // Only the list after the verb stands between it and the firm: no comma, no zone.
  if (verb < 0 || /[，,；;：:]/.test(before.slice(verb))) return null;
  const opening = /^\s*/.exec(before)?.[0].length ?? 0;
  const subject = zones
    .filter((z) => before.startsWith(z.name, opening))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (!subject || zones.some((z) => before.slice(verb).includes(z.name))) return null;
  return subject.name;
}

/**
 * 推动甲集团与工业园区管委会协调联动: a company that works jointly with a park's governing body (协调, 联动, 协同, 配合)
 * is the park's platform company (its builder and investor), a part of how the park is run, not a firm of its
 * industry. A firm that signs with the body (与管委会签约) is not one.
 */
const PLATFORM_AFTER =
  /^[与和同][^，。；,;！？]{0,12}(?:管委会|管理委员会)[^，。；,;！？]{0,4}?(?:协调|联动|协同|配合|共同)/u;
export function parkPlatform(doc: Doc, end: number): boolean {
  return PLATFORM_AFTER.test(doc.match.slice(end, end + 30));
}
