/**
 * Two loaders for the generated graph, running the very same Cypher (cypher/bench/<kind>.cypher, one UNWIND
 * statement per kind): the batched loader sends `batchSize` rows per statement, each batch in its own
 * transaction; the row loader sends one statement per row (auto-commit), the way the national pool's public
 * loader writes its data set. Both load into a database that already holds the seed and the schema.
 *
 * A load is only complete when the :BenchDataset marker carries the data set's hash; the benchmark runner
 * reloads into a fresh database when it does not.
 */
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Driver, QueryResult } from 'neo4j-driver';
import { query, statements } from '../../cypher/index.ts';
import { FILL_BATCH } from '../../seed/linkCounts.ts';
import { chunks, writeBatches } from './batches.ts';
import { storeCreatedLinkCounts } from './counts.ts';
import { KINDS, type Kind, type NationalGraph } from './graph.ts';
import { NodeIds, RETURNS_IDS } from './ids.ts';

export const CYPHER: Record<Kind, string> = {
  industries: 'bench/industries',
  chains: 'bench/chains',
  products: 'bench/products',
  zones: 'bench/zones',
  enterprises: 'bench/enterprises',
  projects: 'bench/projects',
  documents: 'bench/documents',
  partOf: 'bench/part-of',
  hasLink: 'bench/has-link',
  feeds: 'bench/feeds',
  locatedIn: 'bench/located-in',
  produces: 'bench/produces',
  builds: 'bench/builds',
  inZone: 'bench/in-zone',
  mainProduct: 'bench/main-product',
  targetFor: 'bench/target-for',
  forDistrict: 'bench/for-district',
  inPlan: 'bench/in-plan',
  seeks: 'bench/seeks',
};

/**
 * The kinds sent as lists of column values rather than maps, in this order; their Cypher binds the columns by
 * position (`WITH r[0] AS id, …`; tests/unit/bench-load-columns.test.ts checks each statement against this table).
 * A map repeats its keys in every row, which the driver encodes and Neo4j decodes for each of ~2.2M rows: sending
 * 200,000 PRODUCES rows as lists took 0.77 s of the loader's CPU and 0.47 s of Neo4j's instead of 1.05 s and
 * 1.39 s as maps (enterprises: 2.7 / 0.75 s instead of 3.7 / 1.36 s; docs/BENCHMARKS.md, 6 Dec). The small kinds
 * stay maps.
 */
export const COLUMNS: Partial<Record<Kind, readonly string[]>> = {
  products: ['id', 'name'],
  enterprises: ['id', 'name', 'fullName', 'local', 'origin', 'district', 'industries', 'code', 'exchange'],
  feeds: ['from', 'to', 'chains', 'existing'],
  locatedIn: ['enterprise', 'zone'],
  produces: ['enterprise', 'product'],
  mainProduct: ['enterprise', 'product', 'weight', 'productName'],
};

