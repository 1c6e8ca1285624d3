import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { ensureLauncherBuilt, findFreePort, startLocalNeo4j } from '../../server/db/localNeo4j.ts';
import { Db } from '../../server/db/neo4j.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'local-neo4j-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function health(base: string) {
  const res = await fetch(`${base}/healthz`);
  return { status: res.status, body: await res.json() };
}

describe('the local Neo4j', () => {
  it('says clearly when Java is missing', async () => {
    const saved = process.env.PATH;
    process.env.PATH = tmp();
    try {
      await expect(ensureLauncherBuilt()).rejects.toThrow(/Java 17 is required.*java.*not found.*NEO4J_URI/s);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('says clearly when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as AddressInfo).port;
    try {
      await expect(startLocalNeo4j({ port, dataDir: tmp(), heap: '256m' })).rejects.toThrow(
        `port ${port} on 127.0.0.1 is already in use; set LOCAL_NEO4J_PORT to another port`,
      );
    } finally {
      blocker.close();
    }
  });

  it('/healthz goes 503 while Neo4j is down, the server stays up, and it is green again when Neo4j is back', async () => {
    const port = await findFreePort();
    const dataDir = tmp();
    let neo = await startLocalNeo4j({ port, dataDir, heap: '384m', pageCache: '32m' });
    const db = new Db({ uri: neo.uri, user: 'neo4j', password: 'x' });
    const app = createApp(db, { production: true, serveClient: false });
    await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    try {
      expect(await health(base)).toEqual({ status: 200, body: { status: 'ok', neo4j: 'up' } });
      await neo.stop();
      const started = Date.now();
      expect(await health(base)).toEqual({ status: 503, body: { status: 'degraded', neo4j: 'down' } });
      expect(Date.now() - started).toBeLessThan(10_000);
      neo = await startLocalNeo4j({ port, dataDir, heap: '384m', pageCache: '32m' });
      let back = await health(base);
      for (let i = 0; i < 20 && back.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 500));
        back = await health(base);
      }
      expect(back).toEqual({ status: 200, body: { status: 'ok', neo4j: 'up' } });
    } finally {
      app.closeAllConnections();
      await new Promise((r) => app.close(r));
      await db.close();
      await neo.stop();
    }
  });
});
