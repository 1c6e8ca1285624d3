/**
 * Cold start: the first chain map after `npm start` reports ready. A freshly started Neo4j (no query plans, an
 * empty page cache) and a freshly started server; as soon as the server logs `ready`, the explorer's ChainView
 * of the largest chain is asked (the map's data; `Cache-Control: no-cache`), then of a typical chain, then both
 * again. The target is on the first call. `ready` must mean the named queries have been planned against the real
 * data (server/warmup.ts), so the first user does not pay for Neo4j's planner.
 *
 * Part of `npm run bench` (group `cold`); on its own against the database kept by `--reuse-db`:
 *   npx tsx bench/cold-start.ts        (needs .bench/neo4j loaded by `npm run bench -- --reuse-db`)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import {
  ensureLauncherBuilt,
  findFreePort,
  type LocalNeo4j,
  startLocalNeo4j,
} from '../server/db/localNeo4j.ts';
import { enableTcpNoDelay } from '../server/db/nodelay.ts';
import { repoRoot } from '../server/paths.ts';
import { type Call, clientOperations, graphqlCall } from './api.ts';
import { calibrate, describeCalibration } from './lib/calibrate.ts';
import { calibrated, type Metric, metric } from './lib/results.ts';
import { startServer } from './lib/server.ts';
import { round } from './lib/stats.ts';

/** The benchmark's Neo4j: its memory, and up to 10 minutes to start (a loaded machine, a 1.7 GB store). */
export const neo4jSizes = () => ({
  heap: process.env.BENCH_NEO4J_HEAP ?? '4g',
  pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? '4g',
  timeoutMs: 600_000,
});

export interface ColdStart {
  readyMs: number;
  warmedMs: number | null;
  /** ChainView of [largest, typical], first and second time. */
  first: number[];
  second: number[];
}

const chainCall = (id: string): Call => ({
  op: 'chain_view',
  operationName: 'ChainView',
  variables: { id, zone: null },
  raw: [],
});

/** Starts Neo4j on `dataDir` (which must be stopped) and the server, and times the first chain maps. */
export async function measureColdStart(opts: {
  dataDir: string;
  chains: [largest: string, typical: string];
  log: (s: string) => void;
}): Promise<ColdStart> {
  const port = await findFreePort();
  const neo: LocalNeo4j = await startLocalNeo4j({ port, dataDir: opts.dataDir, ...neo4jSizes() });
  try {
    const server = await startServer(neo.uri, {
      root: repoRoot,
      logFile: path.join(repoRoot, '.bench', 'server-cold.log'),
      waitFor: 'ready',
    });
    try {
      const url = `${server.url}/graphql`;
      const docs = clientOperations();
      const first: number[] = [];
      const second: number[] = [];
      for (const id of opts.chains) first.push(round((await graphqlCall(url, docs, chainCall(id))).ms));
      for (const id of opts.chains) second.push(round((await graphqlCall(url, docs, chainCall(id))).ms));
      const out = { readyMs: server.startup.readyMs, warmedMs: server.startup.warmedMs, first, second };
      opts.log(`cold start: ${JSON.stringify(out)}`);
      return out;
    } finally {
      await server.stop();
    }
  } finally {
    await neo.stop();
  }
}

/** As measured; normalised with the cpu factor by the caller (calibrated(…, 'cpu')). */
export function coldStartMetric(c: ColdStart, chains: string[]): Metric {
  return metric(Math.max(...c.first), 'ms', '<= 1000', {
    how: 'ChainView right after the server logged ready, Neo4j and server freshly started (no-cache)',
    chains,
    firstMs: c.first,
    secondMs: c.second,
    serverReadyMs: c.readyMs,
    serverWarmedMs: c.warmedMs,
  });
}

async function main(): Promise<void> {
  const dataDir = path.join(repoRoot, '.bench', 'neo4j');
  const log = (s: string) => process.stdout.write(`[cold ${new Date().toISOString().slice(11, 19)}] ${s}\n`);
  await ensureLauncherBuilt();
  const largest = process.argv[2] ?? 'nc-0';
  const typical = process.argv[3] ?? 'nc-5';
  // Calibrate against a Neo4j of its own run, then stop it: the measured start must be cold.
  const port = await findFreePort();
  const neo = await startLocalNeo4j({ port, dataDir, ...neo4jSizes() });
  enableTcpNoDelay();
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', ''));
  const cal = await calibrate(driver);
  await driver.close();
  await neo.stop();
  log(`machine: ${describeCalibration(cal)}`);
  const c = await measureColdStart({ dataDir, chains: [largest, typical], log });
  const m = calibrated(coldStartMetric(c, [largest, typical]), [cal], 'cpu');
  log(
    `${m.met ? 'met   ' : 'MISSED'} cold_start_first_map_ms = ${m.value} ms normalised (${m.measured} measured)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`cold-start: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
