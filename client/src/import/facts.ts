/**
 * The review of a plan's facts besides chains (district, zones, industries, firms, investment targets, projects):
 * one draft per fact with accept, name and the one detail a reviewer most often corrects (a zone's parent, a firm's
 * zone, a target's link, a project's capacity “50 万吨/年”), and the commit input made from the drafts. Pure.
 */
import type { FactKind, ImportCommitInput, PlanFacts, YearTarget } from '../../../vocab/imports.ts';
import type { ProjectStatus } from '../../../vocab/project.ts';
import { textToStages } from './stages.ts';
import { placedWanted } from './wanted.ts';

export interface FactDraft {
  kind: FactKind;
  /** Index into facts[kind]. */
  index: number;
  accepted: boolean;
  name: string;
  detail: string;
  /** A project's status as the reviewer keeps or sets it (null: STATUS_UNSTATED); absent for other kinds. */
  status?: ProjectStatus | null;
}

const capacityText = (value: number | null, unit: string | null) =>
  value === null ? '' : `${value} ${unit ?? ''}`.trim();

/** “50 万吨/年” → value and unit; a number without a unit keeps unit '' (the server refuses it, naming the field). */
export function parseCapacity(text: string): { value: number | null; unit: string | null } {
  const m = /^\s*([\d.]+)\s*(.*?)\s*$/.exec(text);
  if (!m?.[1]) return { value: null, unit: null };
  return { value: Number(m[1]), unit: m[2] ?? '' };
}

export function targetText(t: YearTarget | null): string {
  return t ? `${t.year ?? ''} 年：${districtFigures(t)}` : '';
}

/** A target's figures as the review shows and edits them: “产值 1000 亿元，增加值 260 亿元”. */
export function districtFigures(t: { output: number | null; valueAdded: number | null }): string {
  return [
    t.output !== null ? `产值 ${t.output} 亿元` : '',
    t.valueAdded !== null ? `增加值 ${t.valueAdded} 亿元` : '',
  ]
    .filter(Boolean)
    .join('，');
}

/** “产值 1000 亿元，增加值 260 亿元” (either may be left out) → the figures; a figure not written is null. */
export function parseDistrictFigures(text: string): { output: number | null; valueAdded: number | null } {
  const figure = (word: string) => {
    const m = new RegExp(`${word}\\s*([\\d.]+)`).exec(text);
    return m?.[1] ? Number(m[1]) : null;
  };
  return { output: figure('产值'), valueAdded: figure('增加值') };
}

export function initialFactDrafts(f: PlanFacts): FactDraft[] {
  const d = (kind: FactKind, index: number, name: string, detail: string | null): FactDraft => ({
    kind,
    index,
    accepted: true,
    name,
    detail: detail ?? '',
  });
  return [
    // The name of a district target is its year (editable: a plan's 十四五 target read as 2025).
    ...f.districtTargets.map((t, i) => d('districtTargets', i, String(t.year), districtFigures(t))),
    ...f.zones.map((z, i) => d('zones', i, z.name, z.parent)),
    ...f.industries.map((x, i) => d('industries', i, x.name, '')),
    ...f.firms.map((x, i) => d('firms', i, x.name, x.zone)),
    ...f.targets.map((x, i) => d('targets', i, x.name, x.link)),
    ...f.projects.map((x, i) => ({
      ...d('projects', i, x.name, capacityText(x.value, x.unit)),
      status: x.status,
    })),
    ...f.sought.map((x, i) => d('sought', i, x.name, '')),
  ];
}

type FactInput = Pick<
  ImportCommitInput,
  'districtTargets' | 'zones' | 'industries' | 'firms' | 'targets' | 'projects' | 'sought' | 'skippedFacts'
>;

/** The links of the chains a review commits (names without spaces): the only links a sought link may name. */
export function acceptedLinks(chains: readonly (readonly (readonly string[])[])[]): Set<string> {
  return new Set(chains.flatMap((stages) => stages.flat().map((l) => l.replace(/\s+/g, ''))));
}

/** The graph's chain links the plan seeks, as one-link chains for acceptedLinks: links already, whatever the review. */
export const graphSought = (f: PlanFacts): string[][][] =>
  f.sought.flatMap((s) => (s.graph ? [[[s.name]]] : []));

/**
 * The links a sought link may name in a review: those of the chains accepted (as edited) and of the chains added by
 * hand, and the graph's chain links the plan seeks.
 */
export function reviewLinks(
  drafts: readonly { accepted: boolean; line: string }[],
  manual: readonly { line: string }[],
  f: PlanFacts | undefined,
): Set<string> {
  return acceptedLinks([
    ...drafts.filter((d) => d.accepted).map((d) => textToStages(d.line)),
    ...manual.map((m) => textToStages(m.line)),
    ...(f ? graphSought(f) : []),
  ]);
}

