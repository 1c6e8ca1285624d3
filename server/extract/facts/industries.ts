/**
 * Industries: the headings that name one (一、提质发展高端装备制造产业 → 高端装备制造; 五、持续发展消费品工业 →
 * 消费品工业), with the year target whose subject names them (新材料产业实现产值 500 亿元) or, failing that, the
 * first target without a subject inside their section; also the items of an enumeration (一是新材料产业，…). Chains
 * take the industry of the heading (or item) they sit under.
 */
import type { ChainCandidate, IndustryFact } from '../../../vocab/imports.ts';
import { type Doc, sentenceAt } from '../text.ts';
import type { FoundTarget } from './targets.ts';

const INDUSTRY_HEADING =
  /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*\S{0,4}?(?:发展|做强|做大|壮大|培育|提升|打造)(.{2,12}?)(产业|工业)$/u;

interface Section {
  fact: IndustryFact;
  from: number;
  to: number;
}

/**
 * An enumeration that names an industry at a sentence's start (一是新材料产业，…；二是医药产业，…): the industry's
 * stretch runs to the next item of the enumeration or the paragraph's end.
 */
const INDUSTRY_ITEM =
  /(?<=^|[。；;\n])\s*[一二三四五六七八九十]+是([\p{Script=Han}]{2,10}?)(产业|工业)[，,]/gu;

function items(doc: Doc): Section[] {
  const found = [...doc.match.matchAll(INDUSTRY_ITEM)];
  return found.map((m, i) => {
    const bare = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(bare);
    const para = doc.match.indexOf('\n', start);
    const next = found[i + 1]?.index ?? doc.text.length;
    const to = Math.min(next, para < 0 ? doc.text.length : para);
    const name = m[2] === '工业' ? `${bare}工业` : bare;
    return {
      fact: { name, start, end: start + bare.length, quote: sentenceAt(doc, start, start + 1), target: null },
      from: m.index ?? 0,
      to,
    };
  });
}

function sections(doc: Doc): Section[] {
  const out: Section[] = items(doc);
  doc.headings.forEach((h, i) => {
    const m = INDUSTRY_HEADING.exec(doc.match.slice(h.at, h.at + h.text.length).trim());
    if (!m?.[1]) return;
    const bare = m[1].replace(/^(发展|壮大|做强)/, '');
    const name = m[2] === '工业' ? `${bare}工业` : bare;
    const next = doc.headings.slice(i + 1).find((n) => n.level <= h.level);
    const start = h.at + h.text.indexOf(bare);
    out.push({
      fact: { name, start, end: start + bare.length, quote: sentenceAt(doc, start, start + 1), target: null },
      from: h.at,
      to: next?.at ?? doc.text.length,
    });
  });
  return out;
}

export function industryFacts(
  doc: Doc,
  targets: FoundTarget[],
  chains: ChainCandidate[],
): { industries: IndustryFact[]; chainIndustry: (string | null)[] } {
  const list = sections(doc);
  const byName = new Map<string, Section>();
  for (const s of list) if (!byName.has(s.fact.name)) byName.set(s.fact.name, s);
  for (const t of targets) {
    const named = [...byName.values()].find(
      (s) =>
        t.subject.includes(s.fact.name) ||
        (t.subject.length >= 2 && s.fact.name.includes(t.subject.replace(/(产业|业)$/, ''))),
    );
    // A target whose subject names an industry no heading names (眼镜产业产值达40亿元) makes that industry.
    const bare = /^(\p{Script=Han}{2,8}?)产业$/u.exec(t.subject)?.[1];
    if (!named && bare && t.year !== null) {
      const at = Math.max(0, doc.match.lastIndexOf(bare, t.end));
      const fact = {
        name: bare,
        start: at,
        end: at + bare.length,
        quote: sentenceAt(doc, at, at + 1),
        target: null,
      };
      byName.set(bare, { fact, from: at, to: at });
    }
    const made = named ?? (bare ? byName.get(bare) : undefined);
    // A subject holds one target: the latest year's, its horizon (力争2018年…30亿元；到2020年…50亿元 → 2020).
    if (made && (!made.fact.target || (t.year ?? 0) > (made.fact.target.year ?? 0))) {
      made.fact.target = {
        year: t.year,
        output: t.output,
        valueAdded: t.valueAdded,
        quote: t.quote,
        start: t.start,
      };
    }
  }
  for (const t of targets) {
    if (t.subject || t.year === null) continue;
    const inside = list.find((s) => t.start >= s.from && t.start < s.to);
    if (inside && !inside.fact.target)
      inside.fact.target = {
        year: t.year,
        output: t.output,
        valueAdded: t.valueAdded,
        quote: t.quote,
        start: t.start,
      };
  }
  const chainIndustry = chains.map(
    (c) => list.find((s) => c.start >= s.from && c.start < s.to)?.fact.name ?? null,
  );
  return { industries: [...byName.values()].map((s) => s.fact), chainIndustry };
}
