/**
 * What the graph's product lexicon costs on the national graph (server/imports/graphLexicon.ts; docs/EXTRACTION.md
 * "The lexicon where users meet it"): the products read from Neo4j (cold: the first read after start; then warm),
 * the main thread's heap while reading and what it keeps (the shared buffer), a later upload's version check, the
 * worker's build (normalising every name) and what it keeps, and extract jobs of the Qijiang gazette in the real
 * job pool — the first one with the lexicon builds it in its worker, the next ones find it kept.
 *
 * Needs .bench/neo4j loaded by `npm run bench -- --reuse-db` (stopped):
 *   BENCH_NEO4J_HEAP=2g BENCH_NEO4J_PAGECACHE=1500m node --expose-gc --import tsx bench/lexicon.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { findFreePort, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { Db } from '../server/db/neo4j.ts';
import { GraphLexiconCache, graphLexiconSource, readGraphLexicon } from '../server/imports/graphLexicon.ts';
import { lexiconInWorker, shareLexicon } from '../server/imports/sharedLexicon.ts';
import { JobPool } from '../server/jobs/pool.ts';
import { repoRoot } from '../server/paths.ts';
import { neo4jSizes } from './cold-start.ts';
import { median, round } from './lib/stats.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx bench/lexicon.ts');
const heapMb = () => {
  gc();
  return round(process.memoryUsage().heapUsed / 2 ** 20);
};
const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const out = await work();
  return [out, round(performance.now() - t)];
};
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

const neo = await startLocalNeo4j({
  port: await findFreePort(),
  dataDir: path.join(repoRoot, '.bench', 'neo4j'),
  ...neo4jSizes(),
});
const db = new Db({ uri: neo.uri, user: 'neo4j', password: '', database: undefined });
const pool = new JobPool();
try {
  const out: Record<string, unknown> = {};
  const base = heapMb();
  const [rows, coldMs] = await time(() => readGraphLexicon(db));
  out.names = rows.names.length;
  out.pairs = rows.pairs.length;
  out.readColdMs = coldMs;
  // The rows as read (names and pairs as JS strings and arrays): what a read holds until it is shared.
  out.rowsHeapMb = round(heapMb() - base);
  const warm: number[] = [];
  const blocked: number[] = [];
  for (let i = 0; i < 3; i++) {
    // The longest the event loop was held up while a read ran (the driver decodes the one record on it).
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    warm.push((await time(() => readGraphLexicon(db)))[1]);
    delay.disable();
    blocked.push(round(delay.max / 1e6));
  }
  out.readWarmMs = { median: median(warm), all: warm };
  out.readEventLoopMaxDelayMs = blocked;
  const [shared, shareMs] = await time(() => shareLexicon(rows));
  out.shareMs = shareMs;
  out.sharedMb = round(shared.data.byteLength / 2 ** 20, 2);

  // What the server keeps between uploads: the cache's shared buffer, nothing else.
  const before = heapMb();
  const cache = new GraphLexiconCache(graphLexiconSource(db));
  const [first, firstMs] = await time(() => cache.current());
  out.cacheReads = cache.readCount;
  out.cacheFirstMs = firstMs;
  const [, againMs] = await time(() => cache.current());
  out.cacheAgainMs = againMs;
  out.mainKeepsHeapMb = round(heapMb() - before);
  out.mainKeepsSharedMb = round(first ? first.data.byteLength / 2 ** 20 : 0, 2);
  if (!first) throw new Error('the national graph gave no lexicon');

  // The worker's side, in this thread: the build and what a worker keeps.
  const beforeBuild = heapMb();
  const [lexicon, buildMs] = await time(() => lexiconInWorker(first));
  out.workerBuildMs = buildMs;
  out.workerKeepsHeapMb = round(heapMb() - beforeBuild);
  out.lexiconNames = lexicon.names.size;
  out.lexiconProductsWithUpstream = lexicon.upstream.size;

  // Extract jobs in the real pool: without a lexicon, then with it (first ones build it, one per worker).
  const gazette = new Uint8Array(
    readFileSync(path.join(repoRoot, 'seed/sources/qijiang-gazette-2023-02.txt')),
  );
  const job = (withLexicon: boolean) => () =>
    pool.run({
      kind: 'extract',
      bytes: gazette,
      name: 'qijiang.txt',
      ...(withLexicon ? { lexicon: first } : {}),
    });
  const plain: number[] = [];
  for (let i = 0; i < 4; i++) plain.push((await time(job(false)))[1]);
  const withLex: number[] = [];
  for (let i = 0; i < 6; i++) withLex.push((await time(job(true)))[1]);
  out.jobWithoutLexiconMs = plain;
  out.jobWithLexiconMs = withLex;
  log(JSON.stringify(out, null, 2));
} finally {
  await pool.close();
  await db.close();
  await neo.stop();
}
