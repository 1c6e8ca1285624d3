/** Project mentions with a yearly capacity: 年产 (年生产) N 单位 X, or X N 单位/年. */

import type { ProjectMention } from '../../vocab/imports.ts';
import { amountPattern, amountValue, YEARLY_UNITS } from './amounts.ts';
import { CUT } from './names.ts';
import { type Doc, normaliseName, sentenceAt } from './text.ts';

const UNIT = YEARLY_UNITS;
const NUMBER = amountPattern(true);
/** A size written between an amount and its product (17万吨2.0-2.5mm超薄玻璃): no part of the product. */
const SPEC = '(?:[\\d.]+(?:[-~—～][\\d.]+)?\\s*(?:mm|毫米|μm|微米|cm)\\s*)?';
/**
 * 年产 N 单位 X, or the product before the amount: up to 8 characters, or a product and its class (年产甲乙丙等原料药产品80吨,
 * up to 8 characters on each side of 等; the product is what comes before 等).
 */
const YEARLY_BEFORE = new RegExp(
  `年(?:设计)?生?产(?:量(?:可达|将达|达到|达|为|约)?)?(?!能|值|量|总值)\\s*([^\\d，。；]{0,8}?|[^\\d，。；,;等]{1,8}等[^\\d，。；,;]{1,8}?)\\s*(${NUMBER})\\s*(${UNIT})\\s*${SPEC}([^，。；、,;\\d]{0,20})`,
  'g',
);
const PER_YEAR_AFTER = new RegExp(
  `([\\p{Script=Han}A-Za-z（）()]{2,16}?)\\s*(${NUMBER})\\s*(${UNIT})\\s*/\\s*年`,
  'gu',
);
/**
 * An amount per year before its product, in a list of what a plant builds (建设60万吨/年甲烷、90万吨/年乙醇等项目): the
 * product follows the amount when no product precedes it (after 、, a clause's start or a building verb).
 */
const PRODUCT_AFTER = new RegExp(
  `(?<=^|[、，,：:；;\\s]|建设|新建|扩建|建成|形成)(${NUMBER})\\s*(${UNIT})\\s*/\\s*年\\s*([\\p{Script=Han}A-Za-z\\d（）()]{2,16}?)(?=\\s*[、，。；,;]|\\s*$|等|项目|生产线|装置)`,
  'gmu',
);
/** A line reaching its yearly output (甲鱼糜生产线技改、年达产4000吨): the product is what the line makes, before it. */
const REACHED = new RegExp(
  `([\\p{Script=Han}]{2,16}?)(?:生产线|车间|项目)[^、，。；,;\\d]{0,4}?[、，,]?\\s*年达产\\s*(${NUMBER})\\s*(${UNIT})`,
  'gu',
);
/**
 * The next item of a list of products each before its amount, after 年产 (年产甲机组100万千瓦、乙叶片600支): each a
 * capacity of its product.
 */
const NEXT_ITEM = new RegExp(
  `、([\\p{Script=Han}]{2,8}?)\\s*(${NUMBER})\\s*(${UNIT})(?=[、，。；,;]|$)`,
  'uy',
);
/** 年甲乙产量达8000万余颗: a yearly output with its product between 年 and 产量, an amount written 万余 (over N万). */
const OUTPUT_OF = new RegExp(
  `年([\\p{Script=Han}]{2,8}?)产量(?:可达|将达|达到|达|为|约)\\s*(${NUMBER})\\s*(万|亿)?余?\\s*(${UNIT}|颗)(?![\\p{Script=Han}]{0,2}元)`,
  'gu',
);
const PRODUCT_END = /(生产线|生产能力|产能|项目|的|等|及|和|联产|达产|投产|预计|计划|已).*$/;

export function findProjects(doc: Doc): ProjectMention[] {
  const out: ProjectMention[] = [];
  const push = (name: string, value: string, unit: string, start: number, end: number) => {
    const clean = normaliseName(name).replace(PRODUCT_END, '');
    if (!clean) return;
    out.push({
      name: clean,
      value: amountValue(value),
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
    // 的 between the amount and its product (年产300万吨的甲乙煤矿) is no part of the product.
    const after = (p[4] ?? '').replace(/^\s*的/, '');
    const product = after.trim() ? after : (p[1] ?? '');
    const at = doc.match.indexOf(product, start);
    push(doc.text.slice(at, at + product.length), p[2] ?? '', `${p[3]}/年`, start, end);
    if (after.trim()) continue;
    NEXT_ITEM.lastIndex = end;
    for (let i = NEXT_ITEM.exec(doc.match); i; i = NEXT_ITEM.exec(doc.match)) {
      const from = i.index + 1;
      push(
        doc.text.slice(from, from + (i[1]?.length ?? 0)),
        i[2] ?? '',
        `${i[3]}/年`,
        from,
        NEXT_ITEM.lastIndex,
      );
    }
  }
  for (const p of doc.match.matchAll(PER_YEAR_AFTER)) {
    const start = p.index ?? 0;
    const lead = CUT.exec(p[1] ?? '')?.[0].length ?? 0;
    const name = doc.text.slice(start + lead, start + (p[1]?.length ?? 0));
    push(name, p[2] ?? '', `${p[3]}/年`, start + lead, start + p[0].length);
  }
  for (const p of doc.match.matchAll(PRODUCT_AFTER)) {
    const start = p.index ?? 0;
    const perYear = start + p[0].length - (p[3]?.length ?? 0);
    if (out.some((o) => o.end >= perYear - 1 && o.start <= start)) continue;
    const at = start + p[0].length - (p[3]?.length ?? 0);
    push(doc.text.slice(at, start + p[0].length), p[1] ?? '', `${p[2]}/年`, start, start + p[0].length);
  }
  for (const p of doc.match.matchAll(REACHED)) {
    const start = p.index ?? 0;
    const lead = CUT.exec(p[1] ?? '')?.[0].length ?? 0;
    push(
      doc.text.slice(start + lead, start + (p[1]?.length ?? 0)),
      p[2] ?? '',
      `${p[3]}/年`,
      start + lead,
      start + p[0].length,
    );
  }
  for (const p of doc.match.matchAll(OUTPUT_OF)) {
    const start = (p.index ?? 0) + 1;
    const unit = `${p[3] ?? ''}${p[4] ?? ''}`;
    if (/^[万亿]{2}/.test(unit)) continue;
    push(
      doc.text.slice(start, start + (p[1]?.length ?? 0)),
      p[2] ?? '',
      `${unit}/年`,
      start,
      start + p[0].length,
    );
  }
  return out.sort((a, b) => a.start - b.start);
}
