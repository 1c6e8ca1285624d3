import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import {
  createToken,
  graphCounts,
  graphqlClient,
  resetAndSeed,
  startApp,
  TEST_ACTOR,
  testDb,
} from '../helpers.ts';

// Found by the multi-district audit: the enterprise table refused a 生产环节 that is no link of any chain (links
// are never created silently), so a county without chains could not record its firms' products. Such a product
// is now the firm's stated product (未入链产品): kept, shown, searchable, reported, no link created.
let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;

const HEADER = '企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注';
const CSV = `${HEADER}\r\n某县茶业,,北渡组团,黑茶、茶饮料,,\r\n某新铝业,,北渡组团,铝锭、铝灰渣处理,,\r\n`;
const upload = (path: string, body: string) => app.post(path, body, 'application/octet-stream', editor);

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  editor = await createToken(db, 'editor', '测试编辑');
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('an enterprise table naming products that are no link', () => {
  it('a dry run reports the rows as 未入链产品 and writes nothing', async () => {
    const before = await graphCounts(db);
    const res = await upload('/tables/enterprises?file=茶企.csv&dryRun=1', CSV);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      written: false,
      rejected: [],
      unchained: [
        { row: 2, name: '某县茶业', products: ['黑茶', '茶饮料'] },
        { row: 3, name: '某新铝业', products: ['铝灰渣处理'] },
      ],
    });
    expect(await graphCounts(db)).toEqual(before);
  });

  // Found walking 中方县's plan: a firm's 功能性高分子薄膜 went silently to 未入链产品 while the link is
  // 功能性高分子薄膜类材料, and the gap kept saying no local firm makes it. The report names the close link.
  it('names the links close to a stated product, so the officer can correct the file', async () => {
    const res = await upload(
      '/tables/enterprises?file=铝企.csv&dryRun=1',
      `${HEADER}\r\n某铝企,,北渡组团,再生铝锭,,\r\n`,
    );
    expect(res.status).toBe(200);
    const [row] = (res.body as { unchained: { near: { product: string; links: string[] }[] }[] }).unchained;
    expect(row?.near.map((n) => n.product)).toEqual(['再生铝锭']);
    expect(row?.near[0]?.links).toContain('铝锭');
    // A product no chain has as a link (a project's product) is not offered: making it counts for no gap.
    await db.driver.executeQuery(`CREATE (:Product {id: 'p-再生铝锭加工', name: '再生铝锭加工'})`);
    const again = await upload(
      '/tables/enterprises?file=铝企.csv&dryRun=1',
      `${HEADER}\r\n某铝企,,北渡组团,再生铝锭,,\r\n`,
    );
    const [row2] = (again.body as { unchained: { near: { links: string[] }[] }[] }).unchained;
    expect(row2?.near[0]?.links).not.toContain('再生铝锭加工');
    await db.driver.executeQuery(`MATCH (p:Product {id: 'p-再生铝锭加工'}) DELETE p`);
    const tea = await upload('/tables/enterprises?file=茶企.csv&dryRun=1', CSV);
    expect((tea.body as { unchained: { near: unknown[] }[] }).unchained.map((u) => u.near)).toEqual([[], []]);
  });

  it('a bad row elsewhere writes nothing, stated products neither (all or nothing)', async () => {
    const before = await graphCounts(db);
    const res = await upload('/tables/enterprises?file=bad.csv', `${CSV}坏企业,,火星组团,黑茶,,\r\n`);
    expect(res.status).toBe(422);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('keeps them on the firm, creates no link, audits the write and counts them in the summary', async () => {
    const products = async () =>
      (await db.driver.executeQuery('MATCH (p:Product) RETURN count(p) AS n')).records[0]?.get('n');
    const productsBefore = await products();
    const res = await upload('/tables/enterprises?file=茶企.csv', CSV);
    expect(res).toMatchObject({ status: 200, body: { written: true, rejected: [] } });
    expect(await products()).toEqual(productsBefore);
    const firms = await db.driver.executeQuery(
      `MATCH (e:Enterprise) WHERE e.name IN ['某县茶业', '某新铝业']
       RETURN e.name AS name, e.statedProducts AS stated, e:StatedProducts AS labelled,
              COLLECT { MATCH (e)-[:PRODUCES]->(p) RETURN p.name } AS links ORDER BY name`,
    );
    expect(firms.records.map((r) => r.toObject())).toEqual([
      { name: '某县茶业', stated: ['黑茶', '茶饮料'], labelled: true, links: [] },
      { name: '某新铝业', stated: ['铝灰渣处理'], labelled: true, links: ['铝锭'] },
    ]);
    const audit = await db.driver.executeQuery(
      `MATCH (a:AuditEntry {action: 'IMPORT_TABLE'}) RETURN a.entityType AS type, a.after AS after`,
    );
    const afters = audit.records.map((r) => [r.get('type'), JSON.parse(r.get('after') as string)]);
    expect(afters).toContainEqual([
      'Enterprise',
      expect.objectContaining({ statedProducts: ['黑茶', '茶饮料'] }),
    ]);
    expect(afters).toContainEqual(['Import', expect.objectContaining({ unchained: 2 })]);
    // Again: nothing new.
    const again = await upload('/tables/enterprises?file=茶企.csv', CSV);
    expect(again.body.written).toBe(true);
    const stated = await db.driver.executeQuery(
      "MATCH (e:Enterprise {name: '某县茶业'}) RETURN e.statedProducts AS s",
    );
    expect(stated.records[0]?.get('s')).toEqual(['黑茶', '茶饮料']);
  });

  it('shows them on the zone page’s firms and finds the firm by them in search, saying why', async () => {
    const gql = graphqlClient(db);
    const page = await gql<{
      enterprises: { edges: { node: { name: string; statedProducts: string[] } }[] };
    }>(
      `{ enterprises(zone: "zone-beidu", query: "某县茶业", first: 5) { edges { node { name statedProducts } } } }`,
    );
    expect(page.data?.enterprises.edges.map((e) => e.node)).toEqual([
      { name: '某县茶业', statedProducts: ['黑茶', '茶饮料'] },
    ]);
    // Two characters (the per-character index), three, and a prefix: the firm, with its stated product.
    for (const q of ['黑茶', '茶饮料', '铝灰渣']) {
      const hits = await gql<{ search: { kind: string; name: string; detail: string }[] }>(
        `query ($q: String!) { search(query: $q) { kind name detail } }`,
        { q },
      );
      const hit = hits.data?.search.find((h) => h.kind === 'ENTERPRISE');
      expect(hit?.name, q).toBe(q === '铝灰渣' ? '某新铝业' : '某县茶业');
      expect(hit?.detail, q).toMatch(/^未入链产品：\S+ · 北渡组团$/);
    }
  });
});

