/** npm run db — runs the local Neo4j in the foreground (Ctrl-C stops it). */
import path from 'node:path';
import { readConfig } from '../server/config.ts';
import { ensureLauncherBuilt, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { repoRoot } from '../server/paths.ts';
import { runCli } from './lib/cli.ts';

/** Starts what keeps the process alive and returns no exit code: Ctrl-C stops it. */
async function main(): Promise<undefined> {
  const { local } = readConfig();
  await ensureLauncherBuilt({ log: (s) => process.stdout.write(`${s}\n`) });
  const neo = await startLocalNeo4j({
    port: local.port,
    dataDir: path.resolve(repoRoot, local.dataDir),
    heap: local.heap,
    pageCache: local.pageCache,
    log: (s) => process.stdout.write(`${s}\n`),
  });
  process.stdout.write(`Neo4j is running at ${neo.uri} (data: ${local.dataDir}). Press Ctrl-C to stop.\n`);
  const stop = () => void neo.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return undefined;
}

runCli(main);
