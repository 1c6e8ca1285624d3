import { createHash } from 'node:crypto';
import { SeedError } from '../errors.ts';
import type { SeedGraph, SeedInput } from '../graph.ts';
import type { SourceRef } from '../schema.ts';
import { lineOfOffset, normaliseName, normaliseSource } from '../text.ts';

export function productId(name: string): string {
  return `p-${normaliseName(name)}`;
}

/**
 * What every compile step shares: the graph being built, the provenance of each fact (a quote found in the
 * source document becomes one Source, cited by id), ids unique across all files, and the products named so far.
 */
export interface Context {
  g: SeedGraph;
  /** The id of the Source for `s`; a quote not in the document is an error of `file`/`entry`/`field`. */
  cite(file: string, entry: string, field: string, s: SourceRef): string;
  /** Claims an id for `file`; a second claim anywhere is an error. */
  claimId(file: string, entry: string, id: string): void;
  products: Map<string, SeedGraph['products'][number]>;
  /** A product named by a chain (or extraProducts), cited by `sid`; returns its id. */
  addProduct(name: string, sid: string): string;
  /** The id of an already named product; an unknown one is an error of `file`/`entry`/`field`. */
  requireProduct(file: string, entry: string, field: string, name: string): string;
  sources: Map<string, SeedGraph['sources'][number]>;
}

export function emptyGraph(document: SeedInput['document']): SeedGraph {
  return {
    document: {
      id: document.id,
      title: document.title,
      file: document.file,
      issued: document.issued ?? null,
      periodStart: document.periodStart ?? null,
      periodEnd: document.periodEnd ?? null,
    },
    region: null,
    sources: [],
    industries: [],
    chains: [],
    products: [],
    hasLink: [],
    feeds: [],
    zones: [],
    partOf: [],
    focuses: [],
    keyZones: [],
    enterprises: [],
    locatedIn: [],
    produces: [],
    targetFor: [],
    projects: [],
    builds: [],
    inZone: [],
    by: [],
    indicators: [],
  };
}

export function createContext(input: SeedInput): Context {
  const doc = input.document;
  const text = normaliseSource(doc.text);
  const sources = new Map<string, SeedGraph['sources'][number]>();
  const seenIds = new Map<string, string>();
  const products = new Map<string, SeedGraph['products'][number]>();
  return {
    g: emptyGraph(doc),
    sources,
    products,
    cite(file, entry, field, s) {
      const start = text.indexOf(s.quote);
      if (start < 0) {
        throw new SeedError(file, entry, `${field}.quote`, `quote not found in ${doc.file}: "${s.quote}"`);
      }
      const sid = `src-${createHash('sha1').update(`${doc.id}\u0000${s.section}\u0000${s.quote}`).digest('hex').slice(0, 12)}`;
      if (!sources.has(sid)) {
        sources.set(sid, {
          id: sid,
          doc: doc.id,
          section: s.section,
          quote: s.quote,
          start,
          line: lineOfOffset(doc.text, start),
        });
      }
      return sid;
    },
    claimId(file, entry, id) {
      const prev = seenIds.get(id);
      if (prev) throw new SeedError(file, entry, 'id', `duplicate id "${id}" (already defined in ${prev})`);
      seenIds.set(id, file);
    },
    addProduct(name, sid) {
      const pid = productId(name);
      const p = products.get(pid);
      if (!p) products.set(pid, { id: pid, name: normaliseName(name), sources: [sid] });
      else if (!p.sources.includes(sid)) p.sources.push(sid);
      return pid;
    },
    requireProduct(file, entry, field, name) {
      const pid = productId(name);
      if (!products.has(pid)) {
        throw new SeedError(
          file,
          entry,
          field,
          `unknown product "${name}" (not a link of any chain nor in extraProducts)`,
        );
      }
      return pid;
    },
  };
}
