import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, type LocalNeo4j, startLocalNeo4j } from '../../server/db/localNeo4j.ts';
import { neo4jSizes } from '../cold-start.ts';

/** A Neo4j (sized as the bench's) in a new temporary directory; `stop` stops it and deletes the directory. */
export async function freshNeo4j(prefix: string): Promise<{ neo: LocalNeo4j; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const neo = await startLocalNeo4j({ port: await findFreePort(), dataDir: dir, ...neo4jSizes() });
  return {
    neo,
    stop: async () => {
      await neo.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