/** Whether a sought link can be committed: its name is a link of an accepted chain. */
export const soughtCommittable = (name: string, links: ReadonlySet<string>) =>
  links.has(name.replace(/\s+/g, ''));

/**
 * The commit input of the accepted facts. `links`: the accepted chains' links (acceptedLinks) and the graph's links
 * the plan seeks; a sought link that is none of them is not sent and counts as skipped, as the review says beside it.
 * A wanted item the reviewer placed in an accepted chain (wanted.ts) is sent as a sought link as well.
 */
export function factsInput(
  f: PlanFacts,
  drafts: FactDraft[],
  links: ReadonlySet<string> = new Set(),
): FactInput {
  const out: Required<FactInput> = {
    districtTargets: [],
    zones: [],
    industries: [],
    firms: [],
    targets: [],
    projects: [],
    sought: [],
    skippedFacts: {},
  };
  for (const d of drafts) {
    if (!d.accepted || (d.kind === 'sought' && !soughtCommittable(d.name, links))) {
      out.skippedFacts[d.kind] = (out.skippedFacts[d.kind] ?? 0) + 1;
      continue;
    }
    const detail = d.detail.trim() || null;
    if (d.kind === 'districtTargets') {
      const t = f.districtTargets[d.index];
      // A year that is no number goes as it is read (NaN → refused by the server, naming the field).
      if (t)
        out.districtTargets.push({
          year: Number(d.name.replace(/\s*年\s*$/, '')),
          ...parseDistrictFigures(d.detail),
          quote: t.quote,
          start: t.start,
        });
    } else if (d.kind === 'zones') {
      const z = f.zones[d.index];
      if (z)
        out.zones.push({
          name: d.name,
          kind: z.kind,
          parent: detail,
          quote: z.quote,
          start: z.start,
          ...targetFields(z.target),
        });
    } else if (d.kind === 'industries') {
      const x = f.industries[d.index];
      if (x) out.industries.push({ name: d.name, quote: x.quote, start: x.start, ...targetFields(x.target) });
    } else if (d.kind === 'firms') {
      const x = f.firms[d.index];
      if (x)
        out.firms.push({
          name: d.name,
          zone: detail,
          products: x.products,
          quote: x.quote,
          start: x.start,
          ...(x.also?.length ? { also: x.also } : {}),
        });
    } else if (d.kind === 'sought') {
      const x = f.sought[d.index];
      if (x) out.sought.push({ name: d.name.trim(), quote: x.quote, start: x.start });
    } else if (d.kind === 'targets') {
      const x = f.targets[d.index];
      if (x && detail) out.targets.push({ name: d.name, link: detail, quote: x.quote, start: x.start });
    } else {
      const x = f.projects[d.index];
      if (x)
        out.projects.push({
          name: d.name,
          ...parseCapacity(d.detail),
          product: x.product,
          zone: x.zone,
          enterprise: x.enterprise,
          link: x.link,
          status: d.status ?? null,
          // The words stand behind the status the text gave, not behind one the reviewer chose.
          statusWords: d.status && d.status === x.status ? x.statusWords : null,
          quote: x.quote,
          start: x.start,
        });
    }
  }
  for (const w of placedWanted(f.wanted, links))
    out.sought.push({ name: w.name, quote: w.quote, start: w.start });
  return out;
}

function targetFields(t: YearTarget | null) {
  return t ? { year: t.year, output: t.output, valueAdded: t.valueAdded } : {};
}

/** A quote cut to `width` characters around the first of `names` it holds, that name apart to be marked. */
export interface QuoteExcerpt {
  /** Whether text of the quote is left out before `before` (shown as …). */
  cutStart: boolean;
  before: string;
  /** The name as the quote writes it; '' when the quote holds none of `names`. */
  hit: string;
  after: string;
  cutEnd: boolean;
}

/**
 * The part of a fact's sentence a reviewer needs: quotes run up to ~200 characters on each side of the name
 * (server/extract/text.ts sentenceAt), so the first 120 characters often do not show the firm or zone at all.
 * `names`: the name as the plan writes it (its span in the text; a traditional-script plan keeps its script) and
 * then other spellings; the first found is centred in the window. A quote holding none is cut from its start.
 */
export function quoteExcerpt(quote: string, names: readonly string[], width = 120): QuoteExcerpt {
  const name = names.find((n) => n.length > 0 && quote.includes(n)) ?? '';
  const at = name ? quote.indexOf(name) : 0;
  const start = Math.max(0, Math.min(at - Math.floor((width - name.length) / 2), quote.length - width));
  const end = Math.max(start + width, at + name.length);
  return {
    cutStart: start > 0,
    before: quote.slice(start, at),
    hit: name,
    after: quote.slice(at + name.length, Math.min(quote.length, end)),
    cutEnd: end < quote.length,
  };
}
