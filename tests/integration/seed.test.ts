import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, summarise } from '../../seed/index.ts';
import { readSeed } from '../../seed/read.ts';
import { normaliseSource } from '../../seed/text.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { seedDir } from '../../server/paths.ts';
import { resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';

let db: Db;
const expected = summarise(readSeed(seedDir));

async function one<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const res = await db.driver.executeQuery(cypher, params);
  return res.records[0]?.toObject() as T;
}

async function graphFingerprint() {
  return one<{ nodes: number; rels: number; props: number }>(
    `MATCH (n) WHERE NOT n:AuditEntry WITH count(n) AS nodes, sum(size(keys(n))) AS np
     OPTIONAL MATCH ()-[r]->() WITH nodes, np, count(r) AS rels, sum(size(keys(r))) AS rp
     RETURN nodes, rels, np + rp AS props`,
  );
}

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
});
afterAll(async () => db.close());

describe('the seed graph', () => {
  it('holds every industry, chain, product, zone, enterprise, project and indicator of the seed files', async () => {
    const res = await db.driver.executeQuery('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count');
    const counts = Object.fromEntries(res.records.map((r) => [r.get('label'), r.get('count')]));
    expect(counts).toMatchObject({
      Industry: expected.industries,
      Chain: expected.chains,
      Product: expected.products,
      Zone: expected.zones + expected.regions,
      Enterprise: expected.enterprises,
      Project: expected.projects,
      Indicator: expected.indicators,
      Source: expected.sources,
    });
    // The plan's six industries and its ~30 chains.
    expect(expected.industries).toBe(6);
    expect(expected.regions).toBe(2); // 重庆市 (a municipality: no city level) and 綦江区
    expect(expected.chains).toBeGreaterThanOrEqual(28);
  });

  it('has the 再生铝 chain path 废铝 → 再生铝 → 铝锭 → 压铸件', async () => {
    const row = await one<{ n: number }>(
      `MATCH (c:Chain)-[:HAS_LINK]->(a:Product {name: '废铝'})
       MATCH (a)-[f1:FEEDS]->(:Product {name: '再生铝'})-[f2:FEEDS]->(:Product {name: '铝锭'})-[f3:FEEDS]->(:Product {name: '压铸件'})
       WHERE c.id IN f1.chains AND c.id IN f2.chains AND c.id IN f3.chains
       RETURN count(*) AS n`,
    );
    expect(row.n).toBeGreaterThan(0);
  });

  it('makes 铝锭 one node fed by both 铝液 and 再生铝', async () => {
    const row = await one<{ nodes: number; feeders: string[] }>(
      `MATCH (p:Product {name: '铝锭'}) WITH collect(p) AS ps
       UNWIND ps AS p MATCH (u:Product)-[:FEEDS]->(p)
       RETURN size(ps) AS nodes, collect(u.name) AS feeders`,
    );
    expect(row.nodes).toBe(1);
    expect(row.feeders.sort()).toEqual(['再生铝', '铝液']);
  });

  it('gives 北渡组团 its 2025 targets: 420 亿元 output and 120 亿元 value added', async () => {
    const z = await one<{ o: number; v: number }>(
      `MATCH (z:Zone {name: '北渡组团'}) RETURN z.output2025 AS o, z.valueAdded2025 AS v`,
    );
    expect(z).toEqual({ o: 420, v: 120 });
  });

  it('creates no Product from the principle slogan 突特色—强龙头—补链条—聚集群—促创新', async () => {
    const row = await one<{ n: number }>(
      `MATCH (p:Product) WHERE p.name IN ['突特色', '强龙头', '补链条', '聚集群', '促创新'] RETURN count(p) AS n`,
    );
    expect(row.n).toBe(0);
  });

  it('cites a source on every node and on every FEEDS, PRODUCES, LOCATED_IN, TARGET_FOR and project relationship', async () => {
    // Regions (省/市/区县) and their PART_OF/LOCATED_IN come from GB/T 2260, not from the plan's words.
    const nodes = await one<{ n: number }>(
      `MATCH (n:Industry|Chain|Product|Zone|Enterprise|Project|Indicator)
       WHERE (n.sources IS NULL OR size(n.sources) = 0) AND NOT coalesce(n.kind, '') IN ['省', '市', '区县']
       RETURN count(n) AS n`,
    );
    expect(nodes.n).toBe(0);
    const rels = await one<{ n: number; total: number }>(
      `MATCH ()-[r:PRODUCES|LOCATED_IN|TARGET_FOR|BUILDS|IN_ZONE|BY|FEEDS|HAS_LINK|PART_OF|FOCUSES_ON]->(b)
       WHERE NOT coalesce(b.kind, '') IN ['省', '市', '区县']
       WITH r, coalesce(r.source, head(r.sources)) AS sid
       OPTIONAL MATCH (s:Source {id: sid})
       RETURN count(r) AS total, count(CASE WHEN s IS NULL THEN 1 END) AS n`,
    );
    expect(rels.total).toBeGreaterThan(300);
    expect(rels.n).toBe(0);
  });

  it('finds every quote in the source text once line breaks are removed', async () => {
    const text = normaliseSource(
      readFileSync(path.join(seedDir, 'sources', 'qijiang-gazette-2023-02.txt'), 'utf8'),
    );
    const res = await db.driver.executeQuery('MATCH (s:Source) RETURN s.quote AS quote, s.start AS start');
    expect(res.records.length).toBe(expected.sources);
    for (const r of res.records) {
      const quote = r.get('quote') as string;
      expect(text.includes(quote), quote).toBe(true);
      expect(text.slice(r.get('start'), r.get('start') + quote.length)).toBe(quote);
    }
  });

  it('names local recyclers as producers of 再生铝 and outside firms as targets', async () => {
    const row = await one<{ producers: string[]; targets: string[] }>(
      `MATCH (p:Product {name: '再生铝'})
       RETURN [(e:Enterprise {local: true})-[:PRODUCES]->(p) | e.name] AS producers,
              [(e:Enterprise {local: false})-[:TARGET_FOR]->(p) | e.name] AS targets`,
    );
    expect(row.producers).toEqual(expect.arrayContaining(['哈斯特', '鹏翔铝业', '旗特新材料']));
    expect(row.targets).toEqual(expect.arrayContaining(['南山铝业', '明泰铝业']));
  });

  it('is idempotent: loading the seed again changes nothing', async () => {
    const before = await graphFingerprint();
    await loadSeed(db, { actor: TEST_ACTOR });
    expect(await graphFingerprint()).toEqual(before);
  });
});

