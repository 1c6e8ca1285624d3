import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOperations } from '../../bench/api.ts';
import { responseCacheStats } from '../../bench/lib/cache-stats.ts';
import { loadSeed } from '../../seed/index.ts';
import { Db } from '../../server/db/neo4j.ts';
import { GraphVersionWatch } from '../../server/graphql/responseCache.ts';
import { createToken, resetAndSeed, startApp, TEST_ACTOR, testDb } from '../helpers.ts';

// The whole-response cache (server/graphql/responseCache.ts): same answers as without it, served from memory
// until the graph's version moves — at once for this server's own writes, within one poll for anyone else's.
const CHAIN = 'chain-scrap-aluminium-recycling';
const ZONE = 'zone-qijiang-hitech';
const LEADER = 'query ($c: ID!) { chain(id: $c) { id leader } }';
const SET = 'mutation ($c: ID!, $l: String!) { setChainLeader(chain: $c, leader: $l) { id leader } }';

let db: Db;
let other: Db;
let cached: Awaited<ReturnType<typeof startApp>>;
let plain: Awaited<ReturnType<typeof startApp>>;
let editor: string;
const POLL_MS = 200;

beforeAll(async () => {
  db = testDb();
  other = testDb();
  await resetAndSeed(db);
  editor = await createToken(db, 'editor');
  cached = await startApp(db, {
    responseCache: { ttlMs: 60_000, pollMs: POLL_MS, maxEntries: 100, maxAnswerChars: 100_000 },
  });
  plain = await startApp(db);
  // The cache is used once the server has read the graph's version (at start, then every POLL_MS).
  await new Promise((r) => setTimeout(r, POLL_MS * 3));
});
afterAll(async () => {
  await cached.close();
  await plain.close();
  await db.close();
  await other.close();
});

async function gql(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  opts: { token?: string; operationName?: string; noCache?: boolean } = {},
) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.noCache ? { 'cache-control': 'no-cache' } : {}),
    },
    body: JSON.stringify({ query, variables, operationName: opts.operationName }),
  });
  expect(res.status).toBe(200);
  return res.text();
}

const stats = () => responseCacheStats(cached.base);

