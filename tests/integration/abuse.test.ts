import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphHash } from '../../bench/lib/graph-hash.ts';
import { MAX_JSON_DEPTH } from '../../server/app.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { COST } from '../../server/graphql/cost.ts';
import { createToken, resetAndSeed, SAMPLE_PLAN, startApp, testDb } from '../helpers.ts';

// Issue #19: heavy requests are refused or limited per client; hostile names and bodies get a clear 4xx.
let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;
beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  editor = await createToken(db, 'editor', '滥用测试');
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const operations = readFileSync('client/src/api/operations.graphql', 'utf8');
type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };

async function post(base: string, body: unknown, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : {}) as Answer };
}

const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('list-aware cost and aliases', () => {
  it('refuses the 30-alias chains(zone:) query and a 10-alias one by cost, with a clear error', async () => {
    const chains = 'chains(zone: "zone-beidu") { id name links { stage status product { id name } } }';
    const thirty = await post(app.base, { query: aliases(30, chains) });
    expect(thirty.body.data ?? null).toBeNull();
    expect(thirty.body.errors?.[0]?.message).toMatch(/alias/i);
    const heavy =
      'chains(zone: "zone-beidu") { id links { product { id } reason { producers { id zone { id } } projects { id } } } }';
    const ten = await post(app.base, { query: aliases(10, heavy) });
    expect(ten.status).toBe(400);
    expect(ten.body.data ?? null).toBeNull();
    expect(ten.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
    expect(ten.body.errors?.[0]?.message).toContain(`the limit ${COST.maxCost}`);
    // `first` counts: 200 firms with three lists each is over the limit, the explorer's page of 200 is not
    const big = await post(app.base, {
      query:
        '{ enterprises(first: 200) { edges { node { id products { id } industries { id } sources { id } } } } }',
    });
    expect(big.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
  });

  it('lets the explorer’s heaviest operations through (every one is checked in server/graphql/cost.test.ts)', async () => {
    const calls: [string, Record<string, unknown>][] = [
      ['AllChains', { zone: 'zone-beidu' }],
      ['EnterprisePage', { first: 200 }],
      ['UpstreamGapsView', { product: 'p-再生铝' }],
    ];
    for (const [operationName, variables] of calls) {
      const res = await post(app.base, { query: operations, operationName, variables });
      expect(res.body.errors, operationName).toBeUndefined();
    }
  }, 120_000);

  it('builds a briefing (its one query is the largest the server runs) within the cost limit', async () => {
    const res = await fetch(`${app.base}/briefings/chain-aluminium-deep-processing.json`);
    expect(res.status).toBe(200);
  });
});

describe('per-client limits', () => {
  it('answers 429 with Retry-After and a JSON error after the burst, per kind and per client', async () => {
    const limited = await startApp(db, {
      rateLimits: {
        briefings: { burst: 2, perMinute: 1 },
        exports: { burst: 1, perMinute: 1 },
        uploads: { burst: 1, perMinute: 1 },
        graphql: { burst: 300, perMinute: 1 },
      },
    });
    try {
      const briefing = () => fetch(`${limited.base}/briefings/chain-scrap-aluminium-recycling.md`);
      expect((await briefing()).status).toBe(200);
      expect((await briefing()).status).toBe(200);
      const third = await briefing();
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await third.json()).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
      // another kind has its own budget; a token holder is another client than its IP address
      expect((await fetch(`${limited.base}/tables/export/enterprises.csv`)).status).toBe(200);
      expect((await fetch(`${limited.base}/tables/export/enterprises.csv`)).status).toBe(429);
      const withToken = await fetch(`${limited.base}/briefings/chain-scrap-aluminium-recycling.md`, {
        headers: { authorization: `Bearer ${editor}` },
      });
      expect(withToken.status).toBe(200);
      const upload = () => limited.post('/imports/extract?name=a.txt', SAMPLE_PLAN, 'text/plain', editor);
      expect((await upload()).status).toBe(200);
      expect(await upload()).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
      // GraphQL is charged its cost: ProductDetail (~250) once, then the budget of 300 is spent
      const product = { query: operations, operationName: 'ProductDetail', variables: { id: 'p-再生铝' } };
      expect((await post(limited.base, product)).body.errors).toBeUndefined();
      const refused = await post(limited.base, product);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('hostile names and bodies', () => {
  it('refuses bidi control characters in names on every write path, naming the field', async () => {
    const evil = 'RTL\u202Egnp.exe';
    const created = await post(
      app.base,
      {
        query: `mutation { createEnterprise(input: { name: ${JSON.stringify(evil)}, local: true }) { id } }`,
      },
      editor,
    );
    expect(created.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.name',
    });
    const leader = await post(
      app.base,
      {
        query: `mutation { setChainLeader(chain: "chain-scrap-aluminium-recycling", leader: "王\u2066五") { id } }`,
      },
      editor,
    );
    expect(leader.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'leader' });
    const plan = await app.post(
      '/imports/commit',
      JSON.stringify({
        title: '规划',
        text: SAMPLE_PLAN,
        chains: [{ name: evil, expression: '甲—乙', stages: [['甲'], ['乙']], quote: '某区', start: 0 }],
      }),
      'application/json',
      editor,
    );
    expect(plan).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'chains.0.name' } });
    const csv = `企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注\r\n${evil},,,,,\r\n`;
    const table = await app.post('/tables/enterprises?file=a.csv&dryRun=1', csv, 'text/csv', editor);
    expect(table.status).toBe(422);
    expect(table.body.rejected).toEqual([expect.objectContaining({ row: 2, column: '企业名称' })]);
  });

  it('answers 4xx, not 500, for a 100,000-character name, variables nested 30,000 deep and a 30 MB body', async () => {
    const hashBefore = (await graphHash(db.driver)).hash;
    const long = '项'.repeat(100_000);
    const name = await post(
      app.base,
      {
        query: 'mutation ($n: String!) { createEnterprise(input: { name: $n, local: true }) { id } }',
        variables: { n: long },
      },
      editor,
    );
    expect(name.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.name',
    });
    const csv = `项目名称\r\n${long}\r\n`;
    const project = await app.post('/tables/projects?file=p.csv&dryRun=1', csv, 'text/csv', editor);
    expect(project.status).toBe(422);
    expect(JSON.stringify(project.body.rejected)).toContain('超过 200 个字符');
    const deep = `${'['.repeat(30_000)}1${']'.repeat(30_000)}`;
    const nested = await post(
      app.base,
      `{"query":"query ($q: String!) { search(query: $q) { id } }","variables":{"q":"铝","x":${deep}}}`,
    );
    expect(nested.status).toBe(400);
    expect(JSON.stringify(nested.body)).toContain(`deeper than ${MAX_JSON_DEPTH}`);
    const deepGet = `${'['.repeat(2_000)}1${']'.repeat(2_000)}`;
    const getDeep = await fetch(
      `${app.base}/graphql?query=${encodeURIComponent('{ industries { id } }')}&variables=${encodeURIComponent(`{"x":${deepGet}}`)}`,
      { headers: { 'x-graphql-csrf': '1' } },
    );
    expect(getDeep.status).toBe(400);
    const huge = await post(
      app.base,
      JSON.stringify({ query: '{ industries { id } }', pad: 'x'.repeat(30 * 2 ** 20) }),
    );
    expect(huge.status).toBe(413);
    expect(huge.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await graphHash(db.driver)).hash).toBe(hashBefore);
  });
});
