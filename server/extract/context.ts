/**
 * Context around the chains: zones and parks, enterprises, projects with capacities. Pure and rule-based; each
 * mention keeps its span and sentence. Names are read on the simplified view and returned in the original text.
 */

import type { EnterpriseMention, ProjectMention, ZoneMention } from '../../vocab/imports.ts';
import { type Doc, normaliseName, sentenceAt } from './text.ts';

/** Words that end the run of characters before a name (verbs, function words): the name starts after them. */
const CUT =
  /^.*(的|在|以|与|和|及|为|把|将|对|向|于|到|由|是|推动|打造|建设|依托|围绕|聚焦|加快|推进|发展|布局|引进|引导|支持|培育|共建|合作|形成|构建|落户|入驻|加强|促进|强化|实施|建成|规划|包括|重点|优先|积极|鼓励|做强|壮大|目标|结合|利用|区域|创建|配套项目|加速|实现|承接|联合|深入发掘|制定|完善|提高|牵头组织|建立|管委会|各)/u;
const NAME_CHARS = /[\p{Script=Han}A-Za-z0-9—－]/u;

function nameBefore(doc: Doc, end: number, max: number): number {
  let s = end;
  while (s > 0 && end - s < max && NAME_CHARS.test(doc.match[s - 1] ?? '')) s--;
  const cut = CUT.exec(doc.match.slice(s, end));
  return cut ? s + cut[0].length : s;
}

function dedupe<T extends { name: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((it) => !seen.has(it.name) && seen.add(it.name));
}

const ZONE =
  /组团|产业园区|产业园|工业园区|工业园|园区|经济技术开发区|开发区|经开区|高新区|核心区|拓展区|辅助区/g;

const GENERIC_ZONE = /^(该|本|市级|国家级|专业|示范|智慧|区域性|核心配套|园区|一区)|^.?(园区|组团)$/;

const CUT_NO_AND = new RegExp(CUT.source.replace('|与|和|及|', '|'), 'u');

/**
 * Where a zone's name starts: as for any name (nameBefore), except that 及/和/与 cut only after a zone (A园区及B园区)
 * or at the start of the run — inside a name they join its words (新能源三轮摩托车及核心配套产业园).
 */
function zoneStart(doc: Doc, at: number): number {
  const start = nameBefore(doc, at, 16);
  const joiner = doc.match[start - 1] ?? '';
  if (!/[及和与]/.test(joiner) || /[园区团城]/.test(doc.match[start - 2] ?? '')) return start;
  let s = at;
  while (s > 0 && at - s < 24 && NAME_CHARS.test(doc.match[s - 1] ?? '')) s--;
  if (s === start - 1) return start;
  const cut = CUT_NO_AND.exec(doc.match.slice(s, at));
  const widened = cut ? s + cut[0].length : s;
  return at - widened <= 20 ? widened : start;
}

export function findZones(doc: Doc): ZoneMention[] {
  const out: ZoneMention[] = [];
  for (const z of doc.match.matchAll(ZONE)) {
    const end = (z.index ?? 0) + z[0].length;
    const start = zoneStart(doc, z.index ?? 0);
    if ((z.index ?? 0) - start < 2 || GENERIC_ZONE.test(doc.match.slice(start, end))) continue;
    const name = normaliseName(doc.text.slice(start, end));
    out.push({ name, kind: z[0], quote: sentenceAt(doc, start, end), start, end });
  }
  return dedupe(out);
}

const COMPANY = /股份有限公司|有限责任公司|有限公司|公司|集团|股份/g;
const LISTED =
  /(依托|聚焦|推动|引进|引导|支持|发挥)([^，。；：“”]{2,80}?)等(?:[^，。；]{0,8}?)(企业|龙头|公司|集团|链主|本地)/g;
const NOT_FIRM =
  /产业|行业|领域|资源|优势|平台|项目|园区|组团|基地|学院|实验室|研究院|中心|市场|品牌|的|\d|(材料|元器件|液|膜|极|器|件|加工|制造|处理|储运|发电|厂|设备|感知|封装|轮|轴|箱|新材料|大健康|合金|铜)$/;

export function findEnterprises(doc: Doc): EnterpriseMention[] {
  const out: EnterpriseMention[] = [];
  for (const c of doc.match.matchAll(COMPANY)) {
    const end = (c.index ?? 0) + c[0].length;
    const start = nameBefore(doc, c.index ?? 0, 20);
    if ((c.index ?? 0) - start < 2 || /^(本|该|各|其|子|母|分|总)$/.test(doc.match.slice(start, c.index)))
      continue;
    const name = normaliseName(doc.text.slice(start, end));
    out.push({ name, via: 'suffix', quote: sentenceAt(doc, start, end), start, end });
  }
  for (const l of doc.match.matchAll(LISTED)) {
    let at = (l.index ?? 0) + (l[1]?.length ?? 0);
    for (const item of (l[2] ?? '').split('、')) {
      const trimmed = item.trim().replace(/^(为|和|与|及|具有)/, '');
      const start = at + item.indexOf(trimmed);
      at += item.length + 1;
      if (trimmed.length < 2 || trimmed.length > 8 || NOT_FIRM.test(trimmed)) continue;
      const name = normaliseName(doc.text.slice(start, start + trimmed.length));
      out.push({
        name,
        via: 'listed',
        quote: sentenceAt(doc, start, start + trimmed.length),
        start,
        end: start + trimmed.length,
      });
    }
  }
  return dedupe(out.sort((a, b) => a.start - b.start));
}

const UNIT =
  '万吨|吨|万台|台|万套|套|万辆|辆|万件|件|万部|万块|亿平方米|万平方米|GWh|MWh|MW|万头|万只|亿只|万片|亿片';
const YEARLY_BEFORE = new RegExp(
  `年产\\s*([^\\d，。；]{0,8}?)\\s*([\\d.,]+)\\s*(${UNIT})\\s*([^，。；、\\d]{0,20})`,
  'g',
);
const PER_YEAR_AFTER = new RegExp(
  `([\\p{Script=Han}A-Za-z（）]{2,16}?)\\s*([\\d.,]+)\\s*(${UNIT})\\s*/\\s*年`,
  'gu',
);
const PRODUCT_END = /(生产线|生产能力|产能|项目|的|等|及|达产|投产).*$/;

export function findProjects(doc: Doc): ProjectMention[] {
  const out: ProjectMention[] = [];
  const push = (name: string, value: string, unit: string, start: number, end: number) => {
    const clean = normaliseName(name).replace(PRODUCT_END, '');
    if (!clean) return;
    out.push({
      name: clean,
      value: Number(value.replace(/,/g, '')),
      unit,
      quote: sentenceAt(doc, start, end),
      start,
      end,
    });
  };
  for (const p of doc.match.matchAll(YEARLY_BEFORE)) {
    const start = p.index ?? 0;
    if (/\d\s*$/.test(doc.match.slice(Math.max(0, start - 3), start))) continue; // “2020 年产出” is a year
    const end = start + p[0].length;
    const product = p[4]?.trim() ? p[4] : (p[1] ?? '');
    const at = doc.match.indexOf(product, start);
    push(doc.text.slice(at, at + product.length), p[2] ?? '', `${p[3]}/年`, start, end);
  }
  for (const p of doc.match.matchAll(PER_YEAR_AFTER)) {
    const start = p.index ?? 0;
    const lead = CUT.exec(p[1] ?? '')?.[0].length ?? 0;
    const name = doc.text.slice(start + lead, start + (p[1]?.length ?? 0));
    push(name, p[2] ?? '', `${p[3]}/年`, start + lead, start + p[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}
