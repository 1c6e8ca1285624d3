import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { testDb } from '../helpers.ts';

// Db.write is the one way writers (seed, imports, tables, pool) change the graph.
let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.driver.executeQuery('MATCH (n:DbWriteProbe) DELETE n');
  await db.close();
});

const version = async () => (await db.read<{ version: string }>('graph-version/read'))[0]?.version ?? '';
const probes = async () =>
  Number((await db.driver.executeQuery('MATCH (n:DbWriteProbe) RETURN count(n) AS n')).records[0]?.get('n'));

describe('Db.write', () => {
  it('runs the work in one transaction, bumps the graph version inside it and counts the local write', async () => {
    const before = await version();
    const writes = db.writes;
    const out = await db.write(async (tx) => {
      await tx.run('CREATE (:DbWriteProbe)');
      return 'done';
    });
    expect(out).toBe('done');
    expect(await probes()).toBe(1);
    expect(await version()).not.toBe(before);
    expect(db.writes).toBe(writes + 1);
  });

  it('rolls everything back when the work throws: no change, no new version, the attempt still counted', async () => {
    const before = await version();
    const writes = db.writes;
    const count = await probes();
    await expect(
      db.write(async (tx) => {
        await tx.run('CREATE (:DbWriteProbe)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await probes()).toBe(count);
    expect(await version()).toBe(before);
    expect(db.writes).toBe(writes + 1);
  });
});
