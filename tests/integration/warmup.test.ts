import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { warmUp, warmUpRequests } from '../../server/warmup.ts';
import { resetAndSeed, startApp, testDb } from '../helpers.ts';

// Before `ready` the server asks itself for the heaviest chain map (server/main.ts): the request must stay a valid
// operation against the schema, or the warm-up would fail quietly (it is never fatal).
let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  app = await startApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('warm-up queries', () => {
  it('plans every named query with the parameters it needs: none fails', async () => {
    // Found starting the server: gap-candidates gained a $zone parameter the warm-up did not pass, so the query a
    // first upstream view needs went unplanned (a warning in the log, nothing else).
    await db.driver.executeQuery('CALL db.awaitIndexes(60)');
    expect(await warmUp(db)).toEqual([]);
  }, 300_000);

  it('plans the token lookup, which the first upload (and every request with a token) makes', async () => {
    const names: string[] = [];
    const recording = new Proxy(db, {
      get: (target, key) =>
        key === 'read'
          ? (name: string, params?: Record<string, unknown>) => {
              names.push(name);
              return target.read(name, params);
            }
          : Reflect.get(target, key),
    });
    expect(await warmUp(recording)).toEqual([]);
    expect(names).toContain('auth/token-by-hash');
  }, 300_000);
});

describe('warm-up request', () => {
  it('draws the chain with the most links through the server, without errors', async () => {
    const rows = await db.driver.executeQuery(
      `MATCH (c:Chain) RETURN c.id AS id, COUNT { (c)-[:HAS_LINK]->(:Product) } AS n ORDER BY n DESC, c.id LIMIT 1`,
    );
    const heaviest = {
      chain: rows.records[0]?.get('id') as string,
      links: Number(rows.records[0]?.get('n')),
    };
    expect(heaviest.links).toBeGreaterThan(0);
    await expect(warmUpRequests(db, app.base)).resolves.toEqual(heaviest);
  });
});
