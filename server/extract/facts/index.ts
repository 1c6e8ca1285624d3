/**
 * The plan as facts to review: district, zones with parents, industries with targets, firms, targets, projects.
 * Facts are read on the simplified view of the text (a traditional-script plan — 臨港產業園 — gives 临港产业园), so
 * every name is matched, merged and stored in simplified characters; each quote is then given back in the plan's
 * own script (the view keeps offsets, character for character).
 */
import type { ChainCandidate, Extraction, PlanFacts } from '../../../vocab/imports.ts';
import { type Doc, overLines, readAsWritten, simplify } from '../text.ts';
import { proposeCity } from './cityLevel.ts';
import { proposeDistrict, townsOf } from './district.ts';
import { findDistrictTargets, namesWholeDistrict } from './districtTargets.ts';
import { mergeSpellings } from './firmSpellings.ts';
import { firmFacts } from './firms.ts';
import { industryFacts } from './industries.ts';
import { namedChainFacts } from './namedChains.ts';
import { projectParks } from './projectParks.ts';
import { projectFacts } from './projects.ts';
import { reaches, soughtFacts } from './sought.ts';
import { findTargets } from './targets.ts';
import { wantedFacts } from './wanted.ts';
import { zoneFacts } from './zones.ts';

type Found = Pick<Extraction, 'zones' | 'enterprises' | 'projects'> & { chains: ChainCandidate[] };

/** The document as its simplified view: text, match and headings all in simplified characters. */
function simplifiedView(doc: Doc): Doc {
  if (readAsWritten(doc)) return doc;
  return {
    text: doc.match,
    match: doc.match,
    headings: doc.headings.map((h) => ({ ...h, text: simplify(h.text) })),
    titleEnds: doc.titleEnds,
    paraEnds: doc.paraEnds,
    sources: doc.sources,
  };
}

function simplifiedFound(found: Found): Found {
  const s = <T extends { name: string; quote: string }>(m: T): T => ({
    ...m,
    name: simplify(m.name),
    quote: simplify(m.quote),
  });
  return {
    zones: found.zones.map(s),
    enterprises: found.enterprises.map(s),
    projects: found.projects.map(s),
    chains: found.chains.map((c) => ({
      ...c,
      quote: simplify(c.quote),
      expression: simplify(c.expression),
      stages: c.stages.map((st) => st.map(simplify)),
    })),
  };
}

/** Every `quote` (with its `start`) read on the view, given back as the plan writes it. */
function originalQuotes(value: unknown, view: string, text: string): void {
  if (Array.isArray(value)) {
    for (const v of value) originalQuotes(v, view, text);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.quote === 'string' && typeof o.start === 'number') {
    const q = o.quote;
    let at = view.lastIndexOf(q, o.start);
    if (at < 0) at = view.indexOf(q);
    if (at >= 0) o.quote = text.slice(at, at + q.length);
  }
  for (const v of Object.values(o)) if (v && typeof v === 'object') originalQuotes(v, view, text);
}

/** The view's match with the source lines read again (simplified), which makeDoc leaves blank for the other rules. */
function sourcesRestored(doc: Doc, view: Doc): string {
  return overLines(view.match, doc.sources ?? [], (s, e) => simplify(doc.text.slice(s, e)));
}

/**
 * `graphLinks`: the links of the graph's chains (the upload's lexicon), which a sought link may also name; none
 * without a lexicon.
 */
export function planFacts(
  doc: Doc,
  title: string,
  found: Found,
  graphLinks: readonly string[] = [],
): PlanFacts {
  const view = simplifiedView(doc);
  const f = view === doc ? found : simplifiedFound(found);
  // The page's source lines name where it comes from (本文来源:某县广播电视): evidence for the district proposal only.
  const withSources = { ...view, match: sourcesRestored(doc, view) };
  // The county the text names: the rules below place zones, firms and whole-district figures with it.
  const district = proposeDistrict(
    withSources,
    simplify(title),
    f.enterprises.filter((e) => e.via === 'suffix'),
    f.zones,
  );
  // The proposal shown: the prefecture-level city where the text speaks as one (cityLevel.ts), else the county.
  const proposal = proposeCity(withSources, simplify(title), district) ?? district;
  // A figure of the whole district (全县工业总产值…) is no zone's or industry's target.
  const targets = findTargets(view).filter((t) => !namesWholeDistrict(view, t.start, t.end, district?.name));
  const read0 = zoneFacts(
    view,
    f.zones,
    district ? townsOf(district.name) : new Map(),
    targets,
    district?.name,
  );
  // A firm's own park (its project) is no zone of the district (projectParks.ts).
  const projectsOnly = projectParks(view, read0, f.enterprises);
  const zones = read0.filter((z) => !projectsOnly.has(z.name));
  const { industries, chainIndustry } = industryFacts(view, targets, f.chains);
  const read = firmFacts(view, f.enterprises, zones, f.chains, district?.name);
  const firms = mergeSpellings(read.firms, district?.name);
  const wanted = read.targets;
  const projects = projectFacts(view, f.projects, zones, [...firms, ...wanted], f.chains);
  const took = new Set([...zones, ...industries].flatMap((x) => (x.target ? [x.target.start] : [])));
  const taken = targets.filter((t) => took.has(t.start));
  const districtTargets = findDistrictTargets(view, district?.name, taken);
  const facts = {
    district: proposal,
    districtTargets,
    zones,
    industries,
    firms,
    targets: wanted,
    projects,
    ...soughtAndWanted(
      view,
      f.chains.flatMap((c) => c.stages.flat()),
      graphLinks,
    ),
    namedChains: namedChainFacts(view),
    chainIndustry,
  };
  if (view !== doc) originalQuotes(facts, view.text, doc.text);
  return facts;
}

/**
 * The links the plan says it will bring in and the wanted items that are no link (sought.ts, wanted.ts): `links` are
 * every stage's links of the plan's chains (simplified on this view), `graphLinks` the graph's chain links.
 */
function soughtAndWanted(view: Doc, links: string[], graphLinks: readonly string[]) {
  const found = reaches(view);
  const named = soughtFacts(view, links, graphLinks, found);
  const listed = wantedFacts(view, found, named, links, graphLinks);
  const sought = [...named, ...listed.sought].sort((a, b) => a.start - b.start);
  return { sought, wanted: listed.wanted };
}
