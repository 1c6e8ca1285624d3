/**
 * What one schema index costs writes (docs/BENCHMARKS.md, "The per-character full-text index"): the whole
 * national import (as `npm run bench` measures it: deferred indexes rebuilt inside the time, producer counts)
 * into a fresh Neo4j, with and without the index, alternating; after each import, a district slice reloaded by
 * the batched loader (the index kept up row by row) and single-firm renames (the edit mutation's statement, one
 * write transaction each); with the index, its own build time on the loaded graph.
 *
 * `BENCH_NEO4J_HEAP=2g BENCH_NEO4J_PAGECACHE=1500m npx tsx bench/index-cost.ts [--index name_chars] [--rounds 2]`
 * Rounds alternate the order (without → with, then with → without). `--rounds 0 --toggle N` (or after the rounds'
 * imports): one import with the index, then N pairs of index rebuilds and write probes on that database,
 * alternating. Writes .bench/index-cost.json.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { query } from '../cypher/index.ts';
import { loadSeed } from '../seed/index.ts';
import { processActor } from '../server/audit/entries.ts';
import { ensureLauncherBuilt, findFreePort, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { Db } from '../server/db/neo4j.ts';
import { repoRoot } from '../server/paths.ts';
import { neo4jSizes } from './cold-start.ts';
import { defaultDataDir } from './data/cli.ts';
import {
  countLinks,
  deferrableIndexes,
  deleteDistricts,
  districtSlice,
  loadBatched,
  readDataset,
} from './data/load.ts';
import { benchFullImport, sliceDistricts } from './import.ts';
import { type Calibration, calibrate, describeCalibration } from './lib/calibrate.ts';
import { median, percentile, round } from './lib/stats.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const INDEX = arg('--index', 'name_chars');
const ROUNDS = Number(arg('--rounds', '2'));
const RENAMES = 200;
const TOGGLE = Number(arg('--toggle', '0'));
type Graph = Awaited<ReturnType<typeof readDataset>>;
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

/**
 * Writes that keep the index up as they go: the slice deleted and loaded again by the batched loader (its
 * producer counts stored again after the timing), then single-firm renames and back, one write transaction each.
 */
async function writeProbes(driver: Driver, db: Db, g: Graph) {
  const districts = sliceDistricts(g);
  const slice = districtSlice(g, new Set(districts));
  await deleteDistricts(driver, districts);
  const sliced = await loadBatched(driver, slice, { batchSize: 10_000, concurrency: 2, count: false });
  await countLinks(driver, slice, { concurrency: 2 });
  const firms = g.enterprises.slice(0, RENAMES);
  const upsert = query('edit/upsert-enterprise');
  const times: number[] = [];
  for (let i = 0; i < 2 * RENAMES; i++) {
    const f = firms[i % RENAMES] as (typeof firms)[number];
    const props =
      i < RENAMES
        ? { name: `${f.name}改`, fullName: `${f.fullName ?? f.name}改` }
        : { name: f.name, fullName: f.fullName ?? null };
    const t = performance.now();
    await db.write((tx) => tx.run(upsert, { id: f.id, props }));
    times.push(performance.now() - t);
  }
  return { sliced, times };
}

/** The bulk import's last step: every deferrable index dropped and built again, with or without `INDEX`. */
async function rebuild(driver: Driver, withIndex: boolean): Promise<number> {
  const ixs = deferrableIndexes().filter((ix) => withIndex || ix.name !== INDEX);
  for (const ix of deferrableIndexes()) await driver.executeQuery(`DROP INDEX ${ix.name} IF EXISTS`);
  const t = performance.now();
  for (const ix of ixs) await driver.executeQuery(ix.create);
  await driver.executeQuery(query('schema/await-indexes'), { seconds: 1800 });
  return round((performance.now() - t) / 1000, 2);
}

async function one(withIndex: boolean, g: Graph) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-index-cost-'));
  const neo = await startLocalNeo4j({ port: await findFreePort(), dataDir: dir, ...neo4jSizes() });
  const db = new Db({ uri: neo.uri, user: 'neo4j', password: '', database: undefined });
  const driver = db.driver;
  try {
    await db.applySchema();
    await loadSeed(db, { actor: processActor('CLI') });
    const cals: Calibration[] = [await calibrate(driver)];
    log(`${withIndex ? 'with' : 'without'} ${INDEX}: ${describeCalibration(cals[0] as Calibration)}`);
    const { timing } = await benchFullImport(driver, g, log, withIndex ? [] : [INDEX]);
    cals.push(await calibrate(driver));
    const factor = round(((cals[0]?.factors.db ?? 1) + (cals[1]?.factors.db ?? 1)) / 2, 3);
    const rate = timing.entities / (timing.ms / 1000);
    const { sliced, times } = await writeProbes(driver, db, g);
    let buildS: number | null = null;
    if (withIndex) {
      const create = deferrableIndexes().find((ix) => ix.name === INDEX);
      if (!create) throw new Error(`no ${INDEX} in the schema`);
      await driver.executeQuery(`DROP INDEX ${INDEX}`);
      const t = performance.now();
      await driver.executeQuery(create.create);
      await driver.executeQuery(query('schema/await-indexes'), { seconds: 1800 });
      buildS = round((performance.now() - t) / 1000, 2);
    }
    // --toggle N: N pairs on this one database, alternating which goes first: the bulk import's index rebuild,
    // then the writes that keep the index up, with and without it.
    const toggles = [];
    for (let r = 0; r < TOGGLE; r++) {
      for (const w of r % 2 === 0 ? [false, true] : [true, false]) {
        const rebuildS = await rebuild(driver, w);
        const p = await writeProbes(driver, db, g);
        const t = {
          with: w,
          rebuildS,
          sliceRate: Math.round(p.sliced.entities / (p.sliced.ms / 1000)),
          renameP50: round(median(p.times), 2),
          renameP95: round(percentile(p.times, 95), 2),
          load: round(os.loadavg()[0] ?? 0, 2),
        };
        log(JSON.stringify(t));
        toggles.push(t);
      }
    }
    cals.push(await calibrate(driver));
    const out = {
      variant: withIndex ? 'with' : 'without',
      entities: timing.entities,
      seconds: round(timing.ms / 1000, 2),
      indexRebuildS: round((timing.indexMs ?? 0) / 1000, 2),
      countS: round((timing.countMs ?? 0) / 1000, 2),
      enterprisesS: round((timing.perKind.enterprises?.ms ?? 0) / 1000, 2),
      rateMeasured: Math.round(rate),
      factor,
      rateNormalised: Math.round(rate * factor),
      slice: {
        entities: sliced.entities,
        seconds: round(sliced.ms / 1000, 2),
        rate: Math.round(sliced.entities / (sliced.ms / 1000)),
      },
      renameMs: { p50: round(median(times), 2), p95: round(percentile(times, 95), 2) },
      buildS,
      toggles,
      load: cals.map((c) => c.loadAverage[0]),
      factors: cals.map((c) => c.factors.db),
    };
    log(JSON.stringify(out));
    return out;
  } finally {
    await db.close();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  await ensureLauncherBuilt();
  const g = await readDataset(defaultDataDir);
  const runs = [];
  const order = Array.from({ length: ROUNDS }, (_, r) =>
    r % 2 === 0 ? [false, true] : [true, false],
  ).flat();
  if (order.length === 0) order.push(true);
  for (const w of order) {
    runs.push(await one(w, g));
    writeFileSync(path.join(repoRoot, '.bench', 'index-cost.json'), `${JSON.stringify(runs, null, 2)}\n`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
