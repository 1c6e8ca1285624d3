import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Db } from '../../server/db/neo4j.ts';

// No database: /healthz pings a stub, and a GraphQL query of __typename resolves no token.
const db = { ping: async () => true } as unknown as Db;
const TOKEN = 'a1b2c3d4'.repeat(8);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('request log', () => {
  it('never contains the bearer token of a request', async () => {
    const previous = process.env.LOG_LEVEL;
    delete process.env.LOG_LEVEL;
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const app = createApp(db, { production: true, serveClient: false });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
      const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
      await (await fetch(`${base}/healthz`, { headers })).text();
      await (
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: '{ __typename }' }),
        })
      ).text();
      await vi.waitFor(() => expect(lines.filter((l) => l.includes('"msg":"request"'))).toHaveLength(2));
    } finally {
      app.closeAllConnections();
      await new Promise((r) => app.close(r));
      if (previous !== undefined) process.env.LOG_LEVEL = previous;
    }
    const requests = lines.filter((l) => l.includes('"msg":"request"'));
    expect(requests.join('')).toContain('/graphql');
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line.toLowerCase()).not.toContain('bearer');
    }
  });
});
