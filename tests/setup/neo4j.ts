import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Starts a real Neo4j for the `db` test project: a free port, a temporary data directory, removed afterwards.
 * NEO4J_TEST_URI points the tests at an existing (disposable!) Neo4j instead.
 */
export default async function setup(project: TestProject) {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return;
  }
  const { ensureLauncherBuilt, findFreePort, startLocalNeo4j } = await import(
    '../../server/db/localNeo4j.ts'
  );
  await ensureLauncherBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-neo4j-'));
  const port = await findFreePort();
  const neo = await startLocalNeo4j({ port, dataDir, heap: '768m', pageCache: '64m' });
  project.provide('neo4jUri', neo.uri);
  return async () => {
    await neo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
