/**
 * The graph's lexicon kept per graph version (graphLexicon.ts) and built once per key in a worker
 * (sharedLexicon.ts), on small lexicons written here. The version and the products come from a source the test
 * controls, so every read is counted; tests/integration/import-lexicon.test.ts reads them from a real Neo4j.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LEXICON_REASON } from '../../vocab/extractReasons.ts';
import { JobPool } from '../jobs/pool.ts';
import { GraphLexiconCache, type LexiconSource } from './graphLexicon.ts';
import { type LexiconRows, lexiconInWorker, shareLexicon, unshareLexicon } from './sharedLexicon.ts';

const ALUMINIUM: LexiconRows = {
  names: ['废铝', '再生铝', '铝锭'],
  pairs: [
    ['再生铝', '废铝'],
    ['铝锭', '再生铝'],
  ],
};

/** A graph whose version and products the test sets; counts the product reads. */
function fakeGraph(rows: LexiconRows, version = 'v1') {
  const graph = { version, rows, reads: 0, fail: false };
  const source: LexiconSource = {
    version: async () => {
      if (graph.fail) throw new Error('Neo4j is unreachable');
      return graph.version;
    },
    read: async () => {
      graph.reads++;
      if (graph.fail) throw new Error('Neo4j is unreachable');
      return structuredClone(graph.rows);
    },
  };
  return { graph, cache: new GraphLexiconCache(source) };
}

describe('the graph lexicon cache', () => {
  it('reads the products once per graph version, and again when the version moves', async () => {
    const { graph, cache } = fakeGraph(ALUMINIUM);
    const first = await cache.current();
    expect(first && unshareLexicon(first)).toEqual(ALUMINIUM);
    await cache.current();
    await cache.current();
    expect(graph.reads).toBe(1);
    graph.version = 'v2';
    graph.rows = { names: [...ALUMINIUM.names, '铝合金'], pairs: ALUMINIUM.pairs };
    const second = await cache.current();
    expect(graph.reads).toBe(2);
    expect(second?.key).not.toBe(first?.key);
    expect(second && unshareLexicon(second).names).toContain('铝合金');
    await cache.current();
    expect(graph.reads).toBe(2);
  });

  it('keeps the same buffer and key when a new version has the same products (the workers build nothing)', async () => {
    const { graph, cache } = fakeGraph(ALUMINIUM);
    const first = await cache.current();
    graph.version = 'v2';
    const second = await cache.current();
    expect(graph.reads).toBe(2);
    expect(second).toBe(first);
  });

  it('gives no lexicon for an empty graph, and one once it has products', async () => {
    const { graph, cache } = fakeGraph({ names: [], pairs: [] }, '');
    expect(await cache.current()).toBeUndefined();
    expect(await cache.current()).toBeUndefined();
    expect(graph.reads).toBe(1);
    graph.version = 'v1';
    graph.rows = ALUMINIUM;
    expect((await cache.current())?.key).toBe(shareLexicon(ALUMINIUM).key);
  });

  it('shares one read between uploads that arrive together after a write', async () => {
    const { graph, cache } = fakeGraph(ALUMINIUM);
    const all = await Promise.all([cache.current(), cache.current(), cache.current()]);
    expect(graph.reads).toBe(1);
    expect(new Set(all).size).toBe(1);
  });

  it('answers a slow read of an older version but keeps the newer one', async () => {
    let release: (rows: LexiconRows) => void = () => {};
    const versions = ['v1', 'v2'];
    const cache = new GraphLexiconCache({
      version: async () => versions.shift() ?? 'v2',
      read: () =>
        versions.length === 1
          ? new Promise<LexiconRows>((resolve) => {
              release = resolve;
            })
          : Promise.resolve({ names: ['铜杆'], pairs: [] }),
    });
    const slow = cache.current();
    await new Promise((r) => setTimeout(r, 0));
    const newer = await cache.current();
    release(ALUMINIUM);
    expect((await slow)?.key).toBe(shareLexicon(ALUMINIUM).key);
    expect(await cache.current()).toBe(newer);
    expect(cache.readCount).toBe(2);
  });

  it('uses the last lexicon read while Neo4j cannot be read, and reads again once it can', async () => {
    const { graph, cache } = fakeGraph(ALUMINIUM);
    const first = await cache.current();
    graph.fail = true;
    expect(await cache.current()).toBe(first);
    graph.fail = false;
    graph.version = 'v2';
    graph.rows = { names: ['铝锭'], pairs: [] };
    expect((await cache.current())?.key).toBe(shareLexicon({ names: ['铝锭'], pairs: [] }).key);
  });
});

describe('the lexicon in a worker', () => {
  it('is built the first time a key comes and kept while it stays', () => {
    const shared = shareLexicon(ALUMINIUM);
    const lex = lexiconInWorker(shared);
    expect(lex.source).toBe('graph');
    expect([...lex.names].sort()).toEqual(['再生铝', '废铝', '铝锭']);
    expect(lex.upstream.get('铝锭')).toEqual(new Set(['再生铝']));
    expect(lexiconInWorker(shareLexicon(ALUMINIUM))).toBe(lex);
    const other = lexiconInWorker(shareLexicon({ names: ['铜杆'], pairs: [] }));
    expect(other).not.toBe(lex);
    expect(other.names.has('铜杆')).toBe(true);
  });
});

describe('an extract job with the graph lexicon, in the real job pool', () => {
  const pool = new JobPool({ workers: 1, queue: 1 });
  afterAll(() => pool.close());
  const text = '某区规划。预计废铝—再生铝—铝锭行业景气回升。';
  const bytes = new Uint8Array(Buffer.from(text));

  it('crosses to the worker and is kept there by its key', async () => {
    const shared = shareLexicon(ALUMINIUM);
    const first = await pool.run({ kind: 'extract', bytes, name: 'a.txt', lexicon: shared });
    expect(first.chains[0]?.stages.at(-1)).toEqual(['铝锭']);
    expect(first.chains[0]?.reasons).toContain(LEXICON_REASON.cut('graph', '铝锭'));
    expect(first.chains[0]?.reasons).toContain(LEXICON_REASON.joined('graph'));
    // Same key, other bytes: the worker answers from the lexicon it built for the key, not from the buffer.
    const forged = { key: shared.key, data: shareLexicon({ names: ['铜杆'], pairs: [] }).data };
    const again = await pool.run({ kind: 'extract', bytes, name: 'a.txt', lexicon: forged });
    expect(again.chains).toEqual(first.chains);
    const none = await pool.run({ kind: 'extract', bytes, name: 'a.txt' });
    expect(none.chains[0]?.stages.at(-1)).toEqual(['铝锭行业景气']);
  });

  it('carries the graph’s chain links: a sought link of the graph, the other items wanted', async () => {
    const plan = new Uint8Array(Buffer.from('某区规划。拟在铝用阳极炭块、再生铝等方面引进项目。'));
    const job = (lexicon: ReturnType<typeof shareLexicon>) =>
      pool.run({ kind: 'extract', bytes: plan, name: 'b.txt', lexicon });
    const got = await job(shareLexicon({ ...ALUMINIUM, links: ['再生铝'] }));
    expect(got.facts.sought.map((s) => [s.name, s.graph])).toEqual([['再生铝', true]]);
    expect(got.facts.wanted.map((w) => w.name)).toEqual(['铝用阳极炭块']);
    const products = await job(shareLexicon(ALUMINIUM));
    expect(products.facts.sought).toEqual([]);
    expect(products.facts.wanted.map((w) => w.name)).toEqual(['铝用阳极炭块', '再生铝']);
  });
});
