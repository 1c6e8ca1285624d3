/**
 * The whole-graph producer count (countLinks: cypher/link-counts/refresh.cypher in batches, as the full import
 * ends) timed alone on the loaded national graph, this commit's refresh.cypher against another commit's, side by
 * side: each round forgets every stored count (LinkCount nodes, Product.producerCount), recounts with one text,
 * fingerprints what was stored, then the same with the other, alternating which goes first. Every fingerprint must
 * equal the warm-up's (the other text's count from empty, not recorded); the counts found at the start (the full
 * import's, unless a run was cut short) are compared with it too. Prints times, Neo4j CPU, ratios and the load
 * average. Needs .bench/neo4j loaded by `npm run bench -- --reuse-db`.
 *
 * `BENCH_NEO4J_HEAP=2g BENCH_NEO4J_PAGECACHE=1500m npx tsx bench/link-counts.ts [--against <git ref>]
 *   [--rounds 3] [--batch 500] [--other-batch 500] [--other <file>] [--concurrency 2]`
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { expand, query } from '../cypher/index.ts';
import { FILL_BATCH } from '../seed/linkCounts.ts';
import { ensureLauncherBuilt, findFreePort, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { Db } from '../server/db/neo4j.ts';
import { repoRoot } from '../server/paths.ts';
import { neo4jSizes } from './cold-start.ts';
import { emptyGraph } from './data/graph.ts';
import { countLinks } from './data/load.ts';
import { arg } from './lib/args.ts';
import { cpuSeconds } from './lib/cpu.ts';
import { median, round } from './lib/stats.ts';

const ROUNDS = Number(arg('rounds', '3'));
const BATCH = Number(arg('batch', String(FILL_BATCH)));
const CONCURRENCY = Number(arg('concurrency', '2'));
const AGAINST = arg('against', 'HEAD');
/** A file holding another text to compare with instead of the commit's (trying a variant before committing it). */
const OTHER = arg('other', '');
/** Links per transaction for the other text (default: --batch). */
const OTHER_BATCH = Number(arg('other-batch', String(BATCH)));

/** Sorted `link scope=n` lines of every stored count, hashed; and how many. */
async function fingerprint(driver: Driver): Promise<{ hash: string; lines: number }> {
  const res = await driver.executeQuery(query('bench/link-count-rows'));
  const lines = res.records.map((r) => r.get('line') as string).sort();
  return {
    hash: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16),
    lines: lines.length,
  };
}

async function forget(driver: Driver): Promise<void> {
  const s = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    await s.run(query('bench/clear-link-counts'));
    await s.run(query('bench/clear-producer-counts'));
  } finally {
    await s.close();
  }
}

async function main() {
  const file = 'cypher/link-counts/refresh.cypher';
  const other = OTHER
    ? readFileSync(OTHER, 'utf8')
    : execFileSync('git', ['show', `${AGAINST}:${file}`], { cwd: repoRoot, encoding: 'utf8' });
  const texts = { this: query('link-counts/refresh'), [AGAINST]: expand(other, new Map()) };
  await ensureLauncherBuilt();
  const dataDir = path.join(repoRoot, '.bench', 'neo4j');
  const neo = await startLocalNeo4j({ port: await findFreePort(), dataDir, ...neo4jSizes() });
  const db = new Db({ uri: neo.uri, user: 'neo4j', password: '', database: undefined });
  try {
    const start = await fingerprint(db.driver);
    console.log(`stored counts at start: ${start.lines} lines, ${start.hash}`);
    let reference: { hash: string; lines: number } | null = null;
    const times: Record<string, number[]> = { this: [], [AGAINST]: [] };
    const cpu: Record<string, number[]> = { this: [], [AGAINST]: [] };
    const batches: Record<string, number> = { this: BATCH, [AGAINST]: OTHER_BATCH };
    // A warm-up round (not recorded): the first count after a start reads a cold page cache.
    for (let r = -1; r < ROUNDS; r++) {
      const order = r < 0 ? [AGAINST] : r % 2 === 0 ? ['this', AGAINST] : [AGAINST, 'this'];
      for (const name of order) {
        await forget(db.driver);
        const load = loadavg()[0] as number;
        const cpu0 = cpuSeconds(neo.process.pid);
        const ms = await countLinks(db.driver, emptyGraph(), {
          whole: true,
          batch: batches[name] as number,
          concurrency: CONCURRENCY,
          statement: texts[name],
        });
        const cpuS = cpuSeconds(neo.process.pid) - cpu0;
        const fp = await fingerprint(db.driver);
        if (reference === null) {
          reference = fp;
          const atStart = fp.hash === start.hash ? 'equal to' : 'NOT equal to (a run cut short?)';
          console.log(`warm-up count ${atStart} the counts at start`);
        }
        const same = fp.hash === reference.hash && fp.lines === reference.lines;
        if (r >= 0) times[name]?.push(ms);
        if (r >= 0) cpu[name]?.push(cpuS);
        console.log(
          `${r < 0 ? 'warm-up' : `round ${r + 1}`} ${name}: ${round(ms / 1000, 2)} s, Neo4j CPU ${round(cpuS, 1)} s (load ${round(load, 2)} → ${round(loadavg()[0] as number, 2)}), ` +
            `${fp.lines} lines ${fp.hash} ${same ? 'equal' : 'DIFFERENT'}`,
        );
        if (!same) process.exitCode = 1;
      }
      if (r < 0) continue;
      const a = times.this?.[r] as number;
      const b = times[AGAINST]?.[r] as number;
      const ca = cpu.this?.[r] as number;
      const cb = cpu[AGAINST]?.[r] as number;
      console.log(`round ${r + 1}: this / ${AGAINST} = ${round(a / b, 3)} wall, ${round(ca / cb, 3)} CPU`);
    }
    const a = median(times.this ?? []);
    const b = median(times[AGAINST] ?? []);
    const ca = median(cpu.this ?? []);
    const cb = median(cpu[AGAINST] ?? []);
    console.log(
      `median Neo4j CPU: this ${round(ca, 1)} s, ${AGAINST} ${round(cb, 1)} s, ratio ${round(ca / cb, 3)}`,
    );
    console.log(
      `median: this ${round(a / 1000, 2)} s, ${AGAINST} ${round(b / 1000, 2)} s, ratio ${round(a / b, 3)} ` +
        `(batch ${BATCH} / ${OTHER_BATCH}, concurrency ${CONCURRENCY})`,
    );
  } finally {
    await db.close();
    await neo.stop();
  }
}

await main();
