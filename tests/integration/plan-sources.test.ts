import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { clearDb, graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';
import { QIJIANG_14TH } from '../plansFixture.ts';

// A later plan that states a firm–product fact the seeded 十四五 plan already states (旗能电铝 makes 电解铝) keeps
// both quotes: each plan's view shows its own (issue #15, the PRODUCES source was overwritten by the later plan).
// The plan text is WRITTEN FOR THE TEST, not a published plan.
const SEED_QUOTE = '推动旗能铝业 34 万吨电解铝达产';
const NEW_QUOTE = '支持旗能电铝在北渡组团扩大电解铝生产';
const TEXT = `重庆市綦江区“十五五”铝产业测试规划（2026—2030 年）
（测试用文本，并非綦江区政府发布的规划。）
一、延伸“电解铝—铝板带”铝板带产品链。
二、${NEW_QUOTE}。`;

const review: ImportCommitInput = {
  title: '重庆市綦江区“十五五”铝产业测试规划（2026—2030 年）',
  district: '綦江区',
  districtHint: '重庆市',
  text: TEXT,
  chains: [
    {
      name: '铝板带产品链',
      expression: '电解铝—铝板带',
      stages: [['电解铝'], ['铝板带']],
      quote: '延伸“电解铝—铝板带”铝板带产品链',
      start: 0,
      section: '一',
      industry: '新材料',
    },
  ],
  firms: [{ name: '旗能电铝', quote: NEW_QUOTE, start: 0, zone: '北渡组团', products: ['电解铝'] }],
} as unknown as ImportCommitInput;

let db: Db;
let gql: ReturnType<typeof graphqlClient>;
let plan = '';

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
  plan = (await commitImport(db, review, { name: TEST_ACTOR.name, role: 'editor' } as never)).documentId;
  gql = graphqlClient(db);
}, 900_000);
afterAll(async () => {
  await db.close();
});

type Chains = {
  chains: {
    id: string;
    links: {
      product: { name: string };
      reason: { producers: { name: string; producesSource: { quote: string } | null }[] };
    }[];
  }[];
};
const Q = `query ($p: ID) { chains(plan: $p) { id links { product { name } reason {
  producers { name producesSource { quote } } } } } }`;

async function quoteOf(p: string | null): Promise<string[]> {
  const r = await gql<Chains>(Q, { p });
  expect(r.errors).toBeUndefined();
  return (r.data?.chains ?? []).flatMap((c) =>
    c.links
      .filter((l) => l.product.name === '电解铝')
      .flatMap((l) => l.reason.producers.filter((x) => x.name === '旗能电铝'))
      .map((x) => x.producesSource?.quote ?? ''),
  );
}

describe('a firm–product fact stated by two plans', () => {
  it("shows each plan's own quote in that plan's view", async () => {
    const earlier = await quoteOf(QIJIANG_14TH);
    expect(earlier.length).toBeGreaterThan(0);
    expect(new Set(earlier)).toEqual(new Set([SEED_QUOTE]));
    expect(await quoteOf(plan)).toEqual([NEW_QUOTE]);
    // The current plan (十五五 on the machine's date) is the default view: its quote.
    expect(await quoteOf(null)).toEqual([NEW_QUOTE]);
  });

  it('re-committing the same plan keeps both quotes', async () => {
    await commitImport(db, review, { name: TEST_ACTOR.name, role: 'editor' } as never);
    expect(new Set(await quoteOf(QIJIANG_14TH))).toEqual(new Set([SEED_QUOTE]));
    expect(await quoteOf(plan)).toEqual([NEW_QUOTE]);
  });
});
