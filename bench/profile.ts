/**
 * npx tsx bench/profile.ts <op> [--calls N]: where an operation's tail comes from. Starts Neo4j on the database
 * kept by `npm run bench -- --reuse-db` (.bench/neo4j), runs the op's raw Cypher for every call of the benchmark
 * workload (one warm-up pass, then timed), and prints the time per kind of call (scope × filter) and the ten
 * slowest calls with their inputs. op: chain_view | upstream_gaps | enterprises_page | search.
 */
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureLauncherBuilt, findFreePort, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { enableTcpNoDelay } from '../server/db/nodelay.ts';
import { repoRoot } from '../server/paths.ts';
import { type Call, cypherCall, workload } from './api.ts';
import { neo4jSizes } from './cold-start.ts';
import { defaultDataDir } from './data/cli.ts';
import { readDataset } from './data/load.ts';
import { median, percentile, round } from './lib/stats.ts';

function kindOf(c: Call): string {
  const v = c.variables as Record<string, unknown>;
  const zone = typeof v.zone === 'string' ? v.zone : null;
  const scope = zone === null ? 'national' : /^region-\d\d0000$/.test(zone) ? 'province' : 'district';
  if (c.op === 'enterprises_page') return `${scope}${v.query ? ' + name filter' : ''}`;
  if (c.op === 'search') return `${String(v.query).length} chars`;
  return scope;
}

async function main(): Promise<void> {
  const op = process.argv[2] as Call['op'];
  const at = process.argv.indexOf('--calls');
  const n = at > 0 ? Number(process.argv[at + 1]) : 100;
  const g = await readDataset(defaultDataDir);
  const calls = workload(g, n)[op];
  if (!calls) throw new Error('op: chain_view | upstream_gaps | enterprises_page | search');
  await ensureLauncherBuilt();
  const neo = await startLocalNeo4j({
    port: await findFreePort(),
    dataDir: path.join(repoRoot, '.bench', 'neo4j'),
    ...neo4jSizes(),
  });
  enableTcpNoDelay();
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  try {
    for (const c of calls) await cypherCall(driver, c);
    const timed = [];
    for (const c of calls) timed.push({ c, ms: await cypherCall(driver, c) });
    const all = timed.map((t) => t.ms);
    process.stdout.write(
      `${op}: ${calls.length} calls, p50 ${round(median(all))} p95 ${round(percentile(all, 95))} ms\n`,
    );
    const kinds = new Map<string, number[]>();
    for (const t of timed) kinds.set(kindOf(t.c), [...(kinds.get(kindOf(t.c)) ?? []), t.ms]);
    for (const [k, ms] of [...kinds].sort()) {
      process.stdout.write(
        `  ${k.padEnd(28)} ${String(ms.length).padStart(4)} calls  p50 ${round(median(ms))}  max ${round(Math.max(...ms))} ms\n`,
      );
    }
    process.stdout.write('slowest:\n');
    for (const t of timed.sort((a, b) => b.ms - a.ms).slice(0, 10)) {
      process.stdout.write(`  ${round(t.ms)} ms  ${kindOf(t.c)}  ${JSON.stringify(t.c.variables)}\n`);
    }
  } finally {
    await driver.close();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`profile: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
