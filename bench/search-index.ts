/**
 * Which index serves search-as-you-type better for one- and two-character Chinese queries?
 * Compares the full-text index (cjk analyzer, bigrams) with the TEXT indexes behind `CONTAINS`.
 * `NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/search-index.ts` against a seeded database.
 */
import { readConfig } from '../server/config.ts';
import { Db } from '../server/db/neo4j.ts';

const QUERIES = ['铝', '铜', '电', '铝锭', '再生', '北渡', '电池', '玻纤'];
const FULLTEXT =
  'CALL db.index.fulltext.queryNodes("search_names", $q) YIELD node RETURN node.name AS name LIMIT 100';
const CONTAINS = `MATCH (n) WHERE (n:Product OR n:Chain OR n:Enterprise OR n:Zone OR n:Project) AND n.name CONTAINS $q
  RETURN n.name AS name LIMIT 100`;

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
  await db.driver.executeQuery(
    `CREATE FULLTEXT INDEX search_names IF NOT EXISTS
       FOR (n:Product|Chain|Enterprise|Zone|Project) ON EACH [n.name, n.fullName, n.expression]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  );
  await db.driver.executeQuery('CALL db.awaitIndexes(300)');
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
