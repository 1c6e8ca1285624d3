/**
 * The review a person would make by accepting everything: every chain and fact as extracted, as a commit input
 * (vocab/imports.ts ImportCommitInput). `npm run import -- --accept-all` commits it; `--json` writes it to edit.
 * Chain names follow the review screen (first and last link); the district is the one given or the proposal.
 */
import { normaliseSource } from '../../seed/text.ts';
import type { Extraction, ImportCommitInput } from '../../vocab/imports.ts';
import { inGraphScript } from './linkScript.ts';

const chainName = (stages: string[][]) => `${stages[0]?.[0] ?? ''}—${stages.at(-1)?.[0] ?? ''}产业链`;

export function acceptAll(
  title: string,
  text: string,
  x: Extraction,
  district?: string,
  hint?: string,
): ImportCommitInput {
  const f = x.facts;
  const normalised = normaliseSource(text);
  const at = (quote: string, start: number) =>
    normalised.slice(start, start + quote.length) === quote ? start : Math.max(0, normalised.indexOf(quote));
  const industries = new Set(f.industries.map((i) => i.name));
  return {
    title,
    text,
    ...((district ?? f.district?.name) ? { district: district ?? f.district?.name } : {}),
    ...(hint ? { districtHint: hint } : {}),
    chains: inGraphScript(x).chains.map((c, i) => {
      const industry = f.chainIndustry[i];
      return {
        name: chainName(c.stages),
        expression: c.expression,
        stages: c.stages,
        quote: c.quote,
        start: at(c.quote, c.start),
        section: c.section,
        ...(industry && industries.has(industry) ? { industry } : {}),
      };
    }),
    // The district's own targets, each year with its sentence.
    districtTargets: f.districtTargets.map((t) => ({
      year: t.year,
      output: t.output,
      valueAdded: t.valueAdded,
      quote: t.quote,
      start: at(t.quote, t.start),
    })),
    zones: f.zones.map((z) => ({
      name: z.name,
      kind: z.kind,
      parent: z.parent,
      quote: z.quote,
      start: at(z.quote, z.start),
      ...(z.target ? { year: z.target.year, output: z.target.output, valueAdded: z.target.valueAdded } : {}),
    })),
    industries: f.industries.map((i) => ({
      name: i.name,
      quote: i.quote,
      start: at(i.quote, i.start),
      ...(i.target ? { year: i.target.year, output: i.target.output, valueAdded: i.target.valueAdded } : {}),
    })),
    firms: f.firms.map((e) => ({
      name: e.name,
      zone: e.zone,
      products: e.products,
      quote: e.quote,
      start: at(e.quote, e.start),
      ...(e.also?.length
        ? { also: e.also.map((a) => ({ quote: a.quote, start: at(a.quote, a.start) })) }
        : {}),
    })),
    // A target whose link the extractor could not tell is left for the reviewer (counted as skipped).
    skippedFacts: { targets: f.targets.filter((t) => !t.link).length },
    targets: f.targets.flatMap((t) =>
      t.link ? [{ name: t.name, link: t.link, quote: t.quote, start: at(t.quote, t.start) }] : [],
    ),
    projects: f.projects.map((p) => ({
      name: p.name,
      value: p.value,
      unit: p.unit,
      product: p.product,
      zone: p.zone,
      enterprise: p.enterprise,
      link: p.link,
      // Where the project stands as the text states it, with its words for whoever edits the review JSON.
      status: p.status,
      statusWords: p.statusWords,
      quote: p.quote,
      start: at(p.quote, p.start),
    })),
    // Links the plan says it will bring in: every one is a link of the chains above (all accepted here).
    sought: f.sought.map((x) => ({ name: x.name, quote: x.quote, start: at(x.quote, x.start) })),
  };
}
