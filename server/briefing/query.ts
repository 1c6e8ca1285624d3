import type { BriefingQuery, SrcFragment } from './query.generated.ts';

/**
 * The one GraphQL operation a briefing is built from, run in-process through the server's yoga instance, so
 * statuses, reasons and candidates are exactly what the explorer shows. Its answer type is generated from
 * this text (codegen.ts), so a field added here is typed at once.
 */
export const BRIEFING_QUERY = /* GraphQL */ `
  query Briefing($id: ID!, $zone: ID) {
    chain(id: $id, zone: $zone) {
      id
      name
      expression
      entered
      leader
      sources { ...Src }
      scope { label zone { id } }
      industry {
        name
        output2025
        valueAdded2025
        targets { year output valueAdded }
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
        gapKind
        breaksChain
        priority { score tier parts { part points text sources { ...Src } } }
        candidates { kind reason folded enterprise { name } project { name } source { ...Src } place { label } }
      }
      feeds { from to }
    }
    poolLoaded
    leads(zone: $zone, chain: $id) {
      firmName owner stage nextStep nextStepDate overdue investment
      link { name } zone { name } project { name }
    }
  }
  fragment Src on Source { id section quote }
  fragment ZoneTargets on Zone { id name output2025 valueAdded2025 sources { ...Src } }
`;

/** The response shape of BRIEFING_QUERY, generated from the SDL by `npm run codegen` (query.generated.ts). */
export type BriefingRow = BriefingQuery['chain'];
export type BriefingLeadRow = BriefingQuery['leads'][number];
export type Src = SrcFragment;
