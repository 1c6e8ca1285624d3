/**
 * Projects with capacities: each capacity the context rules find (年产 N 单位 X, X N 单位/年) plus installed
 * power (装机容量 180MW) and herd sizes (50 万头生猪), as a project named by its clause (the words between the
 * nearest separators, without leading verbs), with the zone and firm named near it and the link it builds (the
 * product, or the chain link the product's name contains).
 */
import type { ChainCandidate, ProjectFact, ProjectMention, ZoneFact } from '../../../vocab/imports.ts';
import { type Doc, normaliseName, sentenceAt } from '../text.ts';
import { zoneNear } from './firms.ts';

const LEAD =
  /^(积极|加快|加速|持续|力争|确保|全力)?(推动|推进|建设|实施|引进|建成|开工|投产|新建|扩建|打造|布局|完成|支持|新增|形成)?/u;
const POWER = /([\p{Script=Han}A-Za-z]{2,10}?)装机容量\s*([\d.]+)\s*(MW|GW|兆瓦|万千瓦)/gu;
const AMOUNT =
  /([\d.]+)\s*(万吨|万台|万套|万辆|万件|万部|万块|亿平方米|万平方米|万只|亿只|万片|亿片|GWh)\s*([\p{Script=Han}A-Za-z（）()]{2,14}?)(?=[、，。；]|产能|生产能力|生产线|项目|基地|$)/gu;
const CAPACITY_CONTEXT = /产能|生产能力|形成|构建|项目|达产|投产/;
const HEAD = /([\d.]+)\s*(万头|万只|万羽)\s*([\p{Script=Han}]{2,6})/gu;

function clauseAround(doc: Doc, start: number, end: number): { text: string; at: number } {
  const SEP = /[，。；：、！？]/;
  let s = start;
  while (s > 0 && start - s < 40 && !SEP.test(doc.text[s - 1] ?? '')) s--;
  let e = end;
  while (e < doc.text.length && e - end < 30 && !SEP.test(doc.text[e] ?? '')) e++;
  const raw = doc.text.slice(s, e);
  const lead = LEAD.exec(raw)?.[0].length ?? 0;
  return { text: normaliseName(raw.slice(lead)), at: s + lead };
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
    found.push({
      name: normaliseName(p[1] ?? ''),
      value: Number(p[2]),
      unit: p[3] ?? '',
      start,
      end: start + p[0].length,
      quote: sentenceAt(doc, start, start + p[0].length),
    });
  }
  // Starts already read by another rule, bucketed by 12 characters so the overlap check stays constant-time.
  const taken = new Map<number, number[]>();
  for (const p of found)
    taken.set(Math.floor(p.start / 12), [...(taken.get(Math.floor(p.start / 12)) ?? []), p.start]);
  const near = (at: number) =>
    [-1, 0, 1].some((d) => (taken.get(Math.floor(at / 12) + d) ?? []).some((t) => Math.abs(t - at) < 12));
  for (const p of doc.match.matchAll(AMOUNT)) {
    const start = p.index ?? 0;
    const end = start + p[0].length;
    if (near(start) || /年产\s*$/.test(doc.match.slice(start - 4, start))) continue;
    const quote = sentenceAt(doc, start, end);
    if (!CAPACITY_CONTEXT.test(quote)) continue;
    found.push({
      name: normaliseName(p[3] ?? ''),
      value: Number(p[1]),
      unit: `${p[2]}/年`,
      start,
      end,
      quote,
    });
  }
  for (const p of doc.match.matchAll(HEAD)) {
    const start = p.index ?? 0;
    found.push({
      name: p[3] ?? '',
      value: Number(p[1]),
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
    let name = clause.text.length >= 4 ? clause.text : `${p.name}${p.value}${p.unit}`;
    if (names.has(name)) name = `${name}（${p.name}）`;
    names.add(name);
    const firm = firms.find((f) => clause.text.includes(f.name));
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
    });
  }
  return out;
}
