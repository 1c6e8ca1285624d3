import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { clearDb, graphqlClient, resetAndSeed, testDb } from '../helpers.ts';
import { importQijiang15th, QIJIANG_14TH } from '../plansFixture.ts';

// Two plans of one district side by side (issue #15 part 5): the seeded 十四五 plan and a short 十五五 plan
// written for the test, committed through the import path. Today (the machine's date, 2026 or later) the 十五五
// plan is current.
let db: Db;
let gql: ReturnType<typeof graphqlClient>;
let plan15 = '';
const QIJIANG = 'region-500110';

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
  plan15 = await importQijiang15th(db);
  gql = graphqlClient(db);
}, 900_000);
afterAll(async () => {
  await db.close();
});

type Plan = { id: string; periodStart: number; periodEnd: number; current: boolean; chainCount: number };

describe('plans of a district', () => {
  it('lists both plans with their periods, latest first, the 十五五 plan current', async () => {
    const r = await gql<{ plans: Plan[] }>(
      `query ($d: ID) { plans(district: $d) { id periodStart periodEnd current chainCount } }`,
      { d: QIJIANG },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.plans).toEqual([
      { id: plan15, periodStart: 2026, periodEnd: 2030, current: true, chainCount: 2 },
      { id: QIJIANG_14TH, periodStart: 2021, periodEnd: 2025, current: false, chainCount: 30 },
    ]);
  });

  it('shows the current plan by default and keeps the earlier one reachable', async () => {
    const Q = `query ($p: ID) { chains(plan: $p) { id name } }`;
    const now = await gql<{ chains: { id: string; name: string }[] }>(Q, {});
    expect(now.data?.chains.map((c) => c.name).sort()).toEqual(['储能电池产品链', '铝轧制—电池箔产品链']);
    const earlier = await gql<{ chains: { id: string }[] }>(Q, { p: QIJIANG_14TH });
    expect(earlier.data?.chains).toHaveLength(30);
    expect(earlier.data?.chains.map((c) => c.id)).toContain('chain-aluminium-battery-foil');
    const bad = await gql(Q, { p: 'doc-nope' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps each target with its year: the 2030 target does not overwrite the 2025 one', async () => {
    const r = await gql<{
      industries: {
        id: string;
        output2025: number;
        targets: { year: number; output: number; plan: string }[];
      }[];
    }>('{ industries { id output2025 targets { year output valueAdded plan } } }');
    const nm = r.data?.industries.find((i) => i.id === 'ind-new-materials');
    expect(nm?.output2025).toBe(500);
    expect(nm?.targets).toEqual([
      { year: 2025, output: 500, valueAdded: 140, plan: QIJIANG_14TH },
      { year: 2030, output: 800, valueAdded: 200, plan: plan15 },
    ]);
  });
});

describe('comparing the two plans', () => {
  const Q = `query ($f: ID!, $t: ID!) { planComparison(from: $f, to: $t) {
    from { id } to { id }
    chainsAdded { name } chainsDropped { id } chainsNotRestated { id }
    linksAdded { chain product { id } } linksDropped { chain product { id } }
    targetsChanged { owner { id name } ownerKind metric from { year value } to { year value } }
    gapsClosed { chain product { id } before now newFacts }
  } }`;

  it('lists the chain added, the link dropped, the target changed and the gap closed', async () => {
    const r = await gql<{ planComparison: Record<string, unknown[]> }>(Q, { f: QIJIANG_14TH, t: plan15 });
    expect(r.errors).toBeUndefined();
    const c = r.data?.planComparison;
    expect(c?.chainsAdded).toEqual([{ name: '储能电池产品链' }]);
    // The 29 chains the short 十五五 plan does not mention are 未提及, not dropped: it says nothing of them.
    expect(c?.chainsDropped).toEqual([]);
    expect(c?.chainsNotRestated).toHaveLength(29);
    expect(c?.chainsNotRestated).not.toContainEqual({ id: 'chain-aluminium-battery-foil' });
    expect(c?.linksDropped).toEqual([{ chain: '铝轧制—电池箔产品链', product: { id: 'p-板带材' } }]);
    expect(c?.linksAdded).toEqual([]);
    expect(c?.targetsChanged).toEqual([
      {
        owner: { id: 'ind-new-materials', name: '新材料' },
        ownerKind: 'INDUSTRY',
        metric: 'OUTPUT',
        from: { year: 2025, value: 500 },
        to: { year: 2030, value: 800 },
      },
      {
        owner: { id: 'ind-new-materials', name: '新材料' },
        ownerKind: 'INDUSTRY',
        metric: 'VALUE_ADDED',
        from: { year: 2025, value: 140 },
        to: { year: 2030, value: 200 },
      },
    ]);
    expect(c?.gapsClosed).toEqual([
      {
        chain: '铝轧制—电池箔产品链',
        product: { id: 'p-轧制材' },
        before: 'MISSING',
        now: 'STRONG',
        newFacts: expect.arrayContaining(['重庆綦铝轧制有限公司', '重庆北渡铝箔有限公司']),
      },
    ]);
  });

  it('answers NOT_FOUND for an unknown plan', async () => {
    const r = await gql(Q, { f: QIJIANG_14TH, t: 'doc-nope' });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('staleness follows the plan period', () => {
  it('marks a fact only of the ended 十四五 plan 可能过时 and one of the current plan not', async () => {
    const r = await gql<{
      plans: Plan[];
      old: { stale: boolean };
      current: { id: string; stale: boolean }[];
    }>(`{ plans { id } old: chain(id: "chain-hotpot") { stale } current: chains { id stale } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.old.stale).toBe(true);
    expect(r.data?.current.map((c) => c.stale)).toEqual([false, false]);
    const firms = await gql<{ enterprises: { edges: { node: { name: string; stale: boolean } }[] } }>(
      `{ enterprises(query: "铝箔") { edges { node { name stale } } } }`,
    );
    expect(firms.data?.enterprises.edges.map((e) => e.node)).toEqual([
      { name: '重庆北渡铝箔有限公司', stale: false },
    ]);
  });
});
