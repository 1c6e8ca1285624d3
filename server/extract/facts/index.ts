/** The plan as facts to review: district, zones with parents, industries with targets, firms, targets, projects. */
import type { ChainCandidate, Extraction, PlanFacts } from '../../../vocab/imports.ts';
import type { Doc } from '../text.ts';
import { proposeDistrict, townsOf } from './district.ts';
import { firmFacts } from './firms.ts';
import { industryFacts } from './industries.ts';
import { projectFacts } from './projects.ts';
import { findTargets } from './targets.ts';
import { zoneFacts } from './zones.ts';

export function planFacts(
  doc: Doc,
  title: string,
  found: Pick<Extraction, 'zones' | 'enterprises' | 'projects'> & { chains: ChainCandidate[] },
): PlanFacts {
  const district = proposeDistrict(doc, title);
  const targets = findTargets(doc);
  const zones = zoneFacts(doc, found.zones, district ? townsOf(district.name) : new Map(), targets);
  const { industries, chainIndustry } = industryFacts(doc, targets, found.chains);
  const { firms, targets: wanted } = firmFacts(doc, found.enterprises, zones, found.chains);
  const projects = projectFacts(doc, found.projects, zones, [...firms, ...wanted], found.chains);
  return { district, zones, industries, firms, targets: wanted, projects, chainIndustry };
}
