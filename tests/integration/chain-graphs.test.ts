/**
 * Chain structures for gap priorities (server/db/chainGraphs.ts) are kept under the graph's version: the same
 * answer as reading them every time, the structure query skipped while the version stays, read again when it
 * moves, and never kept without a version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainGraphCache, MAX_REACH_CHAINS } from '../../server/db/chainGraphs.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, testDb } from '../helpers.ts';

let db: Db;
// Gap links of the seed: 铝锭 (in two aluminium chains) and 再生铝.
const IDS = ['p-铝锭', 'p-再生铝'];

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
});
afterAll(async () => db?.close());

/** A Db that records the names of the queries it runs. */
function recording(): { db: Db; names: string[] } {
  const names: string[] = [];
  const read: Db['read'] = (name, params) => {
    names.push(name);
    return db.read(name, params);
  };
  return { db: { read } as Db, names };
}

describe('chain structures kept under the graph version', () => {
  it('answers as reading them every time, and skips the structure query while the version stays', async () => {
    const fresh = await new ChainGraphCache(db).around(IDS);
    expect(fresh.length).toBeGreaterThan(1);
    expect(fresh.every((g) => g.links.length > 0 && g.feeds.length > 0)).toBe(true);

    let version: string | undefined = 'v1';
    const r = recording();
    const cache = new ChainGraphCache(r.db, () => version);
    expect(await cache.around(IDS)).toEqual(fresh);
    expect(r.names).toEqual(['gap-chains', 'chain-graphs']);
    expect(cache.size).toBe(fresh.length);

    r.names.length = 0;
    expect(await cache.around(IDS)).toEqual(fresh);
    // One of the two links alone: its chains and their structures are all kept; nothing is read.
    expect(await cache.around(['p-铝锭'])).toEqual(fresh.filter((g) => g.links.includes('p-铝锭')));
    expect(r.names).toEqual([]);
    // A link not asked before: only its chains are looked up; their structures are kept already.
    const more = await cache.around(['p-铝锭', 'p-铝合金']);
    expect(more).toEqual(await new ChainGraphCache(db).around(['p-铝锭', 'p-铝合金']));
    expect(r.names).toEqual(['gap-chains']);

    // The graph moved: everything is read again.
    version = 'v2';
    r.names.length = 0;
    expect(await cache.around(IDS)).toEqual(fresh);
    expect(r.names).toEqual(['gap-chains', 'chain-graphs']);

    // No version known (Neo4j down, no response cache): nothing is kept.
    version = undefined;
    r.names.length = 0;
    await cache.around(IDS);
    await cache.around(IDS);
    expect(r.names).toEqual(['gap-chains', 'chain-graphs', 'gap-chains', 'chain-graphs']);
    expect(cache.size).toBe(0);
  });

  it('reads nothing for no links', async () => {
    const r = recording();
    expect(await new ChainGraphCache(r.db, () => 'v').around([])).toEqual([]);
    expect(r.names).toEqual([]);
  });
});

describe('the chains a scope counts around a hub link', () => {
  it("counts a district's own chain through a link even when more than MAX_REACH_CHAINS others sort before it", async () => {
    // On a national graph a hub link (面粉) is in 90 chains: the first few by id were read for every scope, so a
    // district whose own chain sorted later counted none of its own and only other districts' chains.
    await db.driver.executeQuery(
      `MERGE (p:Product {id: 'p-hub-test'}) SET p.name = '枢纽环节'
       WITH p
       UNWIND range(0, $n) AS i
       WITH p, i, CASE WHEN i < $n THEN 'region-hub-a' ELSE 'region-hub-b' END AS district
       MERGE (d:Zone {id: district}) SET d.name = district, d.kind = '区县'
       MERGE (doc:Document {id: 'doc-hub-' + district})
       MERGE (doc)-[:FOR_DISTRICT]->(d)
       MERGE (ind:Industry {id: 'ind-hub-' + toString(i)}) SET ind.name = '枢纽产业'
       MERGE (ind)-[:IN_PLAN]->(doc)
       MERGE (c:Chain {id: 'chain-hub-' + toString(i + 10)}) SET c.name = '枢纽链' + toString(i)
       MERGE (ind)-[:HAS_CHAIN]->(c)
       MERGE (c)-[:HAS_LINK]->(p)`,
      { n: MAX_REACH_CHAINS },
    );
    const ids = async (districts: string[] | null) =>
      (await new ChainGraphCache(db).around(['p-hub-test'], districts)).map((g) => g.chain.id);
    const b = `chain-hub-${MAX_REACH_CHAINS + 10}`;
    // District b's one chain sorts after district a's eight.
    expect(await ids(['region-hub-b'])).toEqual([b]);
    expect(await ids(['region-hub-a'])).toHaveLength(MAX_REACH_CHAINS);
    expect(await ids(['region-hub-a'])).not.toContain(b);
    // The whole graph: the first MAX_REACH_CHAINS by id, as before.
    expect(await ids(null)).toEqual((await ids(['region-hub-a'])).slice(0, MAX_REACH_CHAINS));
    // A scope of neither district: only chains of no plan would count; there are none here.
    expect(await ids(['region-500110'])).toEqual([]);
  });
});
