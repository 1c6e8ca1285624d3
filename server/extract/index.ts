/** Draft chain graph from plan text: chains, rejected look-alikes, zones, enterprises and projects. */

import type { Extraction } from '../../vocab/imports.ts';
import { findChains } from './chains.ts';
import { findEnterprises, findProjects, findZones } from './context.ts';
import { planFacts } from './facts/index.ts';
import { makeDoc } from './text.ts';

/** Extracts from plain text (lines as in the source; spans point into the text with line breaks removed). */
export function extract(raw: string, title = ''): Extraction {
  const doc = makeDoc(raw);
  const { chains, rejected } = findChains(doc);
  const found = {
    chains,
    zones: findZones(doc),
    enterprises: findEnterprises(doc),
    projects: findProjects(doc),
  };
  return { ...found, rejected, facts: planFacts(doc, title, found) };
}
