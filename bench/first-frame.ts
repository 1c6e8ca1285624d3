/**
 * The largest chain map's first frame, two checkouts side by side (issue #20): the client part of `npm run bench`
 * (bench/client.ts measureChainRender: fresh browser contexts, `no-cache`, five visits) alternating between a
 * server of another commit (`--against`, a temporary worktree with its own `vite build`) and one of this working
 * tree (built here too), both on the benchmark's loaded Neo4j (.bench/neo4j), which side goes first swapping every
 * pair. The machine is shared, so the load average (1 min) is written down with every pair and the verdict is the
 * ratio of the two sides, pair by pair.
 *
 *   BENCH_NEO4J_HEAP=2g BENCH_NEO4J_PAGECACHE=1500m npx tsx bench/first-frame.ts --against <ref> [--pairs 5]
 *     [--runs 5] [--chain nc-0] [--screenshots]
 *
 * Writes bench/results/first-frame.json. `afterAnswer` is the browser's part: from the map's answer to its frame.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../scripts/lib/cli.ts';
import { findFreePort, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { repoRoot } from '../server/paths.ts';
import { measureChainRender } from './client.ts';
import { neo4jSizes } from './cold-start.ts';
import { checkout, type Side, workingTree } from './compare.ts';
import { type BenchServer, startServer } from './lib/server.ts';
import { median, round } from './lib/stats.ts';

const log = (s: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${s}\n`);
const load = () => round(os.loadavg()[0] ?? 0, 2);

interface SideRun {
  pair: number;
  order: number;
  median: number;
  runs: number[];
  afterAnswer: number;
  afterAnswerRuns: number[];
  /** Cytoscape's first frame (the map answering); the same as the first frame without a preview. */
  interactive: number;
  painter: string;
  load: [number, number];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      against: { type: 'string' },
      pairs: { type: 'string', default: '5' },
      runs: { type: 'string', default: '5' },
      chain: { type: 'string', default: 'nc-0' },
      screenshots: { type: 'boolean', default: false },
    },
  });
  if (!values.against) throw new Error('--against <git ref> is required');
  const sides: Side[] = [checkout(repoRoot, values.against), workingTree(repoRoot)];
  const servers: BenchServer[] = [];
  const neo = await startLocalNeo4j({
    port: await findFreePort(),
    dataDir: path.join(repoRoot, '.bench', 'neo4j'),
    ...neo4jSizes(),
  });
  try {
    for (const side of sides) {
      log(`building the explorer of ${side.label} (${side.commit.slice(0, 12)}) …`);
      execFileSync('npx', ['vite', 'build'], {
        cwd: side.root,
        stdio: 'ignore',
        env: { ...process.env, NODE_ENV: 'production' },
      });
      servers.push(
        await startServer(neo.uri, {
          root: side.root,
          logFile: path.join(repoRoot, '.bench', `server-frame-${servers.length === 0 ? 'a' : 'b'}.log`),
        }),
      );
    }
    const results: SideRun[][] = [[], []];
    const pairs = Number(values.pairs);
    for (let p = 0; p < pairs; p++) {
      const order = p % 2 === 0 ? [0, 1] : [1, 0];
      for (const [k, i] of order.entries()) {
        const before = load();
        const r = await measureChainRender({
          baseUrl: (servers[i] as BenchServer).url,
          chainId: values.chain,
          runs: Number(values.runs),
          ...(values.screenshots && p === 0
            ? {
                screenshot: path.join(repoRoot, 'bench', 'results', `first-frame-${i === 0 ? 'a' : 'b'}.png`),
              }
            : {}),
        });
        const run: SideRun = {
          pair: p + 1,
          order: k + 1,
          median: r.firstRenderMs.median,
          runs: r.firstRenderMs.runs,
          afterAnswer: r.afterAnswerMs.median,
          afterAnswerRuns: r.afterAnswerMs.runs,
          interactive: r.interactiveMs.median,
          painter: r.painter,
          load: [before, load()],
        };
        (results[i] as SideRun[]).push(run);
        log(
          `pair ${p + 1} ${(sides[i] as Side).label}: first frame ${run.median} ms (${run.runs.join(', ')}), ` +
            `after the answer ${run.afterAnswer} ms (${run.afterAnswerRuns.join(', ')}), by ${run.painter}, ` +
            `interactive ${run.interactive} ms, load ${run.load.join(' → ')}, ` +
            `${r.elements} elements, pan p95 ${r.pan.p95Ms} ms, zoom p95 ${r.zoom.p95Ms} ms`,
        );
      }
    }
    const [a, b] = results as [SideRun[], SideRun[]];
    const ratios = a.map((x, i) => round((b[i]?.median ?? 0) / x.median, 3));
    const afterRatios = a.map((x, i) => round((b[i]?.afterAnswer ?? 0) / x.afterAnswer, 3));
    const summary = {
      date: new Date().toISOString(),
      chain: values.chain,
      ref: { label: sides[0]?.label, commit: sides[0]?.commit },
      this: { label: sides[1]?.label, commit: sides[1]?.commit },
      refMedianMs: median(a.map((x) => x.median)),
      thisMedianMs: median(b.map((x) => x.median)),
      ratios,
      medianRatio: median(ratios),
      refAfterAnswerMs: median(a.map((x) => x.afterAnswer)),
      thisAfterAnswerMs: median(b.map((x) => x.afterAnswer)),
      afterAnswerRatios: afterRatios,
      medianAfterAnswerRatio: median(afterRatios),
      refPairs: a,
      thisPairs: b,
    };
    log(
      `first frame: ref ${summary.refMedianMs} ms, this ${summary.thisMedianMs} ms, ratios ${ratios.join(', ')} ` +
        `(median ${summary.medianRatio}); after the answer: ref ${summary.refAfterAnswerMs}, this ` +
        `${summary.thisAfterAnswerMs}, ratios ${afterRatios.join(', ')} (median ${summary.medianAfterAnswerRatio})`,
    );
    mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
    writeFileSync(
      path.join(repoRoot, 'bench', 'results', 'first-frame.json'),
      `${JSON.stringify(summary, null, 2)}\n`,
    );
    return 0;
  } finally {
    for (const s of servers) await s.stop();
    await neo.stop();
    for (const s of sides) s.cleanUp();
  }
}

runCli(main);
