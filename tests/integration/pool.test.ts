import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBriefing } from '../../server/briefing/data.ts';
import { briefingMarkdown } from '../../server/briefing/markdown.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { buildYoga } from '../../server/graphql/yoga.ts';
import { aliasesFile, importPool, readAliases } from '../../server/pool/import.ts';
import type { Alias } from '../../server/pool/match.ts';
import { NO_CANDIDATES, NO_CANDIDATES_NO_POOL } from '../../vocab/priority.ts';
import { graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/chainkg');
let db: Db;
let gql: ReturnType<typeof graphqlClient>;
const aliases = readAliases(aliasesFile);
const tmpDirs: string[] = [];

const run = (opts: { dir?: string; aliases?: Alias[] } = {}) =>
  importPool(db, { dir: opts.dir ?? fixture, aliases: opts.aliases ?? aliases, actor: TEST_ACTOR });

async function fingerprint() {
  const res = await db.driver.executeQuery(
    `MATCH (n) WHERE NOT n:AuditEntry WITH count(n) AS nodes, sum(size(keys(n))) AS np
     OPTIONAL MATCH ()-[r]->() WITH nodes, np, count(r) AS rels, sum(size(keys(r))) AS rp
     RETURN nodes, rels, np + rp AS props`,
  );
  return res.records[0]?.toObject();
}

async function mainProducts() {
  const res = await db.driver.executeQuery(
    `MATCH (e:Enterprise {origin: 'pool'})-[m:MAIN_PRODUCT]->(p:Product)
     RETURN e.name AS firm, p.name AS link, m.productName AS productName, m.basis AS basis, m.weight AS weight
     ORDER BY firm, link`,
  );
  return res.records.map((r) => r.toObject());
}

function copyFixture(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pool-fixture-'));
  tmpDirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await resetAndSeed(db);
});
afterAll(async () => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  await db.close();
});

/** Whether the API says a pool is loaded, and what the 铝精深加工 briefing's gaps without a candidate say. */
async function noCandidateWords() {
  const res = await gql<{ poolLoaded: boolean }>('{ poolLoaded }');
  const yoga = buildYoga(db, { production: true, settings: { readRequiresToken: false } });
  const b = await fetchBriefing(yoga, 'chain-aluminium-deep-processing', 'region-500110');
  const empty = b.gaps.filter((g) => g.candidates.length === 0).length;
  const md = briefingMarkdown(b, { image: 'x.svg' });
  return {
    api: res.data?.poolLoaded,
    briefing: b.poolLoaded,
    empty,
    pool: md.split(NO_CANDIDATES).length - 1,
    noPool: md.split(NO_CANDIDATES_NO_POOL).length - 1,
  };
}

