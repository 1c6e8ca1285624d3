import type { ResolvedDistrict } from './regions.ts';
import type { DistrictTargetsEntry, IndicatorEntry, IndustryFile, ZoneEntry } from './schema.ts';

/** The plan as a flat list of nodes and relationships, ready to be written in one transaction. */
export interface SeedGraph {
  document: {
    id: string;
    title: string;
    file: string;
    issued: string | null;
    /** The plan's period in years (2021/2025), when known. */
    periodStart: number | null;
    periodEnd: number | null;
  };
  /**
   * The plan's district (from zones.json `district`, resolved through GB/T 2260), the zones without a parent that
   * hang under it and the local firms placed in no zone (LOCATED_IN the district); null when the files name none.
   */
  region: {
    district: ResolvedDistrict;
    zones: string[];
    enterprises: string[];
    /** The district's own 2025 targets and the source that states them (zones.json `districtTargets`). */
    targets: { output2025: number | null; valueAdded2025: number | null; source: string } | null;
    /** Links the plan names as ones to bring in (industry files' `sought`): the district SEEKS them. */
    sought: { product: string; sources: string[] }[];
  } | null;
  sources: { id: string; doc: string; section: string; quote: string; start: number; line: number }[];
  industries: {
    id: string;
    name: string;
    position: number;
    output2025: number | null;
    valueAdded2025: number | null;
    sources: string[];
  }[];
  chains: {
    id: string;
    name: string;
    expression: string;
    kind: string | null;
    industry: string;
    /** Order in the industry's file, which follows the plan. */
    position: number;
    stageCount: number;
    sources: string[];
  }[];
  products: { id: string; name: string; sources: string[] }[];
  hasLink: { chain: string; product: string; stage: number; source: string }[];
  feeds: { from: string; to: string; chains: string[]; sources: string[] }[];
  zones: {
    id: string;
    name: string;
    kind: string;
    output2025: number | null;
    valueAdded2025: number | null;
    description: string | null;
    sources: string[];
  }[];
  partOf: { zone: string; parent: string; source: string }[];
  focuses: { zone: string; industry: string; source: string }[];
  keyZones: { zone: string; industry: string; source: string }[];
  enterprises: {
    id: string;
    name: string;
    fullName: string | null;
    local: boolean;
    /** The industry whose section names it, plus the industries of the chains of the links it produces. */
    industries: string[];
    sources: string[];
  }[];
  locatedIn: { enterprise: string; zone: string; source: string }[];
  produces: { enterprise: string; product: string; source: string }[];
  targetFor: { enterprise: string; target: string; kind: 'Product' | 'Chain'; source: string }[];
  projects: {
    id: string;
    name: string;
    kind: string;
    status: string | null;
    industry: string;
    capacityValues: number[];
    capacityUnits: string[];
    /** '' where the plan names no product (Neo4j lists cannot hold nulls). */
    capacityProducts: string[];
    investmentValue: number | null;
    investmentUnit: string | null;
    sources: string[];
  }[];
  builds: { project: string; product: string; source: string }[];
  inZone: { project: string; zone: string; source: string }[];
  by: { project: string; enterprise: string; source: string }[];
  indicators: {
    id: string;
    category: string | null;
    name: string;
    unit: string;
    baseline2020: string | null;
    target2025: string;
    target2025Value: number | null;
    cumulative: boolean;
    kind: string;
    sources: string[];
  }[];
}

export interface SeedInput {
  document: {
    id: string;
    title: string;
    file: string;
    text: string;
    issued?: string;
    periodStart?: number;
    periodEnd?: number;
  };
  zones: { file: string; district?: string; districtTargets?: DistrictTargetsEntry; zones: ZoneEntry[] };
  indicators: { file: string; indicators: IndicatorEntry[] };
  industries: { file: string; data: IndustryFile }[];
}
