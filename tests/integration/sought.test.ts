import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { extract } from '../../server/extract/index.ts';
import { commitImport, ImportInputError } from '../../server/imports/commit.ts';
import { acceptAll } from '../../server/imports/review.ts';
import { repoRoot } from '../../server/paths.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';
import { acceptedReview, graphContent } from '../plans.ts';

// Links a plan says it will bring in (规划点名引进的环节), committed as the district's SEEKS edges. The plan is a
// short text WRITTEN FOR THE TEST (its second line says so), on the shape of 陇西's page: 缺少…，拟在…等方面引进项目.
const FILE = path.join(repoRoot, 'tests/fixtures/plans/longxi-sought-written-for-test.txt');
const TITLE = '陇西县铝产业链招商方案';
const SENTENCE =
  '该县还缺少与铝产业相配套的下游加工企业，拟在铝型材、铝合金门窗等方面引进项目，补齐电解铝环节。';

let db: Db;
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };
const commit = (input: ImportCommitInput, dryRun = false) =>
  commitImport(db, input, actor as never, { dryRun });

/** Every SEEKS edge of the plan's district (the seed gives 綦江区 its own) with its link and the quotes of its sources. */
const seeks = async () =>
  (
    await db.driver.executeQuery(
      `MATCH (d:Zone {kind: '区县', name: '陇西县'})-[r:SEEKS]->(p:Product)
       RETURN d.name AS district, p.name AS link, p.id AS product,
              [s IN r.sources | head(COLLECT { MATCH (src:Source {id: s}) RETURN src.quote })] AS quotes
       ORDER BY link`,
    )
  ).records.map((r) => r.toObject());

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
});
afterAll(async () => {
  await db.close();
});

describe('links a plan says it will bring in (SEEKS)', () => {
  it('a dry run writes nothing', async () => {
    const report = await commit(acceptedReview(FILE, TITLE), true);
    expect(report.facts.sought.added).toEqual(['铝型材', '铝合金门窗', '电解铝']);
    expect(await seeks()).toEqual([]);
  });

  it('commits the district SEEKS each link, citing the sentence; the report and audit count them', async () => {
    const review = acceptedReview(FILE, TITLE);
    expect(review.district).toBe('陇西县');
    expect(review.sought?.map((s) => s.name)).toEqual(['铝型材', '铝合金门窗', '电解铝']);
    const report = await commit(review);
    expect(report.facts.sought).toEqual({
      added: ['铝型材', '铝合金门窗', '电解铝'],
      merged: [],
      skipped: 0,
    });
    const edges = await seeks();
    expect(edges.map((e) => [e.district, e.link, e.quotes])).toEqual([
      ['陇西县', '电解铝', [SENTENCE]],
      ['陇西县', '铝合金门窗', [SENTENCE]],
      ['陇西县', '铝型材', [SENTENCE]],
    ]);
    // 氧化铝 is a link of the chain, but 已引进 is a past fact: not sought.
    expect(edges.some((e) => e.link === '氧化铝')).toBe(false);
    // The gap priority in the district counts the plan's word, with its sentence; 氧化铝's does not.
    const district = report.district?.id ?? null;
    expect(district).toBeTruthy();
    const part = async (product: string) => {
      const r = await graphqlClient(db)<{
        product: { priority: { parts: { part: string; points: number; text: string }[] } | null };
      }>(
        'query ($p: ID!, $z: ID) { product(id: $p, zone: $z) { priority { parts { part points text } } } }',
        { p: product, z: district },
      );
      expect(r.errors).toBeUndefined();
      return r.data?.product.priority?.parts.find((p) => p.part === 'PLAN_SOUGHT');
    };
    expect(await part('p-铝合金门窗')).toEqual({
      part: 'PLAN_SOUGHT',
      points: 10,
      text: `规划提出引进（陇西县：“${SENTENCE}”）`,
    });
    expect((await part('p-氧化铝'))?.points).toBe(0);
    const summary = await db.driver.executeQuery(
      `MATCH (a:AuditEntry {action: 'IMPORT_PLAN', entity: $doc}) RETURN a.after AS after`,
      { doc: report.documentId },
    );
    expect(summary.records.map((r) => JSON.parse(r.get('after')).facts?.sought)).toContainEqual({
      added: 3,
      merged: 0,
    });
  });

  it('committing the same review again merges and writes nothing new', async () => {
    const before = await graphContent(db);
    const report = await commit(acceptedReview(FILE, TITLE));
    expect(report.facts.sought).toEqual({
      added: [],
      merged: ['铝型材', '铝合金门窗', '电解铝'],
      skipped: 0,
    });
    expect(await graphContent(db)).toBe(before);
  });

  it('takes a link of the graph the plan’s chains do not name (the seeded 再生铝), under its own id', async () => {
    const review = acceptedReview(FILE, TITLE);
    const seeded = await db.driver.executeQuery(`MATCH (p:Product {name: '再生铝'}) RETURN p.id AS id`);
    const id = seeded.records[0]?.get('id');
    expect(id).toBeTruthy();
    await commit({ ...review, sought: [{ name: '再生铝', quote: SENTENCE, start: 0 }] });
    expect((await seeks()).filter((e) => e.link === '再生铝').map((e) => e.product)).toEqual([id]);
  });

  it('refuses a link of no accepted chain and not in the graph, naming the field, and writes nothing', async () => {
    const before = await graphContent(db);
    const review = acceptedReview(FILE, TITLE);
    const fresh = {
      ...review,
      sought: [...(review.sought ?? []), { name: '钛白粉专用包装', quote: SENTENCE, start: 0 }],
    };
    const cases: [ImportCommitInput, string][] = [
      [fresh, 'sought[3].name'],
      [{ ...review, sought: [{ name: '钛白粉专用包装', quote: SENTENCE, start: 0 }] }, 'sought[0].name'],
    ];
    for (const [input, field] of cases) {
      const err = await commit(input).catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(ImportInputError);
      expect((err as ImportInputError).field).toBe(field);
      expect((err as Error).message).toContain('钛白粉专用包装');
    }
    expect(await graphContent(db)).toBe(before);
  });
});

