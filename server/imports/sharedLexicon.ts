/**
 * The graph's product lexicon on its way to the job workers (server/jobs/). The main thread reads the names and
 * FEEDS pairs once per graph version (graphLexicon.ts) and writes them, as JSON, into one SharedArrayBuffer keyed
 * by a hash of its content; every extract job carries that buffer, which crosses to the worker without a copy.
 * A worker builds the lexicon (normalising ~95,000 names on the national graph is the cost) the first time it
 * sees a key and keeps it until a job brings another; a new graph version with the same products keeps its key,
 * so the workers build nothing again.
 */
import { createHash } from 'node:crypto';
import { lexiconOf, normaliseLexicon, type ProductLexicon } from '../extract/products.ts';

/**
 * The graph's product names and [product, upstream product] pairs, as read (not normalised), and the names of the
 * Products that are links of its chains (as stored: a sought link names one of them).
 */
export interface LexiconRows {
  names: string[];
  pairs: [string, string][];
  links?: string[];
}

/** The rows as JSON in memory every worker can read, and the hash of that content. */
export interface SharedLexicon {
  key: string;
  data: SharedArrayBuffer;
}

/** Writes the rows into a SharedArrayBuffer, keyed by the content's hash. */
export function shareLexicon(rows: LexiconRows): SharedLexicon {
  const bytes = Buffer.from(JSON.stringify(rows), 'utf8');
  const data = new SharedArrayBuffer(bytes.length);
  new Uint8Array(data).set(bytes);
  return { key: createHash('sha1').update(bytes).digest('hex'), data };
}

/** The rows back from a shared buffer. */
export function unshareLexicon(shared: SharedLexicon): LexiconRows {
  return JSON.parse(Buffer.from(shared.data).toString('utf8')) as LexiconRows;
}

/** The lexicon this thread built last, under its key. */
let held: { key: string; lexicon: ProductLexicon } | undefined;

/** The lexicon of a shared buffer: built on the first job that brings its key, then kept (one at a time). */
export function lexiconInWorker(shared: SharedLexicon): ProductLexicon {
  if (held?.key === shared.key) return held.lexicon;
  // The old one goes first: a worker never holds two national lexicons at once.
  held = undefined;
  const rows = unshareLexicon(shared);
  const lexicon = lexiconOf(normaliseLexicon(rows.names, rows.pairs), 'graph', rows.links);
  held = { key: shared.key, lexicon };
  return lexicon;
}
