import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { extract } from '../../server/extract/index.ts';
import { commitImport, ImportInputError } from '../../server/imports/commit.ts';
import { acceptAll } from '../../server/imports/review.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import {
  clearDb,
  createToken,
  graphqlClient,
  resetAndSeed,
  startApp,
  TEST_ACTOR,
  testDb,
} from '../helpers.ts';
import {
  acceptedReview,
  graphContent,
  JIAXIANG_FILE,
  JIAXIANG_TITLE,
  nodeIds,
  productSources,
  QIJIANG_FILE,
  XIFENG_FILE,
  XIFENG_TITLE,
  XIUSHAN_FILE,
  XIUSHAN_TITLE,
} from '../plans.ts';

let db: Db;
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };
const commit = (input: ImportCommitInput) => commitImport(db, input, actor as never);

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await db.applySchema();
});
afterAll(async () => {
  await db.close();
});

/** Runs `work`, expects it to fail with an ImportInputError naming `field`, and checks nothing was written. */
async function refused(work: () => Promise<unknown>, field: string, reason: RegExp) {
  const before = await graphContent(db);
  const err = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportInputError);
  expect((err as ImportInputError).field).toBe(field);
  expect((err as Error).message).toMatch(reason);
  expect(await graphContent(db)).toBe(before);
}

describe('committing a whole plan', () => {
  it('writes the district, zones with parents and firms with zones of the Xifeng plan, each with its quote', async () => {
    const review = acceptedReview(XIFENG_FILE, XIFENG_TITLE);
    expect(review.district).toBe('西丰县');
    const report = await commit(review);
    expect(report.district).toEqual({ id: 'region-211223', name: '西丰县', code: '211223' });
    expect(report.facts.zones.added).toEqual(
      expect.arrayContaining([
        '辽宁西丰经济开发区',
        '生命健康产业园',
        '安民机械装备制造产业园',
        '郜家店工业园',
      ]),
    );
    expect(report.facts.firms.added).toEqual(
      expect.arrayContaining([
        '辽宁圆上圆电子商务有限公司',
        '辽宁高高食品有限公司',
        '辽宁隆丰野鹿酿酒有限公司',
      ]),
    );
    const rows = await db.driver.executeQuery(
      `MATCH (z:Zone {name: '生命健康产业园'})-[:PART_OF]->(p:Zone)-[:PART_OF]->(d:Zone {id: 'region-211223'})
       -[:PART_OF]->(:Zone {kind: '市', name: '铁岭市'})-[:PART_OF]->(:Zone {kind: '省', name: '辽宁省'})
       MATCH (e:Enterprise {name: '辽宁高高食品有限公司'})-[:LOCATED_IN]->(p)
       MATCH (doc:Document)-[:FOR_DISTRICT]->(d)
       RETURN z.id AS zone, p.name AS parent, e.id AS firm, e.local AS local, doc.periodEnd AS periodEnd`,
    );
    expect(rows.records[0]?.toObject()).toMatchObject({
      zone: expect.stringMatching(/^zone-211223-/),
      parent: '辽宁西丰经济开发区',
      firm: expect.stringMatching(/^ent-211223-/),
      local: true,
      periodEnd: 2025,
    });
  }, 180_000);

  it('commits nothing without a quote: every imported node cites a sentence of its document', async () => {
    const rows = await db.driver.executeQuery(
      `MATCH (n) WHERE n.origin = 'import' AND (n:Zone OR n:Enterprise OR n:Project OR n:Industry)
       OPTIONAL MATCH (s:Source)-[:IN_DOCUMENT]->(d:Document) WHERE s.id IN n.sources
       RETURN n.name AS name, count(s) AS cited, all(q IN collect(s.quote) WHERE q IS NOT NULL) AS ok`,
    );
    expect(rows.records.length).toBeGreaterThan(5);
    for (const r of rows.records)
      expect([r.get('name'), Number(r.get('cited')) > 0]).toEqual([r.get('name'), true]);
  }, 180_000);

  it('re-committing the same review changes nothing and reports every fact as merged', async () => {
    const before = await graphContent(db);
    const report = await commit(acceptedReview(XIFENG_FILE, XIFENG_TITLE));
    expect(await graphContent(db)).toBe(before);
    expect(report.facts.zones.added).toEqual([]);
    expect(report.facts.firms.added).toEqual([]);
    expect(report.facts.zones.merged.length).toBeGreaterThanOrEqual(4);
  }, 180_000);

  it('imports the Qijiang plan under 綦江区: industries with targets, chains under them, projects with capacities', async () => {
    const report = await commit(acceptedReview(QIJIANG_FILE, '重庆市綦江区工业发展“十四五”规划'));
    expect(report.district?.code).toBe('500110');
    expect(report.chainsAdded.length).toBeGreaterThan(25);
    expect(report.facts.industries.added).toEqual(expect.arrayContaining(['新材料', '化工']));
    const rows = await db.driver.executeQuery(
      `MATCH (i:Industry {name: '新材料'})-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(:Zone {id: 'region-500110'})
       MATCH (i)-[:HAS_CHAIN]->(c:Chain)
       MATCH (z:Zone {name: '北渡组团'})-[:PART_OF*]->(:Zone {id: 'region-500110'})
       MATCH (p:Project)-[:BUILDS]->(:Product {name: '再生铝'}) WHERE 21 IN p.capacityValues
       RETURN i.output2025 AS output, i.valueAdded2025 AS va, count(DISTINCT c) AS chains, z.output2025 AS zone,
              p.capacityUnits AS units`,
    );
    expect(rows.records[0]?.toObject()).toMatchObject({
      output: 500,
      va: 140,
      zone: 420,
      units: ['万吨/年'],
    });
    expect(Number(rows.records[0]?.get('chains'))).toBeGreaterThan(5);
  }, 180_000);
});

