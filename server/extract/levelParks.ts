/**
 * Two readings of a park's name at a sentence's start (findZones, zoneMentions.ts): a park named only by its
 * district's level word (县工业园区总规划面积…, 区工业园位于…) is the district's own park, and a verb of division before
 * a list of parks (…,分A园区和B园区) is the sentence's predicate, not part of the first park's name.
 */
import type { ZoneMention } from '../../vocab/imports.ts';
import { tag } from './lexicon.ts';
import { isPlace } from './places.ts';
import { type Doc, sentenceAt } from './text.ts';

/**
 * A level word and a park's noun opening the text or a sentence (县工业园区总规划面积…): the level stands for the
 * district, whose park it is (the commit names it after the district: imports/zoneNames.ts). 全县工业园区 is the
 * county's parks, all of them: no name.
 */
const PARK_NOUN =
  '(?:工业园区|工业园|产业园区|产业园|工业集中区|经济开发区|经济技术开发区|开发区|经开区|高新区)';
const LEVEL_PARK = new RegExp(
  `(?<=^|[。！？；\\n]\\s*)([县区市旗]${PARK_NOUN})(?![\\p{Script=Han}]{0,2}(?:管委会|管理委员会))`,
  'gu',
);
/** The name of such a park (县工业园区, 区工业园). */
export const LEVEL_NAME = new RegExp(`^[县区市旗]${PARK_NOUN}$`, 'u');
/** The first of a list of bodies (县经开区、县经济信息科技局…相关负责同志参会): the park's office, no zone. */
const BODIES = /^、[^。！？]*?(?:局|委员会|办公室|政府|服务中心)[、，,]/u;

export function levelParks(doc: Doc): ZoneMention[] {
  const out: ZoneMention[] = [];
  for (const m of doc.match.matchAll(LEVEL_PARK)) {
    const name = m[1] ?? '';
    if (BODIES.test(doc.match.slice((m.index ?? 0) + name.length, (m.index ?? 0) + name.length + 80)))
      continue;
    const start = m.index ?? 0;
    const end = start + name.length;
    out.push({
      name: doc.text.slice(start, end),
      kind: name.slice(1),
      quote: sentenceAt(doc, start, end),
      start,
      end,
    });
  }
  return out;
}

const DIVISION = /^(?:划分为|划分成|分为|分成|包括|包含|分)/u;

/**
 * The length of a verb of division opening a park's name run right after a clause's comma (…3.8平方公里,分建材…园区和
 * 仓储物流型、农副产品加工园区): the list's verb, no part of the name. Not a place that opens with the character
 * (分宜工业园: 分宜 is a county), nor when too little is left to name a park.
 */
export function divisionVerb(doc: Doc, start: number, at: number): number {
  if (!/[，,：:]/.test(doc.match[start - 1] ?? '')) return 0;
  const run = doc.match.slice(start, at);
  const verb = DIVISION.exec(run)?.[0] ?? '';
  if (!verb || run.length - verb.length < 2) return 0;
  const first = tag(run)[0]?.word ?? '';
  if (first !== verb && !(verb.length === 1 && first.startsWith(verb) && !isPlace(first))) return 0;
  if (isPlace(run.slice(0, 2))) return 0;
  return verb.length;
}
