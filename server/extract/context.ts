/**
 * Context around the chains: zones and parks, enterprises, projects with capacities. Pure and rule-based; each
 * mention keeps its span and sentence. Names are read on the simplified view and returned in the original text.
 */

export { findEnterprises } from './firmMentions.ts';
export { findProjects } from './projectMentions.ts';
export { findZones } from './zoneMentions.ts';