describe('bad input gets a clear error and writes nothing', () => {
  const base = (): ImportCommitInput => ({
    title: '测试规划',
    text: '推动甲组团发展。建设年产 5 万吨钢材项目。甲组团内乙园区。',
    district: '綦江区',
    chains: [],
    zones: [{ name: '甲组团', kind: '组团', quote: '推动甲组团发展。', start: 0 }],
  });

  it('an unknown district, with the nearest names suggested', async () => {
    await refused(
      () => commit({ ...base(), district: '重庆市綦江县' }),
      'district',
      /unknown district "重庆市綦江县"; nearest: 重庆市綦江区 \(500110\)/,
    );
    await refused(
      () => commit({ ...base(), district: '綦江县' }),
      'district',
      /unknown district "綦江县"; nearest: .*\(\d{6}\)/,
    );
  }, 180_000);

  it('a zone whose parent is in another district', async () => {
    const input = base();
    input.zones?.push({
      name: '乙园区',
      kind: '园区',
      parent: '生命健康产业园',
      quote: '甲组团内乙园区。',
      start: 21,
    });
    await refused(() => commit(input), 'zones[1].parent', /生命健康产业园" is in 西丰县, not in 綦江区/);
  }, 180_000);

  it('a duplicate project', async () => {
    const p = { name: '钢材项目', value: 5, unit: '万吨/年', quote: '建设年产 5 万吨钢材项目。', start: 8 };
    await refused(
      () => commit({ ...base(), projects: [p, { ...p }] }),
      'projects[1].name',
      /duplicate project "钢材项目" \(also projects\[0\]\)/,
    );
  }, 180_000);

  it('a capacity without a unit', async () => {
    const p = { name: '钢材项目', value: 5, unit: '', quote: '建设年产 5 万吨钢材项目。', start: 8 };
    await refused(
      () => commit({ ...base(), projects: [p] }),
      'projects[0].unit',
      /capacity 5 of "钢材项目" has no unit/,
    );
  }, 180_000);

  it('over HTTP: 400 with the field, and nothing written', async () => {
    const app = await startApp(db);
    try {
      const token = await createToken(db, 'editor', '规划导入');
      const before = await graphContent(db);
      const res = await app.post(
        '/imports/commit',
        JSON.stringify({ ...base(), district: '重庆市綦江县' }),
        'application/json',
        token,
      );
      expect(res).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'district' } });
      expect(String(res.body.error)).toContain('綦江区');
      expect(await graphContent(db)).toBe(before);
    } finally {
      await app.close();
    }
  }, 180_000);
});

