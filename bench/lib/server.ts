/**
 * The server under test (`tsx server/main.ts` of a checkout, NODE_ENV=production, no seeding, per-client limits
 * off) as a child process against the benchmark's Neo4j. Resolves once /healthz answers and the server has logged
 * that its queries are warmed up (server/warmup.ts): measuring before would time Neo4j's planner, not the
 * product. `root` is the checkout to run (another commit's worktree for `--compare`); its log goes to `logFile`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { findFreePort } from '../../server/db/localNeo4j.ts';

export interface BenchServer {
  url: string;
  child: ChildProcess;
  /** ms from spawn to healthy, and to warmed up. */
  startup: { healthyMs: number; readyMs: number; warmedMs: number | null };
  stop: () => Promise<void>;
}

export async function startServer(
  neo4jUri: string,
  opts: {
    root: string;
    logFile: string;
    env?: Record<string, string>;
    /** 'ready': resolve as soon as the server logs ready (what `npm start` users see); default 'warmed'. */
    waitFor?: 'ready' | 'warmed';
  },
): Promise<BenchServer> {
  const port = await findFreePort();
  const t0 = performance.now();
  const child = spawn(path.join(opts.root, 'node_modules', '.bin', 'tsx'), ['server/main.ts'], {
    cwd: opts.root,
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_URI: neo4jUri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: '',
      SEED_ON_START: 'false',
      NODE_ENV: 'production',
      // The benchmark's 32 connections share one address: per-client limits off (docs/RELIABILITY.md).
      RATE_LIMIT_BRIEFINGS: '0',
      RATE_LIMIT_EXPORTS: '0',
      RATE_LIMIT_UPLOADS: '0',
      RATE_LIMIT_GRAPHQL: '0',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(opts.logFile);
  child.stdout?.pipe(log);
  let warmedMs: number | null = null;
  let readyMs: number | null = null;
  child.stdout?.on('data', (d: Buffer) => {
    const text = d.toString();
    if (readyMs === null && text.includes('"msg":"ready"')) readyMs = performance.now() - t0;
    if (warmedMs === null && text.includes('"warmed up queries"')) warmedMs = performance.now() - t0;
  });
  const waitForWarm = (opts.waitFor ?? 'warmed') === 'warmed';
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    log.write(d);
    stderr += d.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  // The warm-up plans every named query against the national graph: minutes on a cold store of a loaded machine.
  const deadline = Date.now() + 600_000;
  let healthyMs: number | null = null;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr.slice(-2000)}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.status === 200) healthyMs ??= performance.now() - t0;
      if (r.status === 200 && readyMs !== null && (!waitForWarm || warmedMs !== null)) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`server not healthy and warmed up after 600 s: ${stderr.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, waitForWarm ? 100 : 10));
  }
  return {
    url,
    child,
    startup: {
      healthyMs: Math.round(healthyMs ?? 0),
      readyMs: Math.round(readyMs ?? 0),
      warmedMs: warmedMs === null ? null : Math.round(warmedMs),
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
