import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphHash } from '../../bench/lib/graph-hash.ts';
import { MAX_GRAPHQL_BODY } from '../../server/app.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, startApp, testDb } from '../helpers.ts';

// Fixes for what `npm run chaos -- hostile` found: each hostile request gets a clear 4xx, never a 500 or a crash.
let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let hashBefore: string;
beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  hashBefore = (await graphHash(db.driver)).hash;
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const post = (body: BodyInit) =>
  fetch(`${app.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('hostile HTTP input', () => {
  it('refuses a body over the limit with 413 before reading it into memory', async () => {
    const res = await post(
      JSON.stringify({ query: '{ industries { id } }', pad: 'x'.repeat(MAX_GRAPHQL_BODY) }),
    );
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body that is not UTF-8 with 400 instead of replacing the bad bytes', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"query":"query ($q: String!) { search(query: $q) { id } }","variables":{"q":"铝'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}}'),
    ]);
    const res = await post(bytes);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('not valid UTF-8');
    // the same request in valid UTF-8 still works
    const ok = await post(
      JSON.stringify({ query: 'query ($q: String!) { search(query: $q) { id } }', variables: { q: '铝' } }),
    );
    expect(ok.status).toBe(200);
  });

  it('answers invalid percent-encoding in REST paths with 400 instead of crashing the process', async () => {
    for (const path of ['/briefings/%ff%fe.md', '/briefings/%.docx', '/tables/%', '/tables/%ff']) {
      const res = await fetch(`${app.base}${path}`);
      expect(res.status, path).toBe(400);
    }
    expect((await fetch(`${app.base}/healthz`)).status).toBe(200);
  });

  it('answers a GET whose variables are not a JSON object with 400, and a good GET with 200', async () => {
    const q = encodeURIComponent('query ($q: String!) { search(query: $q) { id } }');
    for (const variables of ['%7B', '%5B1%5D', '42']) {
      const res = await fetch(`${app.base}/graphql?query=${q}&variables=${variables}`);
      expect(res.status, variables).toBe(400);
      const body = (await res.json()) as { errors: { message: string }[] };
      expect(body.errors[0]?.message).toContain('"variables" parameter');
    }
    const ok = await fetch(`${app.base}/graphql?query=${q}&variables=${encodeURIComponent('{"q":"铝"}')}`, {
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(ok.status).toBe(200);
  });

  it('says which variable has the wrong type instead of a masked "Unexpected error"', async () => {
    const res = await post(
      JSON.stringify({
        query: 'query ($q: String!) { search(query: $q) { id } }',
        variables: { q: { $ne: null } },
      }),
    );
    const body = JSON.stringify(await res.json());
    expect(res.status).toBe(400);
    expect(body).toContain('String cannot represent a non string value');
    expect(body).not.toContain('Unexpected error');
  });

  it('leaves the graph exactly as it was', async () => {
    expect((await graphHash(db.driver)).hash).toBe(hashBefore);
  });
});