export interface Manifest {
  hash: string;
  generatedAt: string;
  options: Record<string, unknown>;
  counts: Record<Kind, number>;
  nodes: number;
  relationships: number;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Reads the JSON Lines written by `npm run bench:data`; a bad line names its file and line. */
export async function readDataset(dir: string): Promise<NationalGraph> {
  const g = {} as Record<Kind, unknown[]>;
  for (const kind of KINDS) {
    const file = path.join(dir, `${kind}.jsonl`);
    const rows: unknown[] = [];
    const lines = createInterface({
      input: createReadStream(file, 'utf8'),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line === '') continue;
      try {
        rows.push(JSON.parse(line));
      } catch (err) {
        throw new Error(`${file}:${n}: invalid JSON: ${(err as Error).message}`);
      }
    }
    g[kind] = rows;
  }
  return g as unknown as NationalGraph;
}

/** The producer counts' phases in ms: the refresh, then the stored counts (counting, writing, the key again). */
export interface CountPhases {
  refreshMs?: number;
  storeMs?: number;
  countMs?: number;
  writeMs?: number;
  keyMs?: number;
}

export interface LoadTiming {
  rows: number;
  /** Nodes + relationships written (HAS_CHAIN counts with each chain row). */
  entities: number;
  ms: number;
  /** Storing the links' producer counts at the end of the load (inside `ms`). */
  countMs?: number;
  /** Of countMs: the refresh statement's part and the stored counts' part (countLinks `phases`). */
  countPhases?: CountPhases;
  perKind: Partial<Record<Kind, { rows: number; ms: number }>>;
}

/**
 * The rows to send for `kind` (lists for the kinds in COLUMNS). FEEDS rows say whether the edge exists already
 * (a seeded edge the pool states too): only those are MERGEd, the rest CREATEd — MERGE checks the relationships
 * between the two products, and hub materials feed thousands (cypher/bench/feeds.cypher).
 */
async function rowsOf(
  driver: Driver,
  g: NationalGraph,
  kind: Kind,
  ids: NodeIds,
  database?: string,
): Promise<unknown[]> {
  let rows = g[kind] as unknown as Record<string, unknown>[];
  if (kind === 'feeds') {
    const existing = await driver.executeQuery(query('bench/feed-edges'), {}, { database });
    const edges = new Set(existing.records.map((r) => r.get('edge') as string));
    rows = g.feeds.map((f) => ({ ...f, existing: edges.has(`${f.from}>${f.to}`) }));
  }
  await ids.resolve(driver, g, kind, database);
  rows = rows.map((row) => ids.translate(kind, row));
  const columns = COLUMNS[kind];
  return columns ? rows.map((row) => columns.map((c) => row[c] ?? null)) : rows;
}

/**
 * A kind's rows, and `write`: sends some of them with `run` (a transaction's or an auto-commit session's) and keeps
 * the ids of the nodes they create for the relationship rows after them (bench/data/ids.ts).
 */
async function kindWriter(driver: Driver, g: NationalGraph, kind: Kind, ids: NodeIds, database?: string) {
  const rows = await rowsOf(driver, g, kind, ids, database);
  const cypher = query(CYPHER[kind]);
  const label = RETURNS_IDS[kind];
  const write = async (
    run: (text: string, params: Record<string, unknown>) => PromiseLike<QueryResult>,
    batch: unknown[],
  ): Promise<void> => {
    const res = await run(cypher, { rows: batch });
    if (label) ids.record(label, res.records);
  };
  return { rows, write };
}

function entitiesOf(kind: Kind, rows: number): number {
  return kind === 'chains' ? rows * 2 : rows;
}

/** Adds one kind's rows, entities and time (since `k0`) to a load's timing. */
function recordKind(timing: LoadTiming, kind: Kind, rows: number, k0: number): void {
  timing.perKind[kind] = { rows, ms: performance.now() - k0 };
  timing.rows += rows;
  timing.entities += entitiesOf(kind, rows);
}

/**
 * The schema's plain indexes (RANGE, TEXT and full-text on names), which a bulk load builds once at the end rather than
 * maintaining row by row; the uniqueness constraints stay, since the relationships look nodes up by id.
 */
export function deferrableIndexes(): { name: string; create: string }[] {
  return statements('schema/constraints')
    .map((create) => ({
      create,
      name: /^CREATE (?:TEXT |RANGE |FULLTEXT )?INDEX (\w+) IF NOT EXISTS/.exec(create)?.[1],
    }))
    .filter((x): x is { name: string; create: string } => x.name !== undefined);
}

/**
 * Loads `kinds` of `g` in batches of `batchSize`, one transaction per batch. With `deferIndexes`, the plain
 * indexes are dropped first and rebuilt (and awaited) at the end, inside the measured time, while the producer
 * counts are stored (their times overlap: `indexMs` and `countMs` each run from the rebuild's start).
 */
export async function loadBatched(
  driver: Driver,
  g: NationalGraph,
  opts: {
    database?: string | undefined;
    batchSize?: number;
    kinds?: readonly Kind[];
    deferIndexes?: boolean;
    /** Schema indexes that are dropped and not rebuilt (bench/index-cost.ts: the import without one). */
    leaveOut?: readonly string[];
    concurrency?: number;
    /** Store the links' producer counts at the end (countLinks; default true). */
    count?: boolean;
  } = {},
): Promise<LoadTiming & { indexMs?: number }> {
  const batchSize = opts.batchSize ?? 10_000;
  const session = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
  const timing: LoadTiming & { indexMs?: number } = { rows: 0, entities: 0, ms: 0, perKind: {} };
  const t0 = performance.now();
  const deferred = opts.deferIndexes ? deferrableIndexes() : [];
  try {
    for (const ix of deferred) await session.run(`DROP INDEX ${ix.name} IF EXISTS`);
    for (const name of opts.leaveOut ?? []) await session.run(`DROP INDEX ${name} IF EXISTS`);
    const ids = new NodeIds();
    for (const kind of opts.kinds ?? KINDS) {
      const k0 = performance.now();
      const { rows, write } = await kindWriter(driver, g, kind, ids, opts.database);
      await writeBatches(driver, opts, chunks(rows, batchSize), (tx, batch) =>
        write((text, params) => tx.run(text, params), batch),
      );
      recordKind(timing, kind, rows.length, k0);
    }
    // The deferred indexes populate in the background while the producer counts are stored: the counts read
    // none of them (ids through the uniqueness constraints, LinkCount through its own). Measured: ~1 s less than
    // one after the other (docs/BENCHMARKS.md, 6 Dec) — both phases already keep two cores busy.
    const i0 = performance.now();
    const countPhases: CountPhases = {};
    timing.countPhases = countPhases;
    for (const ix of deferred) if (!opts.leaveOut?.includes(ix.name)) await session.run(ix.create);
    const [, countMs] = await Promise.all([
      deferred.length === 0
        ? undefined
        : session.run(query('schema/await-indexes'), { seconds: 1800 }).then(() => {
            timing.indexMs = performance.now() - i0;
          }),
      opts.count === false ? undefined : countLinks(driver, g, { ...opts, phases: countPhases }),
    ]);
    if (countMs !== undefined) timing.countMs = countMs;
  } finally {
    await session.close();
  }
  timing.ms = performance.now() - t0;
  return timing;
}

/** Loads `kinds` of `g` with one auto-commit statement per row. */
export async function loadRowByRow(
  driver: Driver,
  g: NationalGraph,
  opts: { database?: string | undefined; kinds?: readonly Kind[]; count?: boolean } = {},
): Promise<LoadTiming> {
  const session = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
  const timing: LoadTiming = { rows: 0, entities: 0, ms: 0, perKind: {} };
  const t0 = performance.now();
  try {
    const ids = new NodeIds();
    for (const kind of opts.kinds ?? KINDS) {
      const k0 = performance.now();
      const { rows, write } = await kindWriter(driver, g, kind, ids, opts.database);
      for (const row of rows) await write((text, params) => session.run(text, params), [row]);
      recordKind(timing, kind, rows.length, k0);
    }
  } finally {
    await session.close();
  }
  // The counts in their own transactions, as after the batched loader.
  const countMs = opts.count === false ? undefined : await countLinks(driver, g, opts);
  return { ...timing, countMs, ms: performance.now() - t0 };
}

/**
 * The links' producer counts, as every writer of the product keeps them (cypher/link-counts/refresh.cypher). A load
 * of the whole graph (`g.products` not empty) counts the links it created from its own rows (bench/data/counts.ts:
 * no producer of theirs is outside the load) and recounts with the refresh statement, over the whole graph, every
 * other link its firms produce (seeded links) and any link not counted yet. A slice (districtSlice) recounts the
 * links its firms produce in the scopes of its zones only (they, their districts and every region above).
 * `whole`: count every link not counted yet with the refresh statement, whatever `g` holds. Refresh batches of
 * FILL_BATCH (500) links, `concurrency` in flight, each its own transaction. Returns the milliseconds it took.
 */
export async function countLinks(
  driver: Driver,
  g: NationalGraph,
  opts: {
    database?: string | undefined;
    concurrency?: number;
    /** Links per refresh transaction (default FILL_BATCH, as the start-up fill). */
    batch?: number;
    /** Another text of link-counts/refresh (bench/link-counts.ts: the file at another commit, side by side). */
    statement?: string;
    /** Count every link not counted yet, whatever `g` holds (bench/link-counts.ts passes no rows). */
    whole?: boolean;
    /** Filled with the refresh's milliseconds (from the start) and the stored counts' (after the refresh). */
    phases?: CountPhases;
  } = {},
): Promise<number> {
  const t0 = performance.now();
  const pending = async () =>
    (
      await driver.executeQuery(
        query('link-counts/pending'),
        { after: '', limit: 10_000_000 },
        { database: opts.database },
      )
    ).records.map((r) => r.get('id') as string);
  let links: string[];
  let within: string[] | null = null;
  // A whole load's created links are stored after the refresh below, from the loader's own counts.
  const whole = !opts.whole && g.products.length > 0;
  if (opts.whole) links = await pending();
  else if (whole) {
    const created = new Set(g.products.map((p) => p.id));
    const seeded = g.produces.map((r) => r.product).filter((p) => !created.has(p));
    links = [...new Set([...(await pending()).filter((id) => !created.has(id)), ...seeded])];
  } else {
    links = [...new Set(g.produces.map((r) => r.product))];
    within = [...new Set([...g.zones.map((z) => z.id), ...g.locatedIn.map((r) => r.zone)])];
  }
  const batch = opts.batch ?? FILL_BATCH;
  const refresh = opts.statement ?? query('link-counts/refresh');
  await writeBatches(driver, opts, chunks(links, batch), (tx, ids) =>
    tx.run(refresh, { links: ids, firms: [], zones: [], within }),
  );
  if (opts.phases) opts.phases.refreshMs = performance.now() - t0;
  if (whole) {
    const s0 = performance.now();
    await storeCreatedLinkCounts(driver, g, { ...opts, deferKey: true, phases: opts.phases });
    if (opts.phases) opts.phases.storeMs = performance.now() - s0;
  }
  return performance.now() - t0;
}

/** The rows of `g` that belong to the given districts (their zones, firms, projects and those rows' edges). */
export function districtSlice(g: NationalGraph, districts: ReadonlySet<string>): NationalGraph {
  const zones = g.zones.filter((z) => z.district !== null && districts.has(z.district));
  const enterprises = g.enterprises.filter((e) => e.district !== null && districts.has(e.district));
  const projects = g.projects.filter((p) => districts.has(p.district));
  const zoneIds = new Set(zones.map((z) => z.id));
  const firmIds = new Set(enterprises.map((e) => e.id));
  const projectIds = new Set(projects.map((p) => p.id));
  return {
    industries: [],
    chains: [],
    products: [],
    zones,
    enterprises,
    projects,
    documents: [],
    partOf: g.partOf.filter((r) => zoneIds.has(r.zone)),
    hasLink: [],
    feeds: [],
    locatedIn: g.locatedIn.filter((r) => firmIds.has(r.enterprise)),
    produces: g.produces.filter((r) => firmIds.has(r.enterprise)),
    builds: g.builds.filter((r) => projectIds.has(r.project)),
    inZone: g.inZone.filter((r) => projectIds.has(r.project)),
    mainProduct: [],
    targetFor: [],
    forDistrict: [],
    inPlan: [],
    // The plan's sought links stay with the plan (not part of a district's slice, like its Document).
    seeks: [],
  };
}

export async function writeMarker(driver: Driver, hash: string, database?: string): Promise<void> {
  await driver.executeQuery(query('bench/marker'), { hash }, { database });
  // The loader wrote every firm's scope keys (bench/located-in): the start-up fill has nothing to do.
  await driver.executeQuery(query('enterprise-scope/marker'), {}, { database });
}

export async function readMarker(driver: Driver, database?: string): Promise<string | null> {
  const res = await driver.executeQuery(query('bench/marker-read'), {}, { database });
  return (res.records[0]?.get('hash') as string | undefined) ?? null;
}

export async function deleteDistricts(driver: Driver, districts: string[], database?: string): Promise<void> {
  await driver.executeQuery(query('bench/delete-district'), { districts }, { database });
}
