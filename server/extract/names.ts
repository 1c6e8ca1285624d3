/** What every mention finder shares: where a name starts before its kind word, and one mention per name. */

import { isPlace } from './places.ts';
import type { Doc } from './text.ts';

/** Words that end the run of characters before a name (verbs, function words): the name starts after them. */
export const CUT =
  /^.*(的|在|去年|今年|明年|近年|批准|设立|成立|以|与|和|及|为|把|将|对|向|于|到|由|是|推动|打造|建设|依托|围绕|聚焦|加快|推进|发展|布局|引进|引导|支持|培育|共建|合作|形成|构建|落户|入驻|加强|促进|强化|实施|落实|建成|规划|包括|重点|优先|积极|鼓励|做强|壮大|目标|结合|(?<!综合)利用|区域|创建|配套项目|加速|实现|承接|联合|制定|完善|提高|牵头组织|建立|管委会|各|深化|探索|发挥|融入|对接|加大|解析|介绍|随[着著]|其中|从|至|等|了|续建|(?:企业|公司|[例比诸])如|(?:企业|单位)有|除此之外|此外|采访|走访|考察|调研|参观|前往|深入|赴|走进|来到|知名(?:品牌|企业)|[这那][\d一二两三四五六七八九十几]+年[中里内间]?|即(?!墨)|部分|[已现共既也又还]有|简称|就(?![业近地])|获批|占|力争|投资企业|(?:业主|建设|承建|运营|实施)单位|完成|入住|筹划|筹建|启动|申报|届时|投产|今年|目前|\d{2,4}年|\d+[家个户所座]|我[县市区镇州省]|本[县市区镇])/u;
export const NAME_CHARS = /[\p{Script=Han}A-Za-z0-9—－]/u;

export function nameBefore(doc: Doc, end: number, max: number): number {
  let s = end;
  while (s > 0 && end - s < max && NAME_CHARS.test(doc.match[s - 1] ?? '')) s--;
  // The unit of a date written after a space (2020 年甲产业园) is no part of the name.
  if (/[年月日]/.test(doc.match[s] ?? '') && /\d\s+$/.test(doc.match.slice(Math.max(0, s - 4), s))) s++;
  return s + cutLength(doc.match.slice(s, end));
}

/**
 * How many characters of a run the words before a name take (CUT). 和/与/及 ending a place's name (民和, a county)
 * is part of the name, not a conjunction: the cut is looked for before that place.
 */
export function cutLength(run: string, cut: RegExp = CUT): number {
  const m = cut.exec(run);
  if (!m) return 0;
  const end = m[0].length;
  if (/^[和与及]$/.test(m[1] ?? '') && end >= 2 && isPlace(run.slice(end - 2, end)))
    return cutLength(run.slice(0, end - 2), cut);
  return end;
}

export function dedupe<T extends { name: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((it) => !seen.has(it.name) && seen.add(it.name));
}

/**
 * Where a firm's name starts when it names its trade 发展 or 建设 (甲乙农业发展有限公司, 丙丁城市建设投资集团有限公司):
 * the word before the suffix is the name's, not a verb the name would be cut after (CUT). `start` is where the name
 * starts without that reading; a bare 公司 or 股份, or 集团 in 集团化, keeps it.
 */
export function tradeNameStart(doc: Doc, suffixAt: number, suffix: string, start: number): number {
  if (suffix === '公司' || suffix === '股份' || doc.match[suffixAt + suffix.length] === '化') return start;
  const trade = /(?:发展|建设)(?:投资|开发)?(?:集团)?$/u.exec(
    doc.match.slice(Math.max(0, suffixAt - 6), suffixAt),
  );
  if (!trade) return start;
  const at = suffixAt - trade[0].length;
  const before = nameBefore(doc, at, 18);
  return at - before >= 2 && before < start ? before : start;
}
