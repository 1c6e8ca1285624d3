/**
 * What one schema index costs writes (docs/BENCHMARKS.md, "The per-character full-text index"): the whole
 * national import (as `npm run bench` measures it: deferred indexes rebuilt inside the time, producer counts)
 * into a fresh Neo4j, with and without the index, alternating; after each import, a district slice reloaded by
 * the batched loader (the index kept up row by row) and single-firm renames (the edit mutation's statement, one
 * write transaction each); with the index, its own build time on the loaded graph.
 *
 * `BENCH_NEO4J_HEAP=2g BENCH_NEO4J_PAGECACHE=1500m npx tsx bench/index-cost.ts [--index search_chars] [--rounds 2]`
 * Rounds alternate the order (without → with, then with → without). Writes .bench/index-cost.json.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { query } from '../cypher/index.ts';
import { loadSeed } from '../seed/index.ts';
import { processActor } from '../server/audit/entries.ts';
import { ensureLauncherBuilt, findFreePort, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { Db } from '../server/db/neo4j.ts';
import { enableTcpNoDelay } from '../server/db/nodelay.ts';
import { repoRoot } from '../server/paths.ts';
import { neo4jSizes } from './cold-start.ts';
import { defaultDataDir } from './data/cli.ts';
import { QIJIANG } from './data/generate.ts';
import { deleteDistricts, districtSlice, loadBatched, readDataset } from './data/load.ts';
import { benchFullImport } from './import.ts';
import { type Calibration, calibrate, describeCalibration } from './lib/calibrate.ts';
import { median, percentile, round } from './lib/stats.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const INDEX = arg('--index', 'search_chars');
const ROUNDS = Number(arg('--rounds', '2'));
const RENAMES = 200;
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

async function one(withIndex: boolean, g: Awaited<ReturnType<typeof readDataset>>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-index-cost-'));
  const neo = await startLocalNeo4j({ port: await findFreePort(), dataDir: dir, ...neo4jSizes() });
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  const db = new Db({ uri: neo.uri, user: 'neo4j', password: '', database: undefined });
  try {
    await db.applySchema();
    await loadSeed(db, { actor: processActor('CLI') });
    const cals: Calibration[] = [await calibrate(driver)];
    log(`${withIndex ? 'with' : 'without'} ${INDEX}: ${describeCalibration(cals[0] as Calibration)}`);
    const { timing } = await benchFullImport(driver, g, log, withIndex ? [] : [INDEX]);
    cals.push(await calibrate(driver));
    const factor = round(((cals[0]?.factors.db ?? 1) + (cals[1]?.factors.db ?? 1)) / 2, 3);
    const rate = timing.entities / (timing.ms / 1000);
    // A slice of districts (~1,600 firms) deleted and loaded again with the index in place.
    const firms = new Map<string, number>();
    for (const e of g.enterprises) if (e.district) firms.set(e.district, (firms.get(e.district) ?? 0) + 1);
    const districts: string[] = [];
    let held = 0;
    for (const z of g.zones) {
      if (z.kind !== '区县' || z.id === QIJIANG || held >= 1600) continue;
      districts.push(z.id);
      held += firms.get(z.id) ?? 0;
    }
    const slice = districtSlice(g, new Set(districts));
    await deleteDistricts(driver, districts);
    const sliced = await loadBatched(driver, slice, { batchSize: 10_000, concurrency: 2, count: false });
    // Single-firm renames, one write transaction each (the edit mutation's statement).
    const ids = g.enterprises.slice(0, RENAMES).map((e) => e.id);
    const upsert = query('edit/upsert-enterprise');
    const times: number[] = [];
    for (let i = 0; i < 2 * RENAMES; i++) {
      const id = ids[i % RENAMES] as string;
      const suffix = i < RENAMES ? '改' : '';
      const t = performance.now();
      await db.write((tx) =>
        tx.run(upsert, {
          id,
          props: { name: `测试铝业${i % RENAMES}${suffix}`, fullName: `测试铝业有限公司${suffix}` },
        }),
      );
      times.push(performance.now() - t);
    }
    let buildS: number | null = null;
    if (withIndex) {
      const create = query('schema/constraints')
        .split(';')
        .find((s) => s.includes(`INDEX ${INDEX} `));
      if (!create) throw new Error(`no ${INDEX} in the schema`);
      await driver.executeQuery(`DROP INDEX ${INDEX}`);
      const t = performance.now();
      await driver.executeQuery(create.replace(/^\s*\/\/.*$/gm, '').trim());
      await driver.executeQuery(query('schema/await-indexes'), { seconds: 1800 });
      buildS = round((performance.now() - t) / 1000, 2);
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
      load: cals.map((c) => c.loadAverage[0]),
      factors: cals.map((c) => c.factors.db),
    };
    log(JSON.stringify(out));
    return out;
  } finally {
    await db.close();
    await driver.close();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  enableTcpNoDelay();
  await ensureLauncherBuilt();
  const g = await readDataset(defaultDataDir);
  const runs = [];
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? [false, true] : [true, false];
    for (const w of order) {
      runs.push(await one(w, g));
      writeFileSync(path.join(repoRoot, '.bench', 'index-cost.json'), `${JSON.stringify(runs, null, 2)}\n`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
