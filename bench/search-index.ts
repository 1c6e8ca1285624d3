/**
 * Which index serves search-as-you-type better for one- and two-character Chinese queries?
 * Compares the full-text index (cjk analyzer, bigrams) with the TEXT indexes behind `CONTAINS`.
 * `NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/search-index.ts` against a seeded database.
 */
import { query } from '../cypher/index.ts';
import { readConfig } from '../server/config.ts';
import { Db } from '../server/db/neo4j.ts';

const QUERIES = ['铝', '铜', '电', '铝锭', '再生', '北渡', '电池', '玻纤'];
const FULLTEXT = query('bench/search-fulltext');
const CONTAINS = query('bench/search-contains');

async function timeIt(db: Db, cypher: string, q: string): Promise<{ hits: string[]; medianMs: number }> {
  const times: number[] = [];
  let hits: string[] = [];
  for (let i = 0; i < 21; i++) {
    const t = performance.now();
    const res = await db.driver.executeQuery(cypher, { q });
    times.push(performance.now() - t);
    hits = res.records.map((r) => r.get('name') as string);
  }
  times.sort((a, b) => a - b);
  return { hits, medianMs: Math.round((times[10] ?? 0) * 100) / 100 };
}

async function main(): Promise<void> {
  const cfg = readConfig().neo4j ?? { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: '' };
  const db = new Db(cfg);
  // The product does not keep this index (writes would pay for it); create it for the comparison.
  await db.driver.executeQuery(query('bench/search-fulltext-index'));
  await db.driver.executeQuery(query('schema/await-indexes'), { seconds: 300 });
  console.log(
    '| query | full-text hits | full-text `q*` hits | CONTAINS hits | names CONTAINS finds that full-text misses | full-text ms | CONTAINS ms |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const q of QUERIES) {
    const ft = await timeIt(db, FULLTEXT, q);
    const ftw = await timeIt(db, FULLTEXT, `${q}*`);
    const ct = await timeIt(db, CONTAINS, q);
    const missed = ct.hits.filter((h) => !ftw.hits.includes(h));
    console.log(
      `| ${q} | ${ft.hits.length} | ${ftw.hits.length} | ${ct.hits.length} | ${missed.slice(0, 4).join('、') || '—'} | ${ft.medianMs} | ${ct.medianMs} |`,
    );
  }
  await db.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