describe('pool import', () => {
  it('before a pool is imported, a gap with no candidate says the pool was not imported, not that it has none', async () => {
    const words = await noCandidateWords();
    expect(words.empty).toBeGreaterThan(0);
    expect(words).toEqual({ api: false, briefing: false, empty: words.empty, pool: 0, noPool: words.empty });
  });

  it('writes pool firms as outside enterprises and reports counts', async () => {
    const report = await run();
    expect(report).toMatchObject({
      companies: 5,
      duplicateCompanyLines: 1,
      mainProductRows: 10,
      matched: { exact: 2, normalised: 0, alias: 3 },
      nonPositiveWeight: 0,
      mainProductEdges: 6,
      removedEnterprises: 0,
    });
    const res = await db.driver.executeQuery(
      `MATCH (e:Enterprise {origin: 'pool'}) RETURN e.id AS id, e.name AS name, e.fullName AS fullName,
         e.local AS local, e.code AS code, e.exchange AS exchange, e.listed AS listed, e.source AS source
       ORDER BY id`,
    );
    const firms = res.records.map((r) => r.toObject());
    expect(firms).toHaveLength(5);
    expect(firms.every((f) => f.local === false && f.source === 'chainkg')).toBe(true);
    // The first line of a repeated code wins; codes without a suffix get the exchange's.
    expect(firms.find((f) => f.id === 'pool-000902.SZ')).toMatchObject({
      fullName: '乙铝材股份有限公司（虚构）',
      exchange: 'SZ',
      listed: '2011-07-15',
    });
    // A shifted source line (exchange name in the date field) leaves the listing date empty.
    expect(firms.find((f) => f.id === 'pool-300903.SZ')?.listed).toBeNull();
    // With the pool in the graph, a gap no pool firm fills says the pool has none.
    const words = await noCandidateWords();
    expect(words).toEqual({ api: true, briefing: true, empty: words.empty, pool: words.empty, noPool: 0 });
  });

  it('links main products to chain links by exact name, normalised form and alias', async () => {
    expect(await mainProducts()).toEqual([
      { firm: '丁化学', link: '丁二醇', productName: 'BDO系列', basis: 'alias', weight: 0.55 },
      { firm: '丁化学', link: '板带箔', productName: '板带箔', basis: 'exact', weight: 0.05 },
      { firm: '丙膜业', link: '电池箔', productName: '电池箔', basis: 'exact', weight: 0.3 },
      { firm: '丙膜业', link: '锂电池隔膜', productName: '湿法隔膜', basis: 'alias', weight: 0.7 },
      { firm: '乙铝材', link: '板带箔', productName: '铝板带箔', basis: 'alias', weight: 0.81 },
      { firm: '甲箔科技', link: '板带箔', productName: '板带箔', basis: 'exact', weight: 0.62 },
    ]);
  });

  it('offers pool firms for a gap, ranked by weight, with the reason', async () => {
    const res = await gql<{
      upstreamGaps: {
        gaps: {
          product: { name: string };
          status: string;
          candidates: { kind: string; reason: string; enterprise: { name: string; local: boolean } | null }[];
        }[];
      };
    }>(`{ upstreamGaps(product: "p-电池箔") { gaps { product { name } status
          candidates { kind reason enterprise { name local } } } } }`);
    expect(res.errors).toBeUndefined();
    const gap = res.data?.upstreamGaps.gaps.find((g) => g.product.name === '板带箔');
    expect(gap, 'the seed has no local producer of 板带箔').toBeDefined();
    const pool = gap?.candidates.filter((c) => c.kind === 'POOL_ENTERPRISE') ?? [];
    expect(pool.map((c) => c.enterprise?.name)).toEqual(['乙铝材', '甲箔科技', '丁化学']);
    expect(pool.every((c) => c.enterprise?.local === false)).toBe(true);
    expect(pool[0]?.reason).toBe('主营产品 铝板带箔，占主营业务 81.0%（经别名匹配）');
    expect(pool[1]?.reason).toContain('主营产品 板带箔');
    expect(pool[1]?.reason).toContain('占主营业务 62.0%');
    // 丁化学 makes it for 5 % of its business: below the threshold, folded under 更多.
    expect(pool[2]?.reason).toContain('低于 10.0%');
  });

  it('is idempotent: a second run changes no node, relationship or property', async () => {
    const before = await fingerprint();
    const report = await run();
    expect(report).toMatchObject({ removedEnterprises: 0, removedMainProducts: 0, mainProductEdges: 6 });
    expect(await fingerprint()).toEqual(before);
  });

  it('removes edges that no longer match after an alias is removed, and firms no longer in the pool', async () => {
    const withoutBdo = aliases.filter((a) => a.pool !== 'BDO');
    const report = await run({ aliases: withoutBdo });
    expect(report.removedMainProducts).toBe(1);
    expect((await mainProducts()).some((m) => m.link === '丁二醇')).toBe(false);

    const dir = copyFixture();
    writeFileSync(
      path.join(dir, 'company.json'),
      '{"name": "甲箔科技", "fullname": "甲箔科技股份有限公司（虚构）", "code": "600901.SH", "location": "上海证券交易所", "time": "2015-03-02"}\n',
    );
    writeFileSync(
      path.join(dir, 'company_product.json'),
      '{"company_code": "600901.SH", "product_name": "板带箔", "rel_weight": 0.62, "rel": "主营产品", "company_name": "甲箔科技"}\n',
    );
    const small = await run({ dir });
    expect(small).toMatchObject({ removedEnterprises: 4, mainProductEdges: 1 });
    await run();
    expect(await mainProducts()).toHaveLength(6);
  });

  it('also uses aliases added through the API (Alias nodes)', async () => {
    const withoutBdo = aliases.filter((a) => a.pool !== 'BDO');
    await run({ aliases: withoutBdo });
    expect((await mainProducts()).some((m) => m.link === '丁二醇')).toBe(false);
    await db.driver.executeQuery("MERGE (a:Alias {pool: 'BDO'}) SET a.link = 'p-丁二醇'");
    try {
      await run({ aliases: withoutBdo });
      expect(await mainProducts()).toContainEqual(
        expect.objectContaining({ link: '丁二醇', basis: 'alias' }),
      );
    } finally {
      await db.driver.executeQuery("MATCH (a:Alias {pool: 'BDO'}) DELETE a");
      await run();
    }
  });

  it('aborts on a malformed line naming file:line and field, and writes nothing', async () => {
    const before = await fingerprint();
    const dir = copyFixture();
    appendFileSync(
      path.join(dir, 'company_product.json'),
      '{"company_code": "600905.SH", "product_name": "速冻汤圆", "rel_weight": "很多", "rel": "主营产品", "company_name": "戊食品"}\n',
    );
    await expect(run({ dir })).rejects.toThrow('company_product.json:11: field "rel_weight"');

    const dir2 = copyFixture();
    appendFileSync(path.join(dir2, 'company.json'), '{"name": "己公司", "fullname": \n');
    await expect(run({ dir: dir2 })).rejects.toThrow(/company\.json:7: field "\(syntax\)"/);
    expect(await fingerprint()).toEqual(before);
  });
});
