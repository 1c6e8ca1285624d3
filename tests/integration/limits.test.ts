import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { buildYoga, LIMITS } from '../../server/graphql/yoga.ts';
import { graphqlClient, resetAndSeed, testDb } from '../helpers.ts';

let db: Db;
let gql: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  await resetAndSeed(db);
});
afterAll(async () => db.close());

describe('request limits and CSRF prevention', () => {
  it('refuses queries nested deeper than the limit', async () => {
    let q = 'id';
    for (let i = 0; i < LIMITS.maxDepth + 2; i++) q = `parent { ${q} }`;
    const res = await gql(`{ zone(id: "zone-beidu") { ${q} } }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses alias bombs', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: industries { id }`).join(
      ' ',
    );
    const res = await gql(`{ ${aliases} }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('treats injection strings as plain values', async () => {
    const evil = "'}) MATCH (n) DETACH DELETE n //";
    const res = await gql(
      'query ($q: String!, $id: ID!) { search(query: $q) { id } product(id: $id) { id } }',
      {
        q: evil,
        id: evil,
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const count = await db.driver.executeQuery('MATCH (n:Product) RETURN count(n) AS n');
    expect(count.records[0]?.get('n')).toBeGreaterThan(100);
  });

  it('refuses a cross-site simple request (GET without the CSRF header)', async () => {
    const yoga = buildYoga(db, { production: true });
    const res = await yoga.fetch('http://test/graphql?query=%7Bindustries%7Bid%7D%7D', { method: 'GET' });
    expect(res.status).toBe(403);
    const ok = await yoga.fetch('http://test/graphql?query=%7Bindustries%7Bid%7D%7D', {
      method: 'GET',
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(ok.status).toBe(200);
  });

  it("lets the explorer's own operations through", async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('client/src/api/operations.graphql', 'utf8');
    const yoga = buildYoga(db, { production: true });
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: doc,
        operationName: 'ChainView',
        variables: { id: 'chain-scrap-aluminium-recycling' },
      }),
    });
    const body = (await res.json()) as { errors?: unknown[]; data?: { chain: { id: string } } };
    expect(body.errors).toBeUndefined();
    expect(body.data?.chain.id).toBe('chain-scrap-aluminium-recycling');
  });
});
