/**
 * The shape of the national benchmark graph (bench/data/generate.ts makes it, load.ts writes it): rows per kind,
 * in load order, and how they count as nodes and relationships.
 */
/** Rows per kind, in load order: nodes first, then relationships whose ends they reference. */
export interface NationalGraph {
  industries: { id: string; name: string; position: number }[];
  chains: {
    id: string;
    name: string;
    expression: string;
    industry: string;
    position: number;
    stageCount: number;
  }[];
  products: { id: string; name: string }[];
  zones: { id: string; name: string; kind: string; district: string | null; code: string | null }[];
  /** One generated plan per district: its industries IN_PLAN, the chains it names in `chains`. */
  documents: { id: string; title: string; chains: string[] }[];
  enterprises: {
    id: string;
    name: string;
    fullName: string;
    local: boolean;
    origin: string;
    district: string | null;
    industries: string[];
    code: string | null;
    exchange: string | null;
  }[];
  projects: {
    id: string;
    name: string;
    kind: string;
    status: string;
    industry: string;
    district: string;
  }[];
  partOf: { zone: string; parent: string }[];
  hasLink: { chain: string; product: string; stage: number }[];
  feeds: { from: string; to: string; chains: string[] }[];
  locatedIn: { enterprise: string; zone: string }[];
  produces: { enterprise: string; product: string }[];
  builds: { project: string; product: string }[];
  inZone: { project: string; zone: string }[];
  mainProduct: { enterprise: string; product: string; weight: number; productName: string }[];
  targetFor: { enterprise: string; chain: string }[];
  forDistrict: { document: string; district: string }[];
  inPlan: { industry: string; document: string }[];
  /**
   * Links a district's plan names as ones to bring in: each row one generated Source (IN_DOCUMENT the plan) and the
   * district's SEEKS edge citing it, as a plan import writes them (cypher/imports/fact-sought.cypher).
   */
  seeks: { district: string; product: string; document: string; source: string; quote: string }[];
}

export type Kind = keyof NationalGraph;
export const KINDS: readonly Kind[] = [
  'industries',
  'chains',
  'products',
  'zones',
  'enterprises',
  'projects',
  'documents',
  'partOf',
  'hasLink',
  'feeds',
  'locatedIn',
  'produces',
  'builds',
  'inZone',
  'mainProduct',
  'targetFor',
  'forDistrict',
  'inPlan',
  'seeks',
];
export const NODE_KINDS: ReadonlySet<Kind> = new Set([
  'industries',
  'chains',
  'products',
  'zones',
  'enterprises',
  'projects',
  'documents',
]);

/** A graph with no rows of any kind (a slice to fill by hand, a generator's start). */
export function emptyGraph(): NationalGraph {
  return Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as NationalGraph;
}

/** Nodes plus relationships in the generated rows (HAS_CHAIN comes with each chain row). */
export function countEntities(g: NationalGraph): { nodes: number; relationships: number } {
  let nodes = 0;
  let relationships = g.chains.length;
  for (const k of KINDS) {
    if (NODE_KINDS.has(k)) nodes += g[k].length;
    else relationships += g[k].length;
  }
  // A sought row also writes its Source node and the Source's IN_DOCUMENT.
  nodes += g.seeks.length;
  relationships += g.seeks.length;
  return { nodes, relationships };
}