describe('an item the plan seeks that is no link, placed by the reviewer in a chain', () => {
  // Written for the test (like FILE): 铝塑复合板 and 铝用阳极炭块 are no link of the plan's chain nor of the seed graph.
  const TEXT = [
    '陇西县铝产业链补链方案',
    '一、铝产业',
    '陇西县打造氧化铝—电解铝—铝型材产业链。',
    '该县拟在铝塑复合板、铝用阳极炭块等方面引进项目。',
  ].join('\n');

  it('becomes a link of that chain and a SEEKS of the district; the item left out is written nowhere', async () => {
    const x = extract(TEXT, '补链方案');
    expect(x.facts.wanted.map((w) => w.name)).toEqual(['铝塑复合板', '铝用阳极炭块']);
    expect(x.facts.sought).toEqual([]);
    const review = acceptAll('陇西县铝产业链补链方案', TEXT, x, '陇西县');
    const placed = x.facts.wanted[0];
    if (!placed) throw new Error('no wanted item');
    // What the review sends once 铝塑复合板 is placed as a new last stage of the chain (client/src/import/wanted.ts).
    const chain = review.chains[0];
    if (!chain) throw new Error('no chain');
    const report = await commit({
      ...review,
      chains: [{ ...chain, stages: [...chain.stages, ['铝塑复合板']] }],
      sought: [{ name: placed.name, quote: placed.quote, start: placed.start }],
    });
    expect(report.facts.sought.added).toEqual(['铝塑复合板']);
    const links = await db.driver.executeQuery(
      `MATCH (c:Chain)-[h:HAS_LINK]->(p:Product {name: '铝塑复合板'}) RETURN c.name AS chain, h.stage AS stage`,
    );
    expect(links.records.map((r) => r.get('stage'))).toEqual([3]);
    expect((await seeks()).filter((e) => e.link === '铝塑复合板').map((e) => e.quotes)).toEqual([
      ['该县拟在铝塑复合板、铝用阳极炭块等方面引进项目。'],
    ]);
    const left = await db.driver.executeQuery(
      `MATCH (p:Product {name: '铝用阳极炭块'}) RETURN count(p) AS n`,
    );
    expect(Number(left.records[0]?.get('n'))).toBe(0);
  });
});
