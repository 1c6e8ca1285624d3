/** npm run db — runs the local Neo4j in the foreground (Ctrl-C stops it). */
import path from 'node:path';
import { readConfig } from '../server/config.ts';
import { ensureLauncherBuilt, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { repoRoot } from '../server/paths.ts';

async function main(): Promise<void> {
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
}

main().catch((err: unknown) => {
  process.stderr.write(`ERROR: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
