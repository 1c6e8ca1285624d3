/**
 * The whole national import as `npm run bench -- --only import` measures it (schema, seed, then the batched loader
 * with the deferred indexes rebuilt and the producer counts inside the time), this checkout against another
 * commit's, each into a fresh Neo4j, alternating which goes first. The other side runs its own code: its loader,
 * Cypher and schema are imported from a temporary worktree of the commit. Per import: wall time, the Neo4j
 * process's CPU seconds over the import (less swayed by other processes than the wall clock on a shared machine),
 * the 1-minute load average before and after, the db calibration factor (mean of before and after, as the bench
 * normalises) and the content hash of the imported graph (bench/lib/graph-hash.ts, without what the seed stamps
 * with the time or a random id: audit entries, the graph version, `importedAt` …). Every hash must equal the first.
 *
 * `BENCH_NEO4J_HEAP=2g BENCH_NEO4J_PAGECACHE=1500m npx tsx bench/import-ab.ts --against <ref> [--rounds 2]`
 * Writes .bench/import-ab.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureLauncherBuilt } from '../server/db/localNeo4j.ts';
import { repoRoot } from '../server/paths.ts';
import { checkout, type Side, workingTree } from './compare.ts';
import { defaultDataDir } from './data/cli.ts';
import { readDataset } from './data/load.ts';
import { arg } from './lib/args.ts';
import { calibrate } from './lib/calibrate.ts';
import { cpuSeconds } from './lib/cpu.ts';
import { freshNeo4j } from './lib/fresh-neo4j.ts';
import { graphHash } from './lib/graph-hash.ts';
import { median, round } from './lib/stats.ts';

const AGAINST = arg('against', 'HEAD');
const ROUNDS = Number(arg('rounds', '2'));
/** Stamped by the seed's writers with the time or a random id (audit entries, the graph version, imported-at). */
const VOLATILE = {
  labels: ['AuditEntry', 'GraphVersion'],
  properties: ['importedAt', 'createdAt', 'stageChangedAt', 'changedAt'],
};
type Graph = Awaited<ReturnType<typeof readDataset>>;
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

/** One side's own modules: what `npm run bench` calls before and during its import group. */
async function modulesOf(root: string) {
  const from = (p: string) => import(path.join(root, p));
  const [db, seed, audit, imp] = await Promise.all([
    from('server/db/neo4j.ts'),
    from('seed/index.ts'),
    from('server/audit/entries.ts'),
    from('bench/import.ts'),
  ]);
  return {
    Db: db.Db as typeof import('../server/db/neo4j.ts').Db,
    loadSeed: seed.loadSeed as typeof import('../seed/index.ts').loadSeed,
    processActor: audit.processActor as typeof import('../server/audit/entries.ts').processActor,
    benchFullImport: imp.benchFullImport as typeof import('./import.ts').benchFullImport,
  };
}

async function one(side: Side, g: Graph) {
  const m = await modulesOf(side.root);
  const { neo, stop } = await freshNeo4j('chain-graph-import-ab-');
  const db = new m.Db({ uri: neo.uri, user: 'neo4j', password: '', database: undefined });
  try {
    await db.applySchema();
    await m.loadSeed(db, { actor: m.processActor('CLI') });
    const before = await calibrate(db.driver);
    const cpu0 = cpuSeconds(neo.process.pid);
    const { timing } = await m.benchFullImport(db.driver, g, () => {});
    const cpuS = round(cpuSeconds(neo.process.pid) - cpu0, 1);
    const after = await calibrate(db.driver);
    const factor = (before.factors.db + after.factors.db) / 2;
    const rate = timing.entities / (timing.ms / 1000);
    const hash = await graphHash(db.driver, undefined, VOLATILE);
    const out = {
      side: side.label,
      commit: side.commit,
      seconds: round(timing.ms / 1000, 2),
      neo4jCpuS: cpuS,
      countS: round((timing.countMs ?? 0) / 1000, 2),
      countPhasesS: Object.fromEntries(
        Object.entries(timing.countPhases ?? {}).map(([k, ms]) => [k, round((ms ?? 0) / 1000, 2)]),
      ),
      indexS: round((timing.indexMs ?? 0) / 1000, 2),
      kindsS: round(Object.values(timing.perKind).reduce((a, k) => a + k.ms, 0) / 1000, 2),
      // The kinds of more than a second, each (where a loader change moves time from one kind to another).
      perKindS: Object.fromEntries(
        Object.entries(timing.perKind)
          .filter(([, k]) => k.ms >= 1000)
          .map(([kind, k]) => [kind, round(k.ms / 1000, 1)]),
      ),
      rateMeasured: Math.round(rate),
      factor: round(factor, 3),
      rateNormalised: Math.round(rate * factor),
      load: [round(before.loadAverage[0] ?? 0, 2), round(after.loadAverage[0] ?? 0, 2)],
      hash: hash.hash.slice(0, 16),
      nodes: hash.nodes,
      relationships: hash.relationships,
    };
    log(JSON.stringify(out));
    return out;
  } finally {
    await db.close();
    await stop();
  }
}

async function main() {
  await ensureLauncherBuilt();
  const g = await readDataset(defaultDataDir);
  const sides = [workingTree(repoRoot), checkout(repoRoot, AGAINST)] as const;
  const runs: Awaited<ReturnType<typeof one>>[] = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        runs.push(await one(side, g));
        writeFileSync(path.join(repoRoot, '.bench', 'import-ab.json'), `${JSON.stringify(runs, null, 2)}\n`);
      }
    }
  } finally {
    sides[1].cleanUp();
  }
  const hashes = new Set(runs.map((r) => `${r.hash} ${r.nodes} ${r.relationships}`));
  log(
    hashes.size === 1
      ? `every import's graph hash equal: ${[...hashes][0]}`
      : `HASHES DIFFER: ${[...hashes]}`,
  );
  if (hashes.size !== 1) process.exitCode = 1;
  for (const side of sides) {
    const mine = runs.filter((r) => r.side === side.label);
    log(
      `${side.label}: median ${median(mine.map((r) => r.seconds))} s wall, ` +
        `${median(mine.map((r) => r.neo4jCpuS))} s Neo4j CPU, ${median(mine.map((r) => r.rateNormalised))}/s normalised`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
