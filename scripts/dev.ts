/**
 * npm run dev — starts the local Neo4j once (unless NEO4J_URI is set), then the server with reload on change
 * (tsx watch) and the Vite dev server with hot reload, proxying /graphql to the server.
 * Open http://localhost:5173.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { readConfig } from '../server/config.ts';
import { ensureLauncherBuilt, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { repoRoot } from '../server/paths.ts';
import { runCli } from './lib/cli.ts';

/** Starts what keeps the process alive and returns no exit code: Ctrl-C stops it. */
async function main(): Promise<undefined> {
  const config = readConfig();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development' };
  let stopDb = async () => {};
  if (!config.neo4j) {
    await ensureLauncherBuilt({ log: (s) => process.stdout.write(`${s}\n`) });
    const neo = await startLocalNeo4j({
      port: config.local.port,
      dataDir: path.resolve(repoRoot, config.local.dataDir),
      heap: config.local.heap,
      pageCache: config.local.pageCache,
    });
    env.NEO4J_URI = neo.uri;
    env.NEO4J_USER = 'neo4j';
    env.NEO4J_PASSWORD = 'local';
    stopDb = neo.stop;
  }
  const children: ChildProcess[] = [
    spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/main.ts'], { stdio: 'inherit', env }),
    spawn('npx', ['vite'], { stdio: 'inherit', env }),
  ];
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const c of children) c.kill('SIGINT');
    void stopDb().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const c of children) c.on('exit', stop);
  return undefined;
}

runCli(main);