const leaderOf = (text: string) =>
  (JSON.parse(text) as { data: { chain: { leader: string | null } } }).data.chain.leader;

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('response cache', () => {
  it("answers the explorer's operations exactly as the uncached server does, the second time from memory", async () => {
    const docs = clientOperations();
    const view = JSON.parse(
      await gql(plain.base, docs.get('ChainView') as string, { id: CHAIN }, { operationName: 'ChainView' }),
    ) as { data: { chain: { links: { product: { id: string } }[] } } };
    const last = view.data.chain.links.at(-1)?.product.id;
    expect(last).toBeDefined();
    const calls: [string, Record<string, unknown>][] = [
      ['ChainView', { id: CHAIN, zone: ZONE }],
      ['ChainView', { id: CHAIN, zone: null }],
      ['UpstreamGapsView', { product: last, zone: ZONE, maxDepth: 6 }],
      ['Overview', { zone: null }],
      ['Search', { query: '铝', first: 12 }],
    ];
    for (const [name, variables] of calls) {
      const query = docs.get(name) as string;
      const before = await stats();
      const first = await gql(cached.base, query, variables, { operationName: name });
      const second = await gql(cached.base, query, variables, { operationName: name });
      const fresh = await gql(plain.base, query, variables, { operationName: name });
      expect(first, name).not.toContain('"errors"');
      expect(second, name).toBe(first);
      expect(JSON.parse(second), name).toEqual(JSON.parse(fresh));
      const after = await stats();
      expect(after.hits - before.hits, name).toBe(1);
      expect(after.stored - before.stored, name).toBe(1);
    }
  });

  it("serves this server's own write at once", async () => {
    expect(leaderOf(await gql(cached.base, LEADER, { c: CHAIN }))).toBeNull();
    const set = await gql(cached.base, SET, { c: CHAIN, l: '王链长' }, { token: editor });
    expect(set).toContain('王链长');
    expect(leaderOf(await gql(cached.base, LEADER, { c: CHAIN }))).toBe('王链长');
  });

  it('keeps its answer while the graph version stands, and drops it within a poll once another writer moves it', async () => {
    // The mutation above also moved the graph's version in Neo4j: let the poll see it before caching again.
    await new Promise((r) => setTimeout(r, POLL_MS * 3));
    expect(leaderOf(await gql(cached.base, LEADER, { c: CHAIN }))).toBe('王链长');
    // A write around the product (no version bump) is not seen: proof that the answer comes from the cache.
    await other.driver.executeQuery('MATCH (c:Chain {id: $c}) SET c.leader = $l', { c: CHAIN, l: '李链长' });
    expect(leaderOf(await gql(cached.base, LEADER, { c: CHAIN }))).toBe('王链长');
    expect(leaderOf(await gql(plain.base, LEADER, { c: CHAIN }))).toBe('李链长');
    // Another process reloads the seed (it bumps the version in its transaction): seen within a poll or two.
    await loadSeed(other, { reset: true, actor: TEST_ACTOR });
    const seen = await until(
      async () => leaderOf(await gql(cached.base, LEADER, { c: CHAIN })) === null,
      POLL_MS * 10,
    );
    expect(seen).toBe(true);
  });

  it('computes afresh for a request that says Cache-Control: no-cache', async () => {
    await other.driver.executeQuery('MATCH (c:Chain {id: $c}) SET c.leader = $l', { c: CHAIN, l: '赵链长' });
    const before = await stats();
    expect(leaderOf(await gql(cached.base, LEADER, { c: CHAIN }, { noCache: true }))).toBe('赵链长');
    // Nothing served, stored or hashed: the key of a no-cache request costs no SHA-256.
    expect(await stats()).toEqual(before);
  });

  it('keys a POST with its own key and hashes only what the app did not key (a GET)', async () => {
    const before = await stats();
    await gql(cached.base, LEADER, { c: CHAIN });
    expect((await stats()).keysHashed).toBe(before.keysHashed);
    const url = `${cached.base}/graphql?query=${encodeURIComponent(LEADER)}&variables=${encodeURIComponent(JSON.stringify({ c: CHAIN }))}`;
    const res = await fetch(url, { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } });
    expect(res.status).toBe(200);
    expect((await stats()).keysHashed).toBe(before.keysHashed + 1);
  });

  it("never serves a token holder's answer to a caller without a token", async () => {
    const guarded = await startApp(db, {
      readRequiresToken: true,
      responseCache: { ttlMs: 60_000, pollMs: POLL_MS, maxEntries: 100, maxAnswerChars: 100_000 },
    });
    try {
      const viewer = await createToken(db, 'viewer');
      const withToken = await gql(guarded.base, LEADER, { c: CHAIN }, { token: viewer });
      expect(withToken).not.toContain('"errors"');
      expect(await gql(guarded.base, LEADER, { c: CHAIN }, { token: viewer })).toBe(withToken);
      const anonymous = JSON.parse(await gql(guarded.base, LEADER, { c: CHAIN })) as {
        data: unknown;
        errors?: { extensions: { code: string } }[];
      };
      expect(anonymous.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    } finally {
      await guarded.close();
    }
  });

  it('does not keep an answer larger than maxAnswerChars', async () => {
    const small = await startApp(db, {
      responseCache: { ttlMs: 60_000, pollMs: POLL_MS, maxEntries: 100, maxAnswerChars: 2_000 },
    });
    try {
      await new Promise((r) => setTimeout(r, POLL_MS * 3));
      const statsOf = () => responseCacheStats(small.base);
      const big = await gql(
        small.base,
        clientOperations().get('ChainView') as string,
        { id: CHAIN },
        {
          operationName: 'ChainView',
        },
      );
      expect(big.length).toBeGreaterThan(2_000);
      expect((await statsOf()).stored).toBe(0);
      await gql(small.base, LEADER, { c: CHAIN });
      expect((await statsOf()).stored).toBe(1);
    } finally {
      await small.close();
    }
  });

  it('never keeps the audit log (its per-type TTL of 0), even inside a query that is otherwise kept', async () => {
    const before = await stats();
    const q = 'query ($c: ID!) { chain(id: $c) { id } audit(first: 5) { id action } }';
    for (let i = 0; i < 2; i++)
      expect(await gql(cached.base, q, { c: CHAIN }, { token: editor })).not.toContain('"errors"');
    const after = await stats();
    expect(after.hits - before.hits).toBe(0);
    expect(after.stored - before.stored).toBe(0);
    // The same query without the audit log is kept: the TTL is the audit field's, not the request's.
    const plainQ = 'query ($c: ID!) { chain(id: $c) { id } }';
    for (let i = 0; i < 2; i++) await gql(cached.base, plainQ, { c: CHAIN }, { token: editor });
    const kept = await stats();
    expect(kept.stored - after.stored).toBe(1);
    expect(kept.hits - after.hits).toBe(1);
  });

  it('answers a repeated query with the bytes and headers it sent, per media type asked, CORS per request', async () => {
    const shared = await startApp(db, {
      responseCache: { ttlMs: 60_000, pollMs: POLL_MS, maxEntries: 100, maxAnswerChars: 100_000 },
      corsOrigins: ['https://listed.example'],
    });
    try {
      await new Promise((r) => setTimeout(r, POLL_MS * 3));
      const body = JSON.stringify({
        query: clientOperations().get('ChainView'),
        operationName: 'ChainView',
        variables: { id: CHAIN, zone: ZONE },
      });
      const post = (accept: string, origin?: string) =>
        fetch(`${shared.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept, ...(origin ? { origin } : {}) },
          body,
        });
      const statsOf = () => responseCacheStats(shared.base);
      for (const accept of ['application/graphql-response+json', 'application/json']) {
        const before = await statsOf();
        const first = await post(accept, 'https://listed.example');
        const second = await post(accept, 'https://other.example');
        const after = await statsOf();
        expect(first.status).toBe(200);
        expect(second.status).toBe(200);
        const [a, b] = [await first.text(), await second.text()];
        expect(a).not.toContain('"errors"');
        expect(b).toBe(a);
        expect(first.headers.get('content-type')).toContain(accept);
        expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
        expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
        expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(b)));
        expect(second.headers.get('content-security-policy')).toBe(
          first.headers.get('content-security-policy'),
        );
        // The listed origin's CORS header was the first request's, not the answer's.
        expect(first.headers.get('access-control-allow-origin')).toBe('https://listed.example');
        expect(second.headers.get('access-control-allow-origin')).toBeNull();
        expect(after.hitsAsSent - before.hitsAsSent).toBe(1);
        // One result for both media types: computed for the first, found for the second (bytes of its own).
        expect(after.stored - before.stored).toBe(accept === 'application/json' ? 0 : 1);
      }
      // A body that says the same with other whitespace is another key: computed and kept again.
      const before = await statsOf();
      const spaced = await fetch(`${shared.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: ` ${body}`,
      });
      expect(spaced.status).toBe(200);
      const after = await statsOf();
      expect(after.hitsAsSent - before.hitsAsSent).toBe(0);
      expect(after.stored - before.stored).toBe(1);
    } finally {
      await shared.close();
    }
  });

  it('does not keep answers with errors', async () => {
    const before = await stats();
    const q = 'query ($c: ID!) { chain(id: $c) { id } }';
    for (let i = 0; i < 2; i++) expect(await gql(cached.base, q, { c: 'chain-nope' })).toContain('NOT_FOUND');
    const after = await stats();
    expect(after.hits - before.hits).toBe(0);
    expect(after.stored - before.stored).toBe(0);
  });

  it('knows the graph version only after a successful read, and forgets it when Neo4j does not answer', async () => {
    const live = new GraphVersionWatch(db, 60_000);
    expect(live.known).toBe(false);
    await live.refresh();
    expect(live.known).toBe(true);
    const dead = new Db({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: '' });
    try {
      const watch = new GraphVersionWatch(dead, 60_000);
      await watch.refresh();
      expect(watch.known).toBe(false);
    } finally {
      await dead.close();
    }
  });
});
