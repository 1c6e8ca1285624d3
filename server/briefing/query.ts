/**
 * The one GraphQL operation a briefing is built from, run in-process through the server's yoga instance, so
 * statuses, reasons and candidates are exactly what the explorer shows.
 */
export const BRIEFING_QUERY = /* GraphQL */ `
  query Briefing($id: ID!, $zone: ID) {
    chain(id: $id, zone: $zone) {
      id
      name
      expression
      leader
      sources { ...Src }
      scope { label zone { id } }
      industry {
        name
        output2025
        valueAdded2025
        sources { ...Src }
        focusZones { ...ZoneTargets }
        keyZones { ...ZoneTargets }
      }
      links {
        stage
        status
        product { id name }
        reason {
          summary
          producers { name zone { name } producesSource { ...Src } stale updatedAt }
          projects { name status zone { name } capacities { value unit product } sources { ...Src } stale updatedAt }
        }
        candidates { kind reason enterprise { name } project { name } source { ...Src } }
      }
      feeds { from to }
    }
  }
  fragment Src on Source { id section quote }
  fragment ZoneTargets on Zone { id name output2025 valueAdded2025 sources { ...Src } }
`;

export interface Src {
  id: string;
  section: string;
  quote: string;
}
type Status = 'STRONG' | 'WEAK' | 'MISSING';
interface ZoneTargetsRow {
  id: string;
  name: string;
  output2025: number | null;
  valueAdded2025: number | null;
  sources: Src[];
}

/** The response shape of BRIEFING_QUERY. */
export interface BriefingRow {
  id: string;
  name: string;
  expression: string;
  leader: string | null;
  sources: Src[];
  scope: { label: string; zone: { id: string } | null };
  industry: {
    name: string;
    output2025: number | null;
    valueAdded2025: number | null;
    sources: Src[];
    focusZones: ZoneTargetsRow[];
    keyZones: ZoneTargetsRow[];
  };
  links: {
    stage: number;
    status: Status;
    product: { id: string; name: string };
    reason: {
      summary: string;
      producers: {
        name: string;
        zone: { name: string } | null;
        producesSource: Src | null;
        stale: boolean;
        updatedAt: string | null;
      }[];
      projects: {
        name: string;
        status: string | null;
        zone: { name: string } | null;
        capacities: { value: number; unit: string; product: string | null }[];
        sources: Src[];
        stale: boolean;
        updatedAt: string | null;
      }[];
    };
    candidates: {
      kind: 'PLAN_TARGET' | 'POOL_ENTERPRISE' | 'PROJECT';
      reason: string;
      enterprise: { name: string } | null;
      project: { name: string } | null;
      source: Src | null;
    }[];
  }[];
  feeds: { from: string; to: string }[];
}
