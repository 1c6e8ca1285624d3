import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeed } from '../../seed/index.ts';
import { processActor } from '../../server/audit/entries.ts';
import {
  ensureLauncherBuilt,
  findFreePort,
  type LocalNeo4j,
  startLocalNeo4j,
  stopChild,
} from '../../server/db/localNeo4j.ts';
import { Db } from '../../server/db/neo4j.ts';
import { repoRoot } from '../../server/paths.ts';

/** Where one chaos run keeps its Neo4j store and the server logs; removed at the end unless CHAOS_KEEP=1. */
export const workDir = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-chaos-'));

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The chaos run's own Neo4j (never the developer's): a free port, a temporary store, killable and restartable. */
export class ChaosNeo4j {
  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private neo: LocalNeo4j,
  ) {}

  static async start(): Promise<ChaosNeo4j> {
    await ensureLauncherBuilt();
    const port = await findFreePort();
    const dataDir = path.join(workDir, 'neo4j');
    const neo = await startLocalNeo4j({ port, dataDir, heap: '768m', pageCache: '128m' });
    return new ChaosNeo4j(port, dataDir, neo);
  }

  get uri(): string {
    return this.neo.uri;
  }

  get pid(): number | undefined {
    return this.neo.process.pid;
  }

  /** SIGKILL the JVM: no shutdown hook, no goodbye to clients — the harsh version of a crash. */
  async kill(): Promise<void> {
    const child = this.neo.process;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Starts Neo4j again on the same port and store; resolves when it accepts Bolt connections. */
  async restart(): Promise<void> {
    this.neo = await startLocalNeo4j({
      port: this.port,
      dataDir: this.dataDir,
      heap: '768m',
      pageCache: '128m',
    });
  }

  async stop(): Promise<void> {
    await this.neo.stop();
  }
}

/** A Db for the harness itself (hashing, sampling ids), separate from the server under test. */
export function harnessDb(neo: ChaosNeo4j): Db {
  return new Db({ uri: neo.uri, user: 'neo4j', password: 'chaos' });
}

/** Constraints, indexes and the seed, as `npm start` does on an empty database. */
export async function seed(db: Db): Promise<void> {
  await db.applySchema();
  await loadSeed(db, { reset: true, actor: processActor('CLI') });
}

export interface ServerUnderTest {
  base: string;
  pid: number;
  child: ChildProcess;
  logFile: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resident set size of the server process (VmRSS from /proc/<pid>/status), in MB. */
  rssMb: () => number;
  log: () => string;
  stop: () => Promise<void>;
}

let serverCount = 0;
/** Server children still running, stopped by cleanUp() if the run is interrupted. */
const running = new Set<ChildProcess>();

/**
 * The per-client limits off: the other scenarios' load is 32 simulated clients sharing one address, which the
 * limits would (rightly) treat as one client. `abuse` runs with the limits as deployed.
 */
const NO_LIMITS = {
  RATE_LIMIT_BRIEFINGS: '0',
  RATE_LIMIT_EXPORTS: '0',
  RATE_LIMIT_UPLOADS: '0',
  RATE_LIMIT_GRAPHQL: '0',
};

/**
 * The server under test as a real child process: `node --import tsx server/main.ts` (what `npm start` runs,
 * without npm's and tsx's wrapper processes, so the pid is the server's own), against the chaos Neo4j, in
 * production mode, API only, per-client limits off unless `limits` (`env` overrides; NEO4J_URI '' lets it start
 * and supervise its own local Neo4j). Resolves once /healthz answers 200.
 */
export async function startServer(
  neo4jUri: string,
  env: Record<string, string> = {},
  readyMs = 90_000,
  opts: { limits?: boolean } = {},
): Promise<ServerUnderTest> {
  const port = await findFreePort();
  const logFile = path.join(workDir, `server-${++serverCount}.log`);
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      NEO4J_URI: neo4jUri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'chaos',
      SEED_ON_START: 'false',
      SERVE_CLIENT: 'false',
      READ_REQUIRES_TOKEN: 'false',
      LOG_LEVEL: 'info',
      ...(opts.limits ? {} : NO_LIMITS),
      ...env,
    },
  });
  closeSync(fd);
  running.add(child);
  child.once('exit', () => running.delete(child));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const base = `http://127.0.0.1:${port}`;
  const log = () => readFileSync(logFile, 'utf8');
  const deadline = Date.now() + readyMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited during start-up:\n${log().slice(-2000)}`);
    const up = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline)
      throw new Error(`server not ready within ${readyMs / 1000} s:\n${log().slice(-2000)}`);
    await sleep(250);
  }
  const pid = child.pid as number;
  return {
    base,
    pid,
    child,
    logFile,
    exited,
    log,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return Number(m?.[1] ?? Number.NaN) / 1024;
    },
    stop: () => stopChild(child, exited),
  };
}

export function cleanUp(): void {
  for (const child of running) child.kill('SIGKILL');
  if (process.env.CHAOS_KEEP === '1') {
    process.stdout.write(`kept ${workDir}\n`);
    return;
  }
  rmSync(workDir, { recursive: true, force: true });
}
