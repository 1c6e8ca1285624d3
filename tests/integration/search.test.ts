import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../cypher/index.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { CHAR_HITS_CAP, CHAR_INDEX, charPhrase, SEARCH_WORDS, searchQuery } from '../../server/db/search.ts';
import { graphqlClient, resetAndSeed, testDb } from '../helpers.ts';

let db: Db;
let gql: ReturnType<typeof graphqlClient>;

// Firms whose names the per-character tokens could treat differently from CONTAINS: spaces, full-width and
// middle-dot punctuation, Latin letters and digits glued to characters, traditional characters, 〇.
const ODD_FIRMS = [
  { id: 'search-t1', name: '华峰 铝业', fullName: '重庆华峰（铝业）有限公司' },
  { id: 'search-t2', name: 'ABC铝材5G', fullName: 'ABC Aluminium 铝材有限公司' },
  { id: 'search-t3', name: '鋁業實業', fullName: '臺灣鋁業股份有限公司' },
  { id: 'search-t4', name: '铝·锭贸易', fullName: '铝、锭贸易有限公司' },
  { id: 'search-t5', name: '〇七铝厂', fullName: null },
  { id: 'search-t6', name: '铝 锭', fullName: '铝锭' },
];

interface Hit {
  kind: string;
  id: string;
  name: string;
  detail: string | null;
  chain: string | null;
  zone: string | null;
  score: number;
}

const run = async (name: string, params: Record<string, unknown>) =>
  (await db.driver.executeQuery(query(name), { ...SEARCH_WORDS, ...params })).records.map(
    (r) => r.toObject() as Hit,
  );

/** Both queries for a term, the full-text one with its phrase (and a cap on its hits). */
async function both(q: string, first: number, cap = CHAR_HITS_CAP) {
  const phrase = charPhrase(q) ?? `"${[...q].join(' ')}"`;
  return {
    contains: await run('search', { q, first }),
    chars: await run('search-chars', { q, first, phrase, cap }),
  };
}

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await resetAndSeed(db);
  await db.driver.executeQuery(
    `UNWIND $firms AS f CREATE (e:Enterprise {id: f.id, name: f.name, local: true}) SET e.fullName = f.fullName`,
    { firms: ODD_FIRMS },
  );
  await db.driver.executeQuery(query('schema/await-indexes'), { seconds: 60 });
});
afterAll(async () => db.close());

describe('search through the per-character full-text index', () => {
  it('gives search.cypher’s answer for every character and many two-character terms of the graph', async () => {
    const res = await db.driver.executeQuery(
      `MATCH (n) WHERE n:Product OR n:Chain OR n:Enterprise OR n:Zone OR n:Project
       RETURN [x IN [n.name, n.fullName, n.expression] WHERE x IS NOT NULL] AS texts`,
    );
    const texts = res.records.flatMap((r) => r.get('texts') as string[]);
    const chars = new Set<string>();
    const pairs = new Set<string>();
    for (const t of texts) {
      const cs = [...t];
      cs.forEach((c, i) => {
        if (charPhrase(c)) chars.add(c);
        const pair = c + (cs[i + 1] ?? '');
        if (charPhrase(pair) && pair.length === 2) pairs.add(pair);
      });
    }
    expect(chars.size).toBeGreaterThan(300);
    // Pairs in a fixed order, evenly sampled, and the odd names' pairs.
    const step = Math.max(1, Math.floor(pairs.size / 300));
    const sampled = [...pairs].sort().filter((_, i) => i % step === 0);
    const terms = [...chars, ...sampled, '铝锭', '铝业', '鋁業', '公司', '〇七'];
    let containing = 0;
    for (let i = 0; i < terms.length; i += 4) {
      await Promise.all(
        terms.slice(i, i + 4).map(async (q) => {
          const { contains, chars: viaIndex } = await both(q, 20);
          expect(viaIndex, q).toEqual(contains);
          if (contains.some((h) => h.score === 1)) containing++;
        }),
      );
    }
    // The full-text pass ran and found names that contain the term without starting with it.
    expect(containing).toBeGreaterThan(200);
  }, 240_000);

  it('finds a character inside names (铝 in 原铝, 再生铝) and keeps CONTAINS exact around spaces and punctuation', async () => {
    const { contains, chars } = await both('铝', 200);
    expect(chars).toEqual(contains);
    const names = chars.map((h) => h.name);
    for (const n of ['原铝', '再生铝', '华峰 铝业', 'ABC铝材5G', '〇七铝厂']) expect(names).toContain(n);
    // 鋁 (traditional) is another character: search does not map scripts, and neither query does.
    expect(names).not.toContain('鋁業實業');
    // "铝 锭" holds 铝 and 锭 as neighbouring tokens but does not contain 铝锭; its full name does.
    const ingot = await both('铝锭', 200);
    expect(ingot.chars).toEqual(ingot.contains);
    expect(ingot.chars.map((h) => h.id)).toContain('search-t6');
    expect(ingot.chars.map((h) => h.id)).not.toContain('search-t4');
    const taiwan = await both('臺灣', 20);
    expect(taiwan.chars.map((h) => h.id)).toEqual(['search-t3']);
  });

  it('reads a term with more index hits than the cap by the TEXT scan, with the same answer', async () => {
    for (const q of ['铝', '公司', '电']) {
      const all = await both(q, 20);
      expect(
        all.contains.some((h) => h.score === 1),
        q,
      ).toBe(true);
      for (const cap of [1, 3])
        expect((await both(q, 20, cap)).chars, `${q} cap ${cap}`).toEqual(all.contains);
    }
  });

  it('gives search.cypher’s answer for terms of three and more characters too (sent to search.cypher)', async () => {
    for (const q of ['再生铝', '烧结氧化铝', '铝业有限', '綦江区']) {
      expect(searchQuery(q, 20, true).name).toBe('search');
      const { contains, chars } = await both(q, 20);
      expect(chars, q).toEqual(contains);
    }
  });

  it('answers through search.cypher while the index is missing, and through the index once it is back', async () => {
    const ask = async (q: string) =>
      (
        await gql<{ search: { kind: string; id: string; score: number }[] }>(
          'query ($q: String!) { search(query: $q, first: 50) { kind id score } }',
          { q },
        )
      ).data?.search;
    const want = async (q: string) =>
      (await run('search', { q, first: 50 })).map(({ kind, id, score }) => ({ kind, id, score }));
    expect(await ask('铝')).toEqual(await want('铝'));
    await db.driver.executeQuery(`DROP INDEX ${CHAR_INDEX}`);
    try {
      const gone = await gql<{ search: { id: string }[] }>('{ search(query: "铝", first: 50) { id } }');
      expect(gone.errors).toBeUndefined();
      expect(await ask('铝')).toEqual(await want('铝'));
      expect(await ask('电')).toEqual(await want('电'));
    } finally {
      await db.applySchema();
    }
    const state = await db.read<{ state: string }>('schema/index-state', { name: CHAR_INDEX });
    expect(state[0]?.state).toBe('ONLINE');
    expect(await ask('铝')).toEqual(await want('铝'));
  });
});
