/**
 * The graph's own products as the product lexicon of plan extraction (server/extract/products.ts): every Product's
 * name — the plans' links and, when loaded, the national pool's products — and every FEEDS as a [product, upstream
 * product] pair, and the names of its chains' links, which a plan's sought links may name (cypher/imports/lexicon.cypher). The upload route that feeds the review screen and `npm run import`
 * pass it, so a chain's confidence and its last link follow what the graph knows. An empty graph (SEED=none
 * onboarding) has no products and gives no lexicon: extraction then runs on its shape rules alone.
 *
 * The server keeps it per graph version: each upload reads the version (graph-version/read, which every writer
 * moves inside its transaction, so it is exact without the response cache's poll) and reads the products only
 * when it moved — on the national graph (95,665 names, 110,140 pairs) once, not per upload. A new version with
 * the same products keeps the same shared buffer and key (sharedLexicon.ts), so the workers build nothing again.
 */
import type { Db } from '../db/neo4j.ts';
import { makeLexicon, type ProductLexicon } from '../extract/products.ts';
import { log } from '../log.ts';
import { type LexiconRows, type SharedLexicon, shareLexicon } from './sharedLexicon.ts';

/** Names or pairs per row of the read (see cypher/imports/lexicon.cypher). */
const CHUNK = 1000;

/** Reads the graph's lexicon rows (empty lists on an empty graph). */
export async function readGraphLexicon(db: Db): Promise<LexiconRows> {
  const out = { names: [] as string[], pairs: [] as [string, string][], links: [] as string[] };
  for (const row of await db.read<LexiconRows>('imports/lexicon', { chunk: CHUNK })) {
    for (const n of row.names) out.names.push(n);
    for (const p of row.pairs) out.pairs.push(p);
    for (const l of row.links ?? []) out.links.push(l);
  }
  return out;
}

/** The graph's lexicon for an extraction in this thread (`npm run import`), or undefined on an empty graph. */
export async function graphLexicon(db: Db): Promise<ProductLexicon | undefined> {
  const rows = await readGraphLexicon(db);
  return rows.names.length === 0 ? undefined : makeLexicon(rows.names, rows.pairs, 'graph', rows.links);
}

/** Where the cache reads from: the graph's version and its lexicon rows. */
export interface LexiconSource {
  version(): Promise<string>;
  read(): Promise<LexiconRows>;
}

export function graphLexiconSource(db: Db): LexiconSource {
  return {
    version: async () => (await db.read<{ version: string }>('graph-version/read'))[0]?.version ?? '',
    read: () => readGraphLexicon(db),
  };
}

/** The graph's lexicon as the job workers take it, kept per graph version. */
export class GraphLexiconCache {
  private version: string | undefined;
  private value: SharedLexicon | undefined;
  /** The read in flight and the version it is for: concurrent uploads after a write share one read. */
  private reading: { version: string; done: Promise<SharedLexicon | undefined> } | undefined;
  private reads = 0;
  private seq = 0;

  constructor(private readonly source: LexiconSource) {}

  /**
   * The lexicon of the graph's current version, or undefined for an empty graph. When Neo4j cannot be read the
   * last one read is used (possibly stale, none before the first read): an upload never fails for its lexicon.
   */
  async current(): Promise<SharedLexicon | undefined> {
    try {
      const version = await this.source.version();
      if (version === this.version) return this.value;
      if (this.reading?.version !== version)
        this.reading = { version, done: this.readFor(version, ++this.seq) };
      return await this.reading.done;
    } catch (err) {
      log.warn('product lexicon not read; the last one is used', { error: String(err) });
      return this.value;
    }
  }

  private async readFor(version: string, seq: number): Promise<SharedLexicon | undefined> {
    try {
      this.reads++;
      const rows = await this.source.read();
      const next = rows.names.length === 0 ? undefined : shareLexicon(rows);
      // The same content under a new version keeps the buffer the workers already built from.
      const kept = next && this.value?.key === next.key ? this.value : next;
      // A read of an older version that ends after a newer one began is answered but not kept.
      if (seq === this.seq) {
        this.version = version;
        this.value = kept;
      }
      return kept;
    } finally {
      if (seq === this.seq) this.reading = undefined;
    }
  }

  /** How many times the products were read (for tests and the benchmark). */
  get readCount(): number {
    return this.reads;
  }
}
