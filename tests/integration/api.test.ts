import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/neo4j.ts';
import { graphqlClient, resetAndSeed, testDb } from '../helpers.ts';

let db: Db;
let gql: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await resetAndSeed(db);
});
afterAll(async () => db.close());

type Gap = {
  product: { name: string };
  distance: number;
  status: string;
  candidates: {
    kind: string;
    reason: string;
    enterprise: { name: string } | null;
    project: { name: string } | null;
  }[];
};

describe('gap analysis on the seed', () => {
  it('does not call 再生铝 missing in the district: the plan names local recyclers', async () => {
    const res = await gql<{
      product: { status: string; reason: { producers: { name: string }[]; summary: string } };
    }>(`{ product(id: "p-再生铝") { status reason { summary producers { name } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.product.status).toBe('STRONG');
    expect(res.data?.product.reason.producers.map((p) => p.name)).toEqual(
      expect.arrayContaining(['哈斯特', '鹏翔铝业', '旗特新材料']),
    );
  });

  it('upstream of 压铸件 reaches 废铝 and 原铝 and lists gaps nearest first on request', async () => {
    const res = await gql<{
      upstreamGaps: { nodes: { product: { name: string }; distance: number }[]; gaps: Gap[] };
    }>(
      `{ upstreamGaps(product: "p-压铸件", sort: DISTANCE) { nodes { product { name } distance }
          gaps { product { name } distance status candidates { kind reason enterprise { name } project { name } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const names = res.data?.upstreamGaps.nodes.map((n) => n.product.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(['废铝', '原铝', '铝锭', '再生铝']));
    const gaps = res.data?.upstreamGaps.gaps ?? [];
    expect(gaps.length).toBeGreaterThan(0);
    const distances = gaps.map((g) => g.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(gaps.every((g) => g.status === 'WEAK' || g.status === 'MISSING')).toBe(true);
  });

  it('names 南山铝业 as a candidate where the plan names it as a target', async () => {
    // In 安稳组团 nobody makes 再生铝, so it is a gap upstream of 压铸件 there.
    const res = await gql<{ upstreamGaps: { gaps: Gap[] } }>(
      `{ upstreamGaps(product: "p-压铸件", zone: "zone-anwen") { gaps { product { name } distance status
          candidates { kind reason enterprise { name } project { name } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const gap = res.data?.upstreamGaps.gaps.find((g) => g.product.name === '再生铝');
    expect(gap).toBeDefined();
    const nanshan = gap?.candidates.find((c) => c.enterprise?.name === '南山铝业');
    expect(nanshan).toMatchObject({ kind: 'PLAN_TARGET' });
    expect(nanshan?.reason).toContain('规划点名');
  });

  it('in 北渡组团 the aluminium links show the local firms located there', async () => {
    const res = await gql<{
      chain: {
        scope: { label: string };
        links: {
          product: { name: string };
          status: string;
          reason: { producers: { name: string; zone: { name: string } }[] };
        }[];
      };
    }>(
      `{ chain(id: "chain-aluminium-deep-processing", zone: "zone-beidu") { scope { label }
          links { product { name } status reason { producers { name zone { name } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.chain.scope.label).toBe('北渡组团');
    const yuanlv = res.data?.chain.links.find((l) => l.product.name === '原铝');
    expect(yuanlv?.reason.producers).toEqual([{ name: '旗能电铝', zone: { name: '北渡组团' } }]);
    expect(yuanlv?.status).toBe('WEAK');
    for (const l of res.data?.chain.links ?? []) {
      for (const p of l.reason.producers) expect(['北渡组团', '北渡铝产业园']).toContain(p.zone.name);
    }
  });

  it('answers the overview, zones, a zone profile, indicators and a source', async () => {
    const res = await gql<{
      industries: { name: string; chains: { id: string }[] }[];
      zone: {
        name: string;
        output2025: number;
        parent: { name: string };
        children: { name: string }[];
        chainGaps: { counts: { total: number } }[];
      };
      indicators: { name: string }[];
    }>(`{ industries { name chains { id } }
          zone(id: "zone-beidu") { name output2025 parent { name } children { name } chainGaps { counts { total } } }
          indicators { name } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.industries.map((i) => i.name).sort()).toEqual(
      ['高端装备制造', '新材料', '化工', '新一代信息技术', '消费品工业', '节能环保'].sort(),
    );
    expect(res.data?.zone).toMatchObject({
      name: '北渡组团',
      output2025: 420,
      parent: { name: '綦江国家级高新技术产业开发区' },
    });
    expect(res.data?.zone.children.map((c) => c.name)).toContain('北渡铝产业园');
    expect(res.data?.zone.chainGaps.length).toBeGreaterThan(0);
    expect(res.data?.indicators.length).toBeGreaterThan(20);
    // A district the plan names no focus for (綦江区 itself): its current plan's industries, and the strength of
    // every chain of theirs — its page read 主导产业 “—” and listed no chain.
    const district = await gql<{
      zone: {
        focusIndustries: { name: string }[];
        chainGaps: unknown[];
        output2025: number;
        valueAdded2025: number;
        sources: { quote: string }[];
        targets: { year: number; quote: string | null }[];
      };
    }>(
      `{ zone(id: "region-500110") { focusIndustries { name } chainGaps { chain { id } }
           output2025 valueAdded2025 sources { quote } targets { year quote } } }`,
    );
    expect(district.errors).toBeUndefined();
    // Its own 2025 targets, as the plan states them (the page read 规划未载明), with the quote.
    expect(district.data?.zone).toMatchObject({ output2025: 1000, valueAdded2025: 260 });
    expect(district.data?.zone.sources.map((s) => s.quote)).toContain(
      '工业总产值力争达到 1000 亿元，其中规上工业总产值达到 855 亿元，工业增加值达到 260 亿元',
    );
    // …and the page quotes that sentence beside the figures, as it does an imported plan's district targets.
    expect(district.data?.zone.targets).toEqual([
      {
        year: 2025,
        quote: '工业总产值力争达到 1000 亿元，其中规上工业总产值达到 855 亿元，工业增加值达到 260 亿元',
      },
    ]);
    expect(district.data?.zone.focusIndustries.map((i) => i.name).sort()).toEqual(
      res.data?.industries.map((i) => i.name).sort(),
    );
    expect(district.data?.zone.chainGaps.length).toBe(
      res.data?.industries.reduce((n, i) => n + i.chains.length, 0),
    );

    const chain = await gql<{ chain: { sources: { id: string; quote: string }[] } }>(
      `{ chain(id: "chain-scrap-aluminium-recycling") { sources { id quote } } }`,
    );
    const sid = chain.data?.chain.sources[0]?.id;
    const s = await gql<{
      source: { quote: string; line: number; before: string; after: string; document: { file: string } };
    }>(`query ($id: ID!) { source(id: $id) { quote line before after document { file } } }`, { id: sid });
    expect(s.data?.source.quote).toContain('废铝—再生铝—铝');
    expect(s.data?.source.line).toBeGreaterThan(600);
    expect(s.data?.source.document.file).toBe('seed/sources/qijiang-gazette-2023-02.txt');
    expect(s.data?.source.before.length).toBeGreaterThan(0);
  });

  it('searches links, chains, enterprises and zones, exact and prefix matches first', async () => {
    const res = await gql<{ search: { kind: string; name: string; score: number }[] }>(
      `{ search(query: "铝锭") { kind name score } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.search[0]).toMatchObject({ kind: 'PRODUCT', name: '铝锭', score: 3 });
    const one = await gql<{ search: { kind: string; name: string }[] }>(
      `{ search(query: "铝", first: 50) { kind name } }`,
    );
    const kinds = new Set(one.data?.search.map((h) => h.kind));
    expect(kinds).toEqual(new Set(['PRODUCT', 'CHAIN', 'ENTERPRISE', 'ZONE', 'PROJECT']));
    const zone = await gql<{ search: { kind: string; name: string }[] }>(
      `{ search(query: "北渡") { kind name } }`,
    );
    expect(zone.data?.search.slice(0, 2).map((h) => h.name)).toContain('北渡组团');
    // A project hit says its status and where it is, not just "项目" (its kind chip says that).
    const project = await gql<{ search: { kind: string; name: string; detail: string }[] }>(
      `{ search(query: "再生铝铜基地") { kind name detail } }`,
    );
    const hit = project.data?.search.find((h) => h.kind === 'PROJECT');
    expect(hit?.detail).toMatch(/^(储备|规划|签约|在建|投产|状态未载明) · \S+/);
  });

  it('answers exactly the full ranking whether the prefix pass suffices or the CONTAINS pass runs', async () => {
    // The reference: every name in the graph, matched, scored and ordered here in TypeScript.
    const rows = await db.driver.executeQuery(
      `MATCH (n) WHERE n:Product OR n:Chain OR n:Enterprise OR n:Zone OR n:Project
       RETURN head([l IN labels(n) WHERE l IN ['Product', 'Chain', 'Enterprise', 'Zone', 'Project']]) AS label,
              n.id AS id, n.name AS name, coalesce(n.expression, n.fullName, '') AS other`,
    );
    const all = rows.records.map(
      (r) => r.toObject() as { label: string; id: string; name: string; other: string },
    );
    const expected = (q: string, first: number) =>
      all
        .filter(
          (n) =>
            n.name.includes(q) || ((n.label === 'Chain' || n.label === 'Enterprise') && n.other.includes(q)),
        )
        .map((n) => ({
          kind: n.label.toUpperCase(),
          id: n.id,
          name: n.name,
          score: n.name === q ? 3 : n.name.startsWith(q) ? 2 : 1,
        }))
        .sort(
          (a, b) =>
            b.score - a.score ||
            a.name.length - b.name.length ||
            (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
            (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
            (a.id < b.id ? -1 : 1),
        )
        .slice(0, first)
        .map(({ kind, id, score }) => ({ kind, id, score }));
    let prefixOnly = 0;
    for (const q of ['铝', '铝锭', '再生', '綦江', '汽车', '电', '玻', '材料', '北渡'])
      for (const first of [1, 3, 20]) {
        const want = expected(q, first);
        if (want.length === first && want.every((h) => h.score >= 2)) prefixOnly++;
        const res = await gql<{ search: { kind: string; id: string; score: number }[] }>(
          'query ($q: String!, $n: Int) { search(query: $q, first: $n) { kind id score } }',
          { q, n: first },
        );
        expect(res.data?.search, `${q} first ${first}`).toEqual(want);
      }
    // Both passes were exercised.
    expect(prefixOnly).toBeGreaterThan(3);
    expect(prefixOnly).toBeLessThan(27);
  });
});

describe('enterprises', () => {
  it('walks every page once, in order, with a stable total', async () => {
    const all = await gql<{ enterprises: { totalCount: number } }>(
      `{ enterprises(first: 200) { totalCount } }`,
    );
    const total = all.data?.enterprises.totalCount ?? 0;
    expect(total).toBeGreaterThan(40);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res: Awaited<
        ReturnType<
          typeof gql<{
            enterprises: {
              totalCount: number;
              edges: { cursor: string; node: { id: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          }>
        >
      > = await gql(
        `query ($after: String) { enterprises(first: 7, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data?.enterprises;
      expect(conn?.totalCount).toBe(total);
      seen.push(...(conn?.edges.map((e) => e.node.id) ?? []));
      if (!conn?.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    // Unfiltered, the count comes from Neo4j's count store and the pages from the name index: same answer.
    const byName = await db.driver.executeQuery(
      'MATCH (e:Enterprise) RETURN e.id AS id ORDER BY e.name, e.id',
    );
    expect(seen).toEqual(byName.records.map((r) => r.get('id')));
  });

  it("lists each firm's products on the page, read with the page itself", async () => {
    const res = await gql<{
      all: { edges: { node: { id: string; products: { id: string; name: string }[] } }[] };
      zone: { edges: { node: { id: string; products: { id: string; name: string }[] } }[] };
    }>(`{ all: enterprises(first: 200) { edges { node { id products { id name } } } }
          zone: enterprises(zone: "zone-qijiang-hitech", first: 200) { edges { node { id products { id name } } } } }`);
    expect(res.errors).toBeUndefined();
    const rows = await db.driver.executeQuery(
      'MATCH (e:Enterprise) RETURN e.id AS id, COLLECT { MATCH (e)-[:PRODUCES]->(p:Product) WITH p ORDER BY p.name RETURN p.id } AS products',
    );
    const want = new Map(rows.records.map((r) => [r.get('id') as string, r.get('products') as string[]]));
    const nodes = [...(res.data?.all.edges ?? []), ...(res.data?.zone.edges ?? [])].map((e) => e.node);
    expect(nodes.filter((n) => n.products.length > 0).length).toBeGreaterThan(5);
    for (const n of nodes)
      expect(
        n.products.map((p) => p.id),
        n.id,
      ).toEqual(want.get(n.id));
  });

  it('filters by zone (child zones included), product, industry, locality and name', async () => {
    const res = await gql<{
      beidu: { edges: { node: { name: string; zone: { name: string } } }[] };
      recyclers: { totalCount: number };
      outside: { edges: { node: { local: boolean } }[] };
      named: { edges: { node: { name: string } }[] };
    }>(`{ beidu: enterprises(zone: "zone-qijiang-hitech") { edges { node { name zone { name } } } }
          recyclers: enterprises(product: "p-再生铝") { totalCount }
          outside: enterprises(local: false, industry: "ind-new-materials") { edges { node { local } } }
          named: enterprises(query: "铝业") { edges { node { name } } } }`);
    expect(res.errors).toBeUndefined();
    const zones = new Set(res.data?.beidu.edges.map((e) => e.node.zone.name));
    expect(zones.has('北渡组团')).toBe(true);
    for (const z of zones) expect(z).not.toBe('扶欢组团');
    expect(res.data?.recyclers.totalCount).toBeGreaterThanOrEqual(3);
    expect(res.data?.outside.edges.length).toBeGreaterThan(0);
    expect(res.data?.outside.edges.every((e) => e.node.local === false)).toBe(true);
    expect(res.data?.named.edges.every((e) => e.node.name.includes('铝业'))).toBe(true);
  });
});

describe('errors carry stable codes', () => {
  const cases: [string, string, string | undefined][] = [
    ['{ chain(id: "chain-nope") { id } }', 'NOT_FOUND', undefined],
    ['{ product(id: "p-nope") { id } }', 'NOT_FOUND', undefined],
    ['{ zone(id: "zone-nope") { id } }', 'NOT_FOUND', undefined],
    ['{ chain(id: "chain-scrap-aluminium-recycling", zone: "zone-nope") { id } }', 'NOT_FOUND', undefined],
    ['{ source(id: "src-nope") { id } }', 'NOT_FOUND', undefined],
    ['{ upstreamGaps(product: "p-压铸件", maxDepth: 0) { maxDepth } }', 'BAD_USER_INPUT', 'maxDepth'],
    ['{ upstreamGaps(product: "p-压铸件", maxDepth: 21) { maxDepth } }', 'BAD_USER_INPUT', 'maxDepth'],
    ['{ enterprises(first: 0) { totalCount } }', 'BAD_USER_INPUT', 'first'],
    ['{ enterprises(first: 201) { totalCount } }', 'BAD_USER_INPUT', 'first'],
    ['{ enterprises(after: "garbage") { totalCount } }', 'BAD_USER_INPUT', 'after'],
    ['{ search(query: "  ") { id } }', 'BAD_USER_INPUT', 'query'],
    [`{ search(query: "${'铝'.repeat(51)}") { id } }`, 'BAD_USER_INPUT', 'query'],
    ['{ search(query: "铝", first: 500) { id } }', 'BAD_USER_INPUT', 'first'],
  ];
  for (const [query, code, argument] of cases) {
    it(`${code}${argument ? ` (${argument})` : ''}: ${query.slice(0, 70)}`, async () => {
      const res = await gql(query);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      if (argument) {
        expect(res.errors?.[0]?.extensions?.argument).toBe(argument);
        expect(res.errors?.[0]?.message).toContain(argument);
      }
    });
  }

  it('SERVICE_UNAVAILABLE, fast, when the database cannot be reached', async () => {
    const down = new Db({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const started = Date.now();
    const res = await graphqlClient(down)(`{ industries { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(10_000);
    await down.close();
  });
});