describe('a second district beside the seeded Qijiang', () => {
  it("leaves every property and relationship of Qijiang's part of the graph as it was", async () => {
    await clearDb(db);
    await resetAndSeed(db);
    const qijiang = await nodeIds(db);
    const before = await graphContent(db, qijiang);
    const report = await commit(acceptedReview(XIFENG_FILE, XIFENG_TITLE));
    expect(report.facts.zones.added.length).toBeGreaterThanOrEqual(4);
    expect(await graphContent(db, qijiang)).toBe(before);
    // A third district, from a text in traditional script (the blind held-out of docs/EXTRACTION.md).
    const third = await commit(acceptedReview(JIAXIANG_FILE, JIAXIANG_TITLE));
    expect(third.district).toEqual({ id: 'region-370829', name: '嘉祥县', code: '370829' });
    expect(await graphContent(db, qijiang)).toBe(before);
    // And the 秀山 plan with its chains. A product of the same name is one node for both districts (休闲食品):
    // it gains 秀山's quote in its sources and loses none; everything else of Qijiang's part stays as it was.
    const shared = await productSources(db);
    const xiushan = await commit(acceptedReview(XIUSHAN_FILE, XIUSHAN_TITLE));
    expect(xiushan.district?.code).toBe('500241');
    expect(await graphContent(db, qijiang, { sharedProductSources: shared })).toBe(before);
  }, 180_000);

  it("dates each district's facts by its own plan, not by another district's gazette", async () => {
    // Found as a user: a firm of a plan imported today read 信息截至 2023-02-01 可能过时 — the Qijiang gazette's date.
    const gql = graphqlClient(db);
    const firm = async (q: string) => {
      const r = await gql<{
        enterprises: { edges: { node: { name: string; updatedAt: string; stale: boolean } }[] };
      }>(`query ($q: String) { enterprises(query: $q) { edges { node { name updatedAt stale } } } }`, { q });
      expect(r.errors).toBeUndefined();
      return r.data?.enterprises.edges[0]?.node;
    };
    const imported = await db.driver.executeQuery(
      'MATCH (d:Document {title: $title}) RETURN toString(date(d.importedAt)) AS day',
      { title: XIFENG_TITLE },
    );
    const xifeng = await firm('高高食品');
    expect(xifeng?.name).toBe('辽宁高高食品有限公司');
    // The Xifeng text states no issue date: its facts are as old as its import; stale only once its 十四五 period
    // (2021–2025) has ended, as staleness follows the plan's period.
    expect(xifeng?.updatedAt).toBe(imported.records[0]?.get('day'));
    expect(xifeng?.stale).toBe(new Date().getUTCFullYear() > 2025);
    // So is the district, which cites no sentence: as old as the plans written for it.
    const district = await gql<{ zone: { updatedAt: string } }>(
      '{ zone(id: "region-211223") { updatedAt } }',
    );
    expect(district.data?.zone.updatedAt).toBe(imported.records[0]?.get('day'));
    // A seeded Qijiang firm keeps its gazette's date.
    expect((await firm('赛驰动力'))?.updatedAt).toBe('2023-02-01');
    // A page that gives its date at its head (芷江's news, imported from the command line) dates its facts by it,
    // not by the day it was imported.
    const page =
      '梁元和调研产业链项目建设\n2023-08-20 来源:芷江融媒体中心\n在湖南芷缘农业发展有限公司调研产业链项目建设情况。';
    await commit(acceptAll('梁元和调研产业链项目建设', page, extract(page, 'zhijiang'), '芷江'));
    expect((await firm('芷缘农业'))?.updatedAt).toBe('2023-08-20');
    const zhijiang = await gql<{ zone: { updatedAt: string } }>(
      '{ zone(id: "region-431228") { updatedAt } }',
    );
    expect(zhijiang.data?.zone.updatedAt).toBe('2023-08-20');
  });
});
