/**
 * The pool's MAIN_PRODUCT edges follow the links between pool imports: a plan commit and addAlias/removeAlias
 * re-match the kept pool rows in their own transaction (server/pool/rematch.ts). Fixture: tests/fixtures/chainkg
 * (made-up firms); 戊食品's main product is 速冻点心, a link no seeded chain has.
 */
import path from 'node:path';
import type { Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../cypher/index.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { aliasesFile, importPool, readAliases } from '../../server/pool/import.ts';
import type { ImportCommitInput, ImportReport } from '../../vocab/imports.ts';
import {
  createToken,
  graphCounts,
  graphqlClient,
  resetAndSeed,
  startApp,
  TEST_ACTOR,
  testDb,
} from '../helpers.ts';

/** The audit trail keeps a key the entry's after has and its before lacks as null. */
const NO_COUNTS = { added: null, removed: null, updated: null };
const fixture = path.resolve(import.meta.dirname, '../fixtures/chainkg');
let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;
let gql: ReturnType<typeof graphqlClient>;

const plan = (links: string[], title = '速冻食品规划'): ImportCommitInput => {
  const expression = links.join('—');
  const text = `推动“${expression}”产业链建设。`;
  return {
    title,
    text,
    chains: [{ name: `${links[0]}产业链`, expression, stages: links.map((l) => [l]), quote: text, start: 0 }],
  } as unknown as ImportCommitInput;
};

async function mainProducts(link: string) {
  const res = await db.driver.executeQuery(
    `MATCH (e:Enterprise {origin: 'pool'})-[m:MAIN_PRODUCT]->(:Product {id: $link})
     RETURN e.name AS firm, m.productName AS productName, m.basis AS basis, m.weight AS weight ORDER BY firm`,
    { link },
  );
  return res.records.map((r) => r.toObject());
}

async function poolCandidates(product: string, gap: string) {
  const res = await gql<{
    upstreamGaps: {
      gaps: {
        product: { name: string };
        candidates: { kind: string; reason: string; enterprise: { name: string } | null }[];
      }[];
    };
  }>(
    `query ($p: ID!) { upstreamGaps(product: $p) { gaps { product { name }
       candidates { kind reason enterprise { name } } } } }`,
    { p: product },
  );
  expect(res.errors).toBeUndefined();
  const found = res.data?.upstreamGaps.gaps.find((g) => g.product.name === gap);
  return found?.candidates.filter((c) => c.kind === 'POOL_ENTERPRISE') ?? null;
}

async function matchPoolEntries(entity: string) {
  const res = await db.driver.executeQuery(
    `MATCH (a:AuditEntry {action: 'MATCH_POOL', entity: $entity}) RETURN a.before AS before, a.after AS after
     ORDER BY a.at`,
    { entity },
  );
  return res.records.map((r) => ({ before: JSON.parse(r.get('before')), after: JSON.parse(r.get('after')) }));
}

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  await importPool(db, { dir: fixture, aliases: readAliases(aliasesFile), actor: TEST_ACTOR });
  editor = await createToken(db, 'editor', '招引池测试');
  gql = graphqlClient(db, { token: editor });
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('pool matching stays current', () => {
  it('the pool import keeps the rows that can make an edge in the graph, and only their count in the audit', async () => {
    const kept = await db.driver.executeQuery(
      'MATCH (s:PoolMainProducts) RETURN s.enterprises AS e, s.names AS n, s.weights AS w, s.keys AS k',
    );
    expect(kept.records).toHaveLength(1);
    const [row] = kept.records.map((r) => r.toObject());
    // The fixture's 10 rows but 内部抵消 (-0.2): a row with weight ≤ 0 never makes an edge.
    expect(row?.n).toHaveLength(9);
    expect(row?.n).not.toContain('内部抵消');
    expect(row?.e[row.n.indexOf('速冻点心')]).toBe('pool-600905.SH');
    expect(row?.k[row.n.indexOf('BDO系列')]).toBe('BDO');
    const summary = await db.driver.executeQuery(
      // This file's import is the latest: audit entries outlive the seed's reset (pool.test.ts run before leaves its own).
      "MATCH (a:AuditEntry {action: 'IMPORT_POOL', entityType: 'Import'}) RETURN a.after AS after ORDER BY a.at DESC LIMIT 1",
    );
    const after = summary.records[0]?.get('after') as string;
    expect(JSON.parse(after)).toMatchObject({ keptRows: 9 });
    expect(after).not.toContain('速冻点心');
  });

  it('a committed plan’s new link gets its pool firms at once, named among the gap’s candidates', async () => {
    expect(await mainProducts('p-速冻点心')).toEqual([]);
    const res = await app.post(
      '/imports/commit',
      JSON.stringify(plan(['速冻点心', '速冻食品'])),
      'application/json',
      editor,
    );
    expect(res.status).toBe(200);
    const report = res.body as unknown as ImportReport;
    expect(report.productsAdded).toEqual(['速冻点心', '速冻食品']);
    expect(report.pool).toEqual({ firms: 1, links: [{ name: '速冻点心', firms: 1 }] });
    expect(await mainProducts('p-速冻点心')).toEqual([
      { firm: '戊食品', productName: '速冻点心', basis: 'exact', weight: 1 },
    ]);
    const pool = await poolCandidates('p-速冻食品', '速冻点心');
    expect(pool?.map((c) => c.enterprise?.name)).toEqual(['戊食品']);
    expect(pool?.[0]?.reason).toContain('主营产品 速冻点心');
    const [entry] = await matchPoolEntries(report.documentId);
    expect(entry).toEqual({
      before: { mainProductEdges: 6, ...NO_COUNTS },
      after: { mainProductEdges: 7, added: 1, removed: 0, updated: 0 },
    });
  });

  it('committing the same plan again matches nothing new and records no MATCH_POOL entry', async () => {
    const res = await app.post(
      '/imports/commit',
      JSON.stringify(plan(['速冻点心', '速冻食品'])),
      'application/json',
      editor,
    );
    expect(res.status).toBe(200);
    expect((res.body as unknown as ImportReport).pool).toEqual({
      firms: 1,
      links: [{ name: '速冻点心', firms: 1 }],
    });
    expect(await matchPoolEntries((res.body as unknown as ImportReport).documentId)).toHaveLength(1);
  });

  it('an alias added through the API makes its edge at once, and removing it takes the edge away', async () => {
    // 甲箔科技's 铝箔制品 (38 %) matches no link until an editor says it is 电池箔.
    expect((await mainProducts('p-电池箔')).map((m) => m.firm)).toEqual(['丙膜业']);
    const add = await gql('mutation { addAlias(pool: "铝箔制品", link: "p-电池箔") { pool } }');
    expect(add.errors).toBeUndefined();
    expect(await mainProducts('p-电池箔')).toContainEqual({
      firm: '甲箔科技',
      productName: '铝箔制品',
      basis: 'alias',
      weight: 0.38,
    });
    expect(await matchPoolEntries('铝箔制品')).toEqual([
      {
        before: { mainProductEdges: 7, ...NO_COUNTS },
        after: { mainProductEdges: 8, added: 1, removed: 0, updated: 0 },
      },
    ]);
    const removed = await gql('mutation { removeAlias(pool: "铝箔制品") }');
    expect(removed.errors).toBeUndefined();
    expect((await mainProducts('p-电池箔')).map((m) => m.firm)).toEqual(['丙膜业']);
    expect(await matchPoolEntries('铝箔制品')).toHaveLength(2);
  });

  it('a commit that fails after the re-match wrote leaves neither the link nor its pool edge', async () => {
    // 甲箔科技's 铝箔制品 would match the plan's new link exactly; the commit's last statement (its audit entries)
    // fails, after the re-match wrote the edge: the one transaction rolls back, edge included.
    const ran: string[] = [];
    const failing = Object.create(db) as Db;
    failing.write = (work) =>
      db.write((tx) =>
        work(
          new Proxy(tx, {
            get(target, prop) {
              if (prop !== 'run') return Reflect.get(target, prop);
              return (text: string, params: Record<string, unknown>) => {
                ran.push(text);
                if (text === query('audit/record-many')) throw new Error('injected failure');
                return target.run(text, params);
              };
            },
          }) as Transaction,
        ),
      );
    const before = await graphCounts(db);
    await expect(
      commitImport(failing, plan(['铝箔制品', '电池箔'], '失败的规划'), TEST_ACTOR),
    ).rejects.toThrow('injected failure');
    expect(ran).toContain(query('pool/main-products'));
    expect(await mainProducts('p-铝箔制品')).toEqual([]);
    expect(await graphCounts(db)).toEqual(before);
    // The same plan committed for real gets the edge.
    await commitImport(db, plan(['铝箔制品', '电池箔'], '成功的规划'), TEST_ACTOR);
    expect(await mainProducts('p-铝箔制品')).toEqual([
      { firm: '甲箔科技', productName: '铝箔制品', basis: 'exact', weight: 0.38 },
    ]);
  });
});
