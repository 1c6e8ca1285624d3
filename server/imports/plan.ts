import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SeedGraph } from '../../seed/graph.ts';
import { lineOfOffset, normaliseName, normaliseSource } from '../../seed/text.ts';
import { issuedOf, periodOf } from '../domain/periods.ts';
import { simplify } from '../extract/text.ts';
import { factFields, shownName as name } from './factSchema.ts';
import { graphMapTo, graphStages } from './linkScript.ts';

/**
 * What the review screen sends to commit: the document and the chains the user accepted (possibly edited). Its
 * input type is the shared ImportCommitInput (vocab/imports.ts); plan.test.ts checks the two stay the same.
 */
export const importInputSchema = z
  .strictObject({
    title: name(200),
    text: z.string().min(1, 'must not be empty').max(20_000_000),
    industry: z.string().min(1).optional(),
    chains: z.array(
      z.strictObject({
        name: name(100),
        expression: z.string().trim().min(1).max(500),
        stages: z
          .array(z.array(name(100, 'a link must have a name')).min(1))
          .min(2, 'needs at least two stages'),
        quote: z.string().min(1).max(2000),
        start: z.number().int().min(0),
        section: z.string().max(200).default(''),
        /** Link name → id of an existing Product it is the same as. */
        mapTo: z.record(z.string(), z.string()).default({}),
        industry: name(100).optional(),
        /** The reviewer entered the stages from the quote (vocab ImportChain.entered). */
        entered: z.boolean().default(false),
      }),
    ),
    skipped: z.number().int().min(0).default(0),
    ...factFields,
  })
  .refine(
    (v) =>
      v.chains.length +
        v.zones.length +
        v.industries.length +
        v.firms.length +
        v.targets.length +
        v.projects.length >
      0,
    { message: 'accept at least one chain or fact', path: ['chains'] },
  )
  .refine(
    (v) =>
      v.district !== undefined ||
      v.chains.length +
        v.zones.length +
        v.industries.length +
        v.firms.length +
        v.targets.length +
        v.projects.length ===
        v.chains.length,
    {
      message: 'facts other than chains need the district the plan belongs to',
      path: ['district'],
    },
  );
export type ImportInput = z.input<typeof importInputSchema>;
export type Parsed = z.output<typeof importInputSchema>;

export const hash = (...parts: string[]) =>
  createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 12);

export interface ImportRows {
  document: {
    id: string;
    title: string;
    text: string;
    periodStart: number | null;
    periodEnd: number | null;
    /** The date the text says it was issued (YYYY-MM-DD), null when it says none. */
    issued: string | null;
  };
  /** The document's own industry, for chains the review put under no industry of the plan. */
  industry: { id: string; name: string; sources: string[] };
  sources: { id: string; doc: string; section: string; quote: string; start: number; line: number }[];
  /** The seed's chain rows (an imported chain has no kind), and whether the reviewer entered its stages. */
  chains: (SeedGraph['chains'][number] & { kind: null; entered: boolean })[];
  products: SeedGraph['products'];
  hasLink: SeedGraph['hasLink'];
  feeds: SeedGraph['feeds'];
}

/**
 * Input → rows with stable ids (document by its text, chains by document and stages), so committing the same
 * review twice changes nothing. Links take the id of a Product of the same name, so they merge with the graph.
 */
export type Cite = (section: string, quote: string, start: number, field?: string) => string;

/** A reviewed item that cannot be committed: what and where (field path, as the review sent it) and why. */
export class FactError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/**
 * The group of a plan's chains the review put under no industry of the plan: one per district (two plans of a
 * district share it, two districts never do), named by the district — or, for a plan imported without one, one
 * per document named by its title. It was `导入：<title>`, the tool's word and a file name, on the overview.
 */
export function unclassifiedIndustry(
  qualifier: string,
  docId: string,
  title: string,
  districtName: string | undefined,
): { id: string; name: string } {
  const name = unclassifiedName(districtName, title);
  return districtName
    ? { id: `ind-${qualifier}-unclassified`, name }
    : { id: `ind-${qualifier}-${hash(docId)}`, name };
}

/** The name of that group: 未归类产业链（<district>）, or （<plan title>） for a plan without a district. */
export const unclassifiedName = (districtName: string | undefined, title: string) =>
  `未归类产业链（${districtName ?? title}）`;

/**
 * `qualifier` (the district's code) qualifies the ids of what this plan creates (REGIONS.md); `industryOf` maps an
 * industry name of the review to its id; `districtName` names the group of chains under no industry of the plan.
 */
