/**
 * Import benchmark: the whole generated graph through the batched loader into a database holding only the
 * schema and the seed (import_rate_per_s), then one slice of districts loaded by the row loader and by the
 * batched loader side by side on the same rows (import_speedup_vs_row_loader).
 */
import type { Driver } from 'neo4j-driver';
import { QIJIANG } from './data/generate.ts';
import type { Kind, NationalGraph } from './data/graph.ts';
import {
  countLinks,
  deleteDistricts,
  districtSlice,
  type LoadTiming,
  loadBatched,
  loadRowByRow,
} from './data/load.ts';
import { type Metric, metric } from './lib/results.ts';
import { round } from './lib/stats.ts';

const perKind = (t: LoadTiming) =>
  Object.fromEntries(
    Object.entries(t.perKind).map(([k, v]) => [k, { rows: v.rows, ms: Math.round(v.ms) }]),
  ) as Partial<Record<Kind, { rows: number; ms: number }>>;

export async function benchFullImport(
  driver: Driver,
  g: NationalGraph,
  log: (s: string) => void,
  leaveOut: readonly string[] = [],
): Promise<{ metric: Metric; timing: LoadTiming & { indexMs?: number } }> {
  log('import: batched loader, whole generated graph …');
  const t = await loadBatched(driver, g, { batchSize: 10_000, deferIndexes: true, concurrency: 2, leaveOut });
  const rate = t.entities / (t.ms / 1000);
  log(
    `import: ${t.entities} nodes+relationships in ${round(t.ms / 1000)} s = ${Math.round(rate)}/s ` +
      `(producer counts ${round((t.countMs ?? 0) / 1000)} s of it)`,
  );
  return {
    metric: metric(Math.round(rate), 'entities/s', '>= 30000', {
      entities: t.entities,
      seconds: round(t.ms / 1000, 2),
      batchSize: 10_000,
      concurrency: 2,
      indexBuildSeconds: round((t.indexMs ?? 0) / 1000, 2),
      countSeconds: round((t.countMs ?? 0) / 1000, 2),
      countRefreshSeconds: round((t.countPhases?.refreshMs ?? 0) / 1000, 2),
      countStoreSeconds: round((t.countPhases?.storeMs ?? 0) / 1000, 2),
      perKind: perKind(t),
    }),
    timing: t,
  };
}

/**
 * The first districts (in code order) that hold ~1,600 firms together (~8,000 entities: the row loader writes
 * ~125 a second).
 */
export function sliceDistricts(g: NationalGraph): string[] {
  const firms = new Map<string, number>();
  for (const e of g.enterprises) if (e.district) firms.set(e.district, (firms.get(e.district) ?? 0) + 1);
  const districts: string[] = [];
  let held = 0;
  for (const z of g.zones) {
    if (z.kind !== '区县' || z.id === QIJIANG || held >= 1600) continue;
    districts.push(z.id);
    held += firms.get(z.id) ?? 0;
  }
  return districts;
}

/** Row loader vs batched loader on the same district slice, each into the same state (slice absent). */
export async function benchLoaderSpeedup(
  driver: Driver,
  g: NationalGraph,
  districts: string[],
  log: (s: string) => void,
): Promise<Metric> {
  const slice = districtSlice(g, new Set(districts));
  await deleteDistricts(driver, districts);
  log(`import: row loader on ${districts.length} districts …`);
  // The loaders are compared on writing rows; the producer counts (the same statement after either) come after.
  const row = await loadRowByRow(driver, slice, { count: false });
  await deleteDistricts(driver, districts);
  log(`import: batched loader on the same ${districts.length} districts …`);
  const batched = await loadBatched(driver, slice, { batchSize: 10_000, concurrency: 2, count: false });
  const countMs = await countLinks(driver, slice, { concurrency: 2 });
  log(`import: producer counts of the reloaded districts in ${round(countMs / 1000)} s (not compared)`);
  const rowRate = row.entities / (row.ms / 1000);
  const batchedRate = batched.entities / (batched.ms / 1000);
  log(
    `import: ${row.entities} entities — row loader ${Math.round(rowRate)}/s, batched ${Math.round(batchedRate)}/s`,
  );
  return metric(round(batchedRate / rowRate), '×', '>= 20', {
    districts: districts.length,
    entities: row.entities,
    rowLoader: { seconds: round(row.ms / 1000, 2), ratePerS: Math.round(rowRate), perKind: perKind(row) },
    batchedLoader: {
      seconds: round(batched.ms / 1000, 2),
      ratePerS: Math.round(batchedRate),
      perKind: perKind(batched),
    },
  });
}