describe('a stated product that a later plan makes a link', () => {
  const TEXT = '延伸黑茶—茶饮料产业链。';
  const plan = {
    title: '某县茶产业规划',
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
  };
  const firm = async () =>
    (
      await db.driver.executeQuery(
        `MATCH (e:Enterprise {name: '某县茶业'})
         RETURN e.statedProducts AS stated, e:StatedProducts AS labelled,
                COLLECT { MATCH (e)-[r:PRODUCES]->(p) RETURN p.name + ':' + coalesce(r.source, '-') } AS links`,
      )
    ).records[0]?.toObject();

  it('moves onto the link the plan adds: produced, no longer stated, audited, counted', async () => {
    // Before: the table's firm states both, produces neither (the tests above).
    expect(await firm()).toMatchObject({ stated: ['黑茶', '茶饮料'], labelled: true, links: [] });
    const { documentId } = await commitImport(db, plan, { name: TEST_ACTOR.name, role: 'editor' } as never);
    const after = await firm();
    expect(after?.stated).toEqual([]);
    expect(after?.labelled).toBe(false);
    // Each edge sourced as the firm was: the table row that stated the product.
    expect(((after?.links ?? []) as string[]).map((l) => l.split(':')[0]).sort()).toEqual(['茶饮料', '黑茶']);
    expect(((after?.links ?? []) as string[]).every((l) => !l.endsWith(':-'))).toBe(true);
    const audit = await db.driver.executeQuery(
      // This plan's entries: the trail outlives the seed's reset, and another file's plan may have moved products too.
      `MATCH (a:AuditEntry {action: 'IMPORT_PLAN', entityType: 'Enterprise'}) WHERE a.after CONTAINS $documentId
       RETURN a.before AS b, a.after AS a`,
      { documentId },
    );
    const entries = audit.records.map((r) => [JSON.parse(r.get('b')), JSON.parse(r.get('a'))]);
    expect(entries).toHaveLength(1);
    const [before, written] = entries[0] ?? [];
    expect(before).toMatchObject({ statedProducts: ['黑茶', '茶饮料'] });
    expect(written).toMatchObject({ statedProducts: [] });
    expect([...(written?.producesAdded ?? [])].sort()).toEqual(['p-茶饮料', 'p-黑茶']);
    // The link's stored producer count includes the firm.
    const count = await db.driver.executeQuery(
      "MATCH (p:Product {name: '黑茶'}) RETURN p.producerCount AS n",
    );
    expect(Number(count.records[0]?.get('n'))).toBe(1);
    // The other firm's stated product the plan does not name stays stated.
    const other = await db.driver.executeQuery(
      "MATCH (e:Enterprise {name: '某新铝业'}) RETURN e.statedProducts AS s",
    );
    expect(other.records[0]?.get('s')).toEqual(['铝灰渣处理']);
  });
});
