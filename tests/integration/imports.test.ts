import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { buildPdf } from '../../server/extract/pdf.testing.ts';
import { LIMITS } from '../../server/limits.ts';
import {
  createToken,
  graphCounts,
  graphqlClient,
  resetAndSeed,
  SAMPLE_PLAN,
  startApp,
  testDb,
} from '../helpers.ts';

let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;

const post = (path: string, body: BodyInit, type: string, token: string | null = editor) =>
  app.post(path, body, type, token);
const fingerprint = () => graphCounts(db);

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  editor = await createToken(db, 'editor', '导入测试');
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('importing a plan', () => {
  it('extracts candidates with quotes and rejects look-alikes, writing nothing', async () => {
    const before = await fingerprint();
    const res = await post('/imports/extract?name=某区规划.txt', SAMPLE_PLAN, 'application/octet-stream');
    expect(res.status).toBe(200);
    // The plan's own first line, not the file name (某区规划), proposed as its title.
    expect(res.body).toMatchObject({ title: '某区产业发展规划', titleFrom: 'text' });
    const chains = res.body.chains as { stages: string[][]; quote: string }[];
    expect(chains.map((c) => c.stages.flat().join('>'))).toEqual([
      '铝土矿>氧化铝>电解铝>铝合金>汽车轻量化部件',
      '废铝>再生铝>铝锭',
    ]);
    expect(chains[0]?.quote).toContain('推动“铝土矿');
    const rejected = (res.body.rejected as { text: string }[]).map((r) => r.text);
    expect(rejected).toEqual(expect.arrayContaining(['突特色—强龙头—补链条', '3—5 家']));
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses bad files clearly and writes nothing', async () => {
    const before = await fingerprint();
    const empty = await post('/imports/extract?name=a.txt', '', 'application/octet-stream');
    expect(empty).toMatchObject({ status: 400, body: { code: 'EMPTY' } });
    const binary = await post(
      '/imports/extract?name=a.bin',
      new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
      'application/octet-stream',
    );
    expect(binary).toMatchObject({ status: 400, body: { code: 'BINARY' } });
    const pdf = (bytes: Uint8Array) =>
      post('/imports/extract?name=a.pdf', new Uint8Array(bytes) as BodyInit, 'application/pdf');
    const encrypted = await pdf(buildPdf({ lines: ['废铝—再生铝—铝锭'], encrypted: true }));
    expect(encrypted).toMatchObject({ status: 400, body: { code: 'ENCRYPTED_PDF' } });
    // A PDF of pages without a text layer: what a scanned (image-only) plan gives.
    expect(await pdf(buildPdf({}))).toMatchObject({ status: 400, body: { code: 'NO_TEXT_LAYER' } });
    const big = await post(
      '/imports/extract?name=big.txt',
      new Uint8Array(LIMITS.UPLOAD_BYTES + 1),
      'text/plain',
    );
    expect(big).toMatchObject({ status: 413, body: { code: 'TOO_LARGE', limit: 'UPLOAD_BYTES' } });
    for (const r of [empty, binary, encrypted, big]) expect(String(r.body.error ?? '')).not.toBe('');
    expect(await fingerprint()).toEqual(before);
  });

  it('commits accepted chains in one transaction, merges links with existing products, and re-runs add nothing', async () => {
    const extracted = await post(
      '/imports/extract?name=某区规划.txt',
      SAMPLE_PLAN,
      'application/octet-stream',
    );
    const chains = (
      extracted.body.chains as {
        stages: string[][];
        expression: string;
        quote: string;
        start: number;
        section: string;
      }[]
    ).map((c, i) => ({
      name: i === 0 ? '铝土矿—汽车轻量化部件产业链' : '再生铝循环链',
      expression: c.expression,
      stages: c.stages,
      quote: c.quote,
      start: c.start,
      section: c.section,
      mapTo: i === 0 ? { 汽车轻量化部件: 'p-汽车轻量化材料' } : {},
    }));
    const input = { title: '某区规划', text: extracted.body.text, chains, skipped: 0 };
    const anonymous = await post('/imports/commit', JSON.stringify(input), 'application/json', null);
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED' } });
    const first = await post('/imports/commit', JSON.stringify(input), 'application/json');
    expect(first.body.error ?? null).toBeNull();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      chainsAdded: ['铝土矿—汽车轻量化部件产业链', '再生铝循环链'],
      chainsUnchanged: [],
    });
    // 电解铝, 废铝, 再生铝, 铝锭 exist in the seed; 汽车轻量化部件 was mapped onto 汽车轻量化材料.
    expect(first.body.productsMerged).toEqual(
      expect.arrayContaining(['电解铝', '废铝', '再生铝', '铝锭', '汽车轻量化材料']),
    );
    expect(first.body.productsAdded).toEqual(expect.arrayContaining(['铝土矿', '氧化铝']));
    const after = await fingerprint();
    const again = await post('/imports/commit', JSON.stringify(input), 'application/json');
    expect(again.body).toMatchObject({
      chainsAdded: [],
      chainsUnchanged: ['铝土矿—汽车轻量化部件产业链', '再生铝循环链'],
    });
    expect(await fingerprint()).toEqual(after);

    // The imported chain shows in the API with its source in the new document, and 铝锭 keeps its seed sources.
    const gql = graphqlClient(db);
    const res = await gql<{
      chain: {
        links: { product: { name: string } }[];
        sources: { quote: string; document: { title: string } }[];
      };
    }>(
      `query ($id: ID!) { chain(id: $id) { links { product { name } } sources { quote document { title } } } }`,
      { id: first.body.firstChainId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.chain.links.map((l) => l.product.name)).toContain('汽车轻量化材料');
    expect(res.data?.chain.sources[0]?.document.title).toBe('某区规划');
    const ingot = await db.driver.executeQuery(
      "MATCH (p:Product {id: 'p-铝锭'}) RETURN size(p.sources) AS n, [(u)-[:FEEDS]->(p) | u.name] AS feeders",
    );
    expect(ingot.records[0]?.get('n')).toBeGreaterThan(1);
    expect(ingot.records[0]?.get('feeders')).toEqual(expect.arrayContaining(['铝液', '再生铝']));
  });

  it('reads a plan in traditional script into the graph’s simplified links, merging with the links it has', async () => {
    const text = '全縣形成“廢鋁—再生鋁—鋁錠—鋁型材”產業鏈。';
    const extracted = await post('/imports/extract?name=某縣.txt', text, 'application/octet-stream');
    const [c] = extracted.body.chains as {
      stages: string[][];
      expression: string;
      quote: string;
      start: number;
    }[];
    // The review shows the links as they will be stored; the expression and quote stay as the plan writes them.
    expect(c?.stages).toEqual([['废铝'], ['再生铝'], ['铝锭'], ['铝型材']]);
    expect(c?.expression).toBe('廢鋁—再生鋁—鋁錠—鋁型材');
    const input = {
      title: '某縣規劃',
      text: extracted.body.text,
      chains: [
        {
          name: '废铝—铝型材产业链',
          expression: c?.expression,
          stages: c?.stages,
          quote: c?.quote,
          start: c?.start,
        },
      ],
    };
    const res = await post('/imports/commit', JSON.stringify(input), 'application/json');
    expect(res.status).toBe(200);
    expect(res.body.productsMerged).toEqual(expect.arrayContaining(['废铝', '再生铝', '铝锭']));
    expect(res.body.productsAdded).not.toEqual(expect.arrayContaining(['廢鋁']));
  });

  it('commits a chain the reviewer entered from a prose sentence, quoting it and marked as entered', async () => {
    // A plan stating its chain in words only: the extractor finds no chain, the reviewer writes the links.
    const text = '某县产业规划\n\n以电解铝为基础，延伸发展铝合金、铝型材，打造汽车轻量化部件基地。';
    const extracted = await post('/imports/extract?name=某县.txt', text, 'application/octet-stream');
    expect(extracted.body.chains).toEqual([]);
    expect(extracted.body).not.toHaveProperty('simplified');
    // A plan in traditional script comes with its simplified reading, offset for offset, for matching typed links.
    const traditional = await post(
      '/imports/extract?name=開州.txt',
      '開縣按照“優化能源產業,發展天然氣精細化工產業”的思路。',
      'application/octet-stream',
    );
    expect(traditional.body).toMatchObject({
      normalised: '開縣按照“優化能源產業,發展天然氣精細化工產業”的思路。',
      simplified: '开县按照“优化能源产业,发展天然气精细化工产业”的思路。',
    });
    const normalised = extracted.body.normalised as string;
    const quote = '以电解铝为基础，延伸发展铝合金、铝型材，打造汽车轻量化部件基地。';
    const entered = {
      name: '铝精深加工链',
      expression: '电解铝—铝合金、铝型材—汽车轻量化部件',
      stages: [['电解铝'], ['铝合金', '铝型材'], ['汽车轻量化部件']],
      quote,
      start: normalised.indexOf(quote),
      entered: true,
    };
    const input = { title: '某县产业规划', text: extracted.body.text, chains: [entered] };
    // A quote the plan does not contain is no source: refused, nothing written.
    const before = await fingerprint();
    const forged = await post(
      '/imports/commit',
      JSON.stringify({ ...input, chains: [{ ...entered, quote: '发展铝合金—铝型材。', start: 0 }] }),
      'application/json',
    );
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chains.0.quote' });
    expect(String(forged.body.error)).toContain('quote not found');
    expect(await fingerprint()).toEqual(before);

    const res = await post('/imports/commit', JSON.stringify(input), 'application/json');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ chainsAdded: ['铝精深加工链'] });
    const gql = graphqlClient(db);
    const read = await gql<{ chain: { entered: boolean; expression: string; sources: { quote: string }[] } }>(
      'query ($id: ID!) { chain(id: $id) { entered expression sources { quote } } }',
      { id: res.body.firstChainId },
    );
    expect(read.data?.chain).toEqual({
      entered: true,
      expression: '电解铝—铝合金、铝型材—汽车轻量化部件',
      sources: [{ quote }],
    });
    // Seeded and extracted chains are the plan's own writing.
    const seeded = await gql<{ chain: { entered: boolean } }>(
      'query { chain(id: "chain-hotpot") { entered } }',
    );
    expect(seeded.data?.chain.entered).toBe(false);
  });

  it('rejects an invalid commit, naming the field, and writes nothing', async () => {
    const before = await fingerprint();
    const bad = await post(
      '/imports/commit',
      JSON.stringify({
        title: '规划',
        text: '甲—乙',
        chains: [{ name: 'x', expression: '甲—乙', stages: [['甲']], quote: '甲—乙', start: 0 }],
      }),
      'application/json',
    );
    expect(bad).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'chains.0.stages' } });
    const notJson = await post('/imports/commit', '{', 'application/json');
    expect(notJson.status).toBe(400);
    expect(await fingerprint()).toEqual(before);
  });
});
