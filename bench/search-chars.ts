/**
 * Search's two queries side by side on the national graph (docs/SEARCH.md): `search` (CONTAINS over the TEXT
 * indexes) and `search-chars` (the per-character full-text index, post-filtered by the same CONTAINS), on the
 * benchmark's one- and two-character terms and a few terms that match most firms. Starts Neo4j on .bench/neo4j,
 * applies the schema (timing the index's build when it is new, and what a query does while it populates), then
 * sends each term to both queries in turn, alternating which goes first, and checks that the answers are equal.
 *
 * `BENCH_NEO4J_HEAP=2g BENCH_NEO4J_PAGECACHE=1500m npx tsx bench/search-chars.ts [--rounds 5] [--rebuild]`
 */
import path from 'node:path';
import { statements } from '../cypher/index.ts';
import { ensureLauncherBuilt, findFreePort, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { Db } from '../server/db/neo4j.ts';
import { enableTcpNoDelay } from '../server/db/nodelay.ts';
import { CHAR_INDEX, charPhrase, searchQuery } from '../server/db/search.ts';
import { repoRoot } from '../server/paths.ts';
import { workload } from './api.ts';
import { neo4jSizes } from './cold-start.ts';
import { defaultDataDir } from './data/cli.ts';
import { readDataset } from './data/load.ts';
import { calibrate, describeCalibration } from './lib/calibrate.ts';
import { median, percentile, round } from './lib/stats.ts';

const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1] ?? 5) || 5;
/** Terms most firms' full names contain: the full-text pass's worst case. */
const HEAVY = ['公司', '有限', '科技', '业', '司'];

async function main() {
  enableTcpNoDelay();
  await ensureLauncherBuilt();
  const g = await readDataset(defaultDataDir);
  const dataDir = path.join(repoRoot, '.bench', 'neo4j');
  const neo = await startLocalNeo4j({ port: await findFreePort(), dataDir, ...neo4jSizes() });
  const db = new Db({ uri: neo.uri, user: 'neo4j', password: '', database: undefined });
  try {
    if (process.argv.includes('--rebuild'))
      await db.driver.executeQuery(`DROP INDEX ${CHAR_INDEX} IF EXISTS`);
    const state = async () =>
      (await db.read<{ state: string }>('schema/index-state', { name: CHAR_INDEX }))[0]?.state;
    const before = await state();
    const t0 = performance.now();
    for (const stmt of statements('schema/constraints')) await db.driver.executeQuery(stmt);
    // While it populates: what a full-text query does, and what search answers.
    const during = await state();
    let populating = 'not observed';
    if (during !== 'ONLINE') {
      populating = await db
        .read('search-chars', searchQuery('铝', 20, true).params)
        .then((rows) => `answered (${rows.length} rows)`)
        .catch((err: unknown) => `failed: ${String(err).split('\n')[0]}`);
    }
    await db.read('schema/await-indexes', { seconds: 1800 });
    const buildS = round((performance.now() - t0) / 1000, 2);
    console.log(
      `index ${CHAR_INDEX}: ${before ?? 'absent'} → ${during} → ONLINE in ${buildS} s; query meanwhile: ${populating}`,
    );

    const terms = [...new Set(workload(g, 100).search.map((c) => c.variables.query as string))];
    const short = terms.filter((q) => charPhrase(q) !== null);
    const cal0 = await calibrate(db.driver);
    console.log(`machine: ${describeCalibration(cal0)}`);
    const times: Record<'search' | 'search-chars', number[]> = { search: [], 'search-chars': [] };
    const perTerm: Record<string, Record<string, number[]>> = {};
    let unequal = 0;
    for (const q of [...short, ...HEAVY]) await db.read('search', searchQuery(q, 20, false).params); // warm
    for (let r = 0; r < ROUNDS; r++) {
      for (const [i, q] of [...short, ...HEAVY].entries()) {
        const order =
          (r + i) % 2 === 0 ? (['search', 'search-chars'] as const) : (['search-chars', 'search'] as const);
        const answers: Record<string, string> = {};
        for (const name of order) {
          const params = searchQuery(q, 20, name !== 'search').params;
          const t = performance.now();
          const rows = await db.read(name, params);
          const ms = performance.now() - t;
          if (!HEAVY.includes(q)) times[name].push(ms);
          const term = perTerm[q] ?? {};
          term[name] = [...(term[name] ?? []), ms];
          perTerm[q] = term;
          answers[name] = JSON.stringify(rows);
        }
        if (answers.search !== answers['search-chars']) unequal++;
      }
    }
    const cal1 = await calibrate(db.driver);
    console.log(`machine: ${describeCalibration(cal1)}`);
    const factor = round((cal0.factors.db + cal1.factors.db) / 2, 3);
    for (const name of ['search', 'search-chars'] as const) {
      const xs = times[name];
      console.log(
        `${name}: ${xs.length} calls over ${short.length} terms — p50 ${round(median(xs), 1)} ms, p95 ${round(percentile(xs, 95), 1)} ms ` +
          `(normalised, db factor ${factor}: p50 ${round(median(xs) / factor, 1)}, p95 ${round(percentile(xs, 95) / factor, 1)})`,
      );
    }
    console.log(`answers unequal: ${unequal}`);
    console.log('| term | search median ms | search-chars median ms |');
    for (const q of [...HEAVY, ...short.slice(0, 12)]) {
      const t = perTerm[q] ?? {};
      console.log(
        `| ${q} | ${round(median(t.search ?? []), 1)} | ${round(median(t['search-chars'] ?? []), 1)} |`,
      );
    }
  } finally {
    await db.close();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
