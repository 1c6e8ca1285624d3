// The withdrawal's give-back and keep rules on a real Neo4j (docs/IMPORTS.md, steps 3–5): a firm's stated products
// (未入链产品) that became the plan's links come back when the links go; an alias onto an imported link (有别名) and
// a table import's row stating the plan's firm (表格导入亦载明) keep the item, and the report says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { withdrawImport } from '../../server/imports/withdraw.ts';
import type { ImportCommitInput, WithdrawReport } from '../../vocab/imports.ts';
import { createToken, graphqlClient, resetAndSeed, startApp, TEST_ACTOR, testDb } from '../helpers.ts';
import { planA } from '../withdrawPlans.ts';
import { difference, snapshot } from '../withdrawSnapshot.ts';

let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };
const commit = (input: ImportCommitInput) => commitImport(db, input, actor as never);
const withdraw = (id: string) => withdrawImport(db, id, actor as never);
const keptOf = (r: WithdrawReport, name: string) => r.kept.find((k) => k.name === name);

const HEADER = '企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注';
async function table(file: string, rows: string[]) {
  const csv = `${HEADER}\r\n${rows.join('\r\n')}\r\n`;
  const res = await app.post(`/tables/enterprises?file=${encodeURIComponent(file)}`, csv, 'text/csv', editor);
  expect(res.status).toBe(200);
}

async function one(cypher: string, params: Record<string, unknown> = {}) {
  return (await db.driver.executeQuery(cypher, params)).records[0]?.toObject() ?? null;
}

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  editor = await createToken(db, 'editor', '招商科');
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('the withdrawal’s give-back and keep rules on the seeded 綦江区', () => {
  it('a firm’s stated products that became the plan’s links come back when the links go', async () => {
    await table('茶企.csv', ['某县茶业,,北渡组团,黑茶、茶饮料,,']);
    const before = await snapshot(db);
    const TEXT = '延伸黑茶—茶饮料产业链（测试用，虚构）。';
    const tea = await commit({
      title: '某县茶产业规划（测试用，虚构）',
      text: TEXT,
      district: '綦江区',
      chains: [
        {
          name: '茶饮料产业链',
          expression: '黑茶—茶饮料',
          stages: [['黑茶'], ['茶饮料']],
          quote: TEXT,
          start: 2,
        },
      ],
    });
    const firm = `MATCH (e:Enterprise {name: '某县茶业'})
      RETURN e.statedProducts AS stated, e:StatedProducts AS labelled,
        COLLECT { MATCH (e)-[:PRODUCES]->(p) RETURN p.name } AS produces`;
    expect(await one(firm)).toMatchObject({ stated: [], labelled: false });
    const report = await withdraw(tea.documentId);
    expect(report.removed.links.sort()).toEqual(['茶饮料', '黑茶'].sort());
    expect(await one(firm)).toEqual({ stated: ['黑茶', '茶饮料'], labelled: true, produces: [] });
    expect(difference(before, await snapshot(db))).toEqual({ onlyBefore: [], onlyAfter: [] });
  }, 180_000);

  it('an alias mapping a pool name onto the plan’s new link keeps the link (有别名), and only that', async () => {
    await resetAndSeed(db);
    const a = await commit(planA());
    const gql = graphqlClient(db, { token: await createToken(db, 'editor', '招商科') });
    const add = await gql('mutation { addAlias(pool: "再生铝锭", link: "p-再生铝合金") { pool } }');
    expect(add.errors).toBeUndefined();
    const report = await withdraw(a.documentId);
    expect(keptOf(report, '再生铝合金')).toMatchObject({ kind: 'links', reasons: ['ALIAS'], by: [] });
    expect(report.removed.links).toEqual(['铝制汽车零部件']);
    expect(await one(`MATCH (p:Product {id: 'p-再生铝合金'}) RETURN p.sources AS s`)).toEqual({ s: [] });
    // The seed's reset keeps aliases: take it off for the files after this one.
    expect((await gql('mutation { removeAlias(pool: "再生铝锭") }')).errors).toBeUndefined();
  }, 180_000);

  it('a table import’s row stating the plan’s firm keeps the firm (表格导入亦载明), with the table named', async () => {
    await resetAndSeed(db);
    const a = await commit(planA());
    await table('铝企名录.csv', ['重庆綦铝科技有限公司,,北渡组团,铝锭,,', '旗能电铝,,北渡组团,铝锭,,']);
    const report = await withdraw(a.documentId);
    const kept = keptOf(report, '重庆綦铝科技有限公司');
    expect(kept).toMatchObject({ kind: 'firms', reasons: ['TABLE'] });
    expect(kept?.by).toHaveLength(1);
    expect(kept?.by[0]).toContain('铝企名录');
    expect(report.removed.firms).toEqual(['重庆渝新铝材有限公司']);
    // The firm stays as the table states it: in 北渡组团, producing 铝锭, the plan's quote gone.
    expect(
      await one(
        `MATCH (e:Enterprise {name: '重庆綦铝科技有限公司'})
         RETURN COLLECT { MATCH (e)-[:LOCATED_IN]->(z) RETURN z.id } AS zones,
           COLLECT { MATCH (e)-[:PRODUCES]->(p) RETURN p.name } AS produces, size(e.sources) AS quotes`,
      ),
    ).toEqual({ zones: ['zone-beidu'], produces: ['铝锭'], quotes: 1 });
    // A fact the plan and the table both state keeps the table's quote (the seed's firm in the seed's zone).
    expect(
      await one(
        `MATCH (:Enterprise {id: 'ent-qineng-dianlv'})-[r:LOCATED_IN]->(:Zone {id: 'zone-beidu'})
         MATCH (s:Source {id: r.source})-[:IN_DOCUMENT]->(d:Document) RETURN d.kind AS kind`,
      ),
    ).toEqual({ kind: 'table' });
  }, 180_000);
});