describe('a malformed seed file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'seed-bad-'));
    cpSync(seedDir, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails with a message naming the file, the entry and the field, and writes nothing', async () => {
    const file = path.join(dir, 'data', 'industries', 'new-materials.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const victim = data.chains[1];
    victim.stages[0] = [''];
    writeFileSync(file, JSON.stringify(data));
    const before = await graphFingerprint();
    await expect(loadSeed(db, { root: dir, reset: true, actor: TEST_ACTOR })).rejects.toThrow(
      `data/industries/new-materials.json: chains[1] (${victim.id}): field "chains[1].stages[0][0]"`,
    );
    expect(await graphFingerprint()).toEqual(before);
  });

  it('rejects a quote that is not in the source', async () => {
    const file = path.join(dir, 'data', 'zones.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const original = readFileSync(file, 'utf8');
    data.zones[2].source.quote = '这句话不在规划里';
    writeFileSync(file, JSON.stringify(data));
    // restore the industry file broken by the previous test
    cpSync(path.join(seedDir, 'data', 'industries'), path.join(dir, 'data', 'industries'), {
      recursive: true,
    });
    await expect(loadSeed(db, { root: dir, actor: TEST_ACTOR })).rejects.toThrow(
      `data/zones.json: zones[2] (${data.zones[2].id}): field "source.quote": quote not found`,
    );
    writeFileSync(file, original);
  });
});