export function planImport(
  parsed: Parsed,
  qualifier = 'import',
  industryOf: (name: string) => string | undefined = () => undefined,
  districtName?: string,
): ImportRows & { cite: Cite; sourceList: () => ImportRows['sources'] } {
  const text = normaliseSource(parsed.text);
  const docId = `doc-import-${hash(text)}`;
  const period = periodOf(parsed.title, text);
  const [periodStart, periodEnd] = period ? [period.start, period.end] : [null, null];
  const sources = new Map<string, ImportRows['sources'][number]>();
  const cite = (section: string, quote: string, start: number, field = 'quote') => {
    const at = text.slice(start, start + quote.length) === quote ? start : text.indexOf(quote);
    // A source is a sentence of this plan: a quote it does not contain (a hand-added chain's, a forged review's)
    // is the reviewer's input, refused with its field — it was an internal error (500).
    if (at < 0) throw new FactError(field, `quote not found in the document: "${quote.slice(0, 40)}"`);
    // A fact (cited without a section) in a sentence a chain already cites with its section is that source: 旺苍's
    // 焦 showed “煤资源综合利用功能区:…形成“煤-焦-化”产业链。” twice under 规划原文, once with 二、产业布局, once without.
    if (section === '')
      for (const s of sources.values()) if (s.quote === quote && s.start === at && s.section) return s.id;
    const id = `src-${hash(docId, section, quote)}`;
    sources.set(id, { id, doc: docId, section, quote, start: at, line: lineOfOffset(parsed.text, at) });
    return id;
  };
  const unclassified = unclassifiedIndustry(qualifier, docId, parsed.title, districtName);
  const industryId = parsed.industry ?? unclassified.id;
  const titleSource = cite('', text.slice(0, Math.min(40, text.length)), 0);
  const products = new Map<string, ImportRows['products'][number]>();
  const feeds = new Map<string, ImportRows['feeds'][number]>();
  const rows: ImportRows = {
    document: {
      id: docId,
      title: parsed.title,
      text: parsed.text,
      periodStart,
      periodEnd,
      // The text as given: its lines say where a page's date stands (normaliseSource joins them).
      issued: issuedOf(parsed.text),
    },
    industry: { id: industryId, name: unclassified.name, sources: [titleSource] },
    sources: [],
    chains: [],
    products: [],
    hasLink: [],
    feeds: [],
  };
  parsed.chains.forEach((c, i) => {
    // Links in simplified script, as the graph names them (linkScript.ts); the quote stays as written.
    const stages = graphStages(c.stages, c.quote).map((s) => s.map(normaliseName));
    const mapTo = graphMapTo(c.mapTo, c.quote);
    const chainId = `chain-${qualifier}-${hash(docId, JSON.stringify(stages))}`;
    const sid = cite(c.section, c.quote, c.start, `chains.${i}.quote`);
    // An entered chain is the reviewer's reading of its sentence: the sentence must name one of its links at least,
    // as written or in simplified script (links typed 天然气 for a traditional plan's 天然氣, as the review matches them),
    // or the chain itself — a chain the plan names in a list (调整后的10条产业链是:白酒、能源…) whose links it states nowhere.
    const reading = c.entered ? simplify(c.quote) : '';
    const named = c.name.replace(/\s+/g, '').replace(/产业链$/, '');
    const names = [...c.stages.flat(), ...(named.length >= 2 ? [named] : [])];
    if (c.entered && !names.some((l) => c.quote.includes(l) || reading.includes(l)))
      throw new FactError(
        `chains.${i}.quote`,
        'the sentence names neither the entered chain nor any of its links',
      );
    // The same chain stated in two sentences (旺苍: “煤-焦-化” in 基本情况 and again in 产业布局) is one chain
    // citing both, not two rows of one id — the report counted it twice (新增产业链 4 条 where 3 were written).
    const same = rows.chains.find((x) => x.id === chainId);
    if (same) {
      if (!same.sources.includes(sid)) same.sources.push(sid);
    } else
      rows.chains.push({
        id: chainId,
        name: c.name,
        expression: c.expression,
        kind: null,
        entered: c.entered,
        industry: (c.industry && industryOf(c.industry)) || industryId,
        stageCount: stages.length,
        position: i,
        sources: [sid],
      });
    const idOf = (name: string) => mapTo[name] ?? `p-${name}`;
    stages.forEach((stage, s) => {
      for (const name of stage) {
        const pid = idOf(name);
        const p = products.get(pid) ?? { id: pid, name, sources: [] };
        if (!p.sources.includes(sid)) p.sources.push(sid);
        products.set(pid, p);
        if (!same) rows.hasLink.push({ chain: chainId, product: pid, stage: s, source: sid });
      }
      for (const up of stage) {
        for (const down of stages[s + 1] ?? []) {
          const key = `${idOf(up)}>${idOf(down)}`;
          const f = feeds.get(key) ?? { from: idOf(up), to: idOf(down), chains: [], sources: [] };
          if (!f.chains.includes(chainId)) f.chains.push(chainId);
          if (!f.sources.includes(sid)) f.sources.push(sid);
          feeds.set(key, f);
        }
      }
    });
  });
  rows.products = [...products.values()];
  rows.feeds = [...feeds.values()];
  return { ...rows, cite, sourceList: () => [...sources.values()] };
}
