import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { repoRoot } from '../paths.ts';

/**
 * The local Neo4j: neo4j-launcher/ (a tiny Java program embedding Neo4j Community 5.26 with Bolt on 127.0.0.1),
 * built by Maven on first use, spawned as a child process that prints NEO4J_READY when it accepts connections.
 */
const launcherDir = path.join(repoRoot, 'neo4j-launcher');
const jar = path.join(launcherDir, 'target', 'neo4j-launcher.jar');
const libDir = path.join(launcherDir, 'target', 'lib');

type Log = (line: string) => void;

function run(cmd: string, args: string[], cwd = repoRoot): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    let child: ChildProcess;
    try {
      child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch {
      resolve({ code: null, output: '' });
      return;
    }
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', () => resolve({ code: null, output }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'target') continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Checks for Java 17+ and Maven, and builds the launcher when it is missing or older than its sources. */
export async function ensureLauncherBuilt(opts: { log?: Log } = {}): Promise<void> {
  const java = await run('java', ['-version']);
  if (java.code !== 0) {
    throw new Error(
      'Java 17 is required to run the local Neo4j, but `java` was not found on PATH. Install a JDK 17 ' +
        '(Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const major = Number(/version "(\d+)/.exec(java.output)?.[1] ?? '0');
  if (major < 17) {
    throw new Error(
      `Java 17 or newer is required to run the local Neo4j, found Java ${major}. Install a JDK 17 or set NEO4J_URI.`,
    );
  }
  const built =
    existsSync(jar) &&
    existsSync(libDir) &&
    statSync(jar).mtimeMs >=
      Math.max(
        statSync(path.join(launcherDir, 'pom.xml')).mtimeMs,
        newestSource(path.join(launcherDir, 'src')),
      );
  if (built) return;
  const mvn = await run('mvn', ['-v']);
  if (mvn.code !== 0) {
    throw new Error(
      'Maven is required to build the local Neo4j launcher, but `mvn` was not found on PATH. Install Maven ' +
        '(Debian/Ubuntu: apt-get install -y maven) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  opts.log?.('building the local Neo4j launcher (first run downloads Neo4j from Maven Central)…');
  const build = await run('mvn', ['-q', '-B', '-f', path.join(launcherDir, 'pom.xml'), 'package']);
  if (build.code !== 0) {
    const tail = build.output.trim().split('\n').slice(-15).join('\n');
    throw new Error(`Building the Neo4j launcher failed (mvn package in neo4j-launcher/):\n${tail}`);
  }
}

/** A free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** SIGTERM, then SIGKILL after 20 s; resolves when the child has exited (at once if it already has). */
export async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

export interface LocalNeo4j {
  uri: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

export interface StartOptions {
  port: number;
  dataDir: string;
  heap?: string;
  pageCache?: string;
  log?: Log;
  timeoutMs?: number;
  /** Everything the JVM prints (stdout and stderr) is also appended here, e.g. by the supervisor's log. */
  output?: (chunk: string) => void;
}

/**
 * Transaction memory limits from the heap: all transactions together may hold TX_TOTAL_SHARE of it, one
 * TX_MAX_SHARE. A 1-million-row import used to fill the heap (GC thrash, then the JVM exited); with a limit the
 * transaction fails with MemoryPoolOutOfMemoryError and rolls back, and Neo4j keeps serving.
 */
const TX_TOTAL_SHARE = 0.6;
const TX_MAX_SHARE = 0.45;

/** `512m`, `1g`, `768k` or bytes → bytes; NaN when unreadable. */
export function sizeBytes(size: string): number {
  const m = /^(\d+)([kmg]?)b?$/i.exec(size.trim());
  if (!m) return Number.NaN;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Number(m[1]) * unit;
}

/** The launcher's --tx-total/--tx-max for a heap (in MiB, at least 32m each); none when the heap is unreadable. */
export function transactionLimits(heap: string): string[] {
  const bytes = sizeBytes(heap);
  if (!Number.isFinite(bytes)) return [];
  const mib = (share: number) => `${Math.max(32, Math.floor((bytes * share) / 1024 ** 2))}m`;
  return ['--tx-total', mib(TX_TOTAL_SHARE), '--tx-max', mib(TX_MAX_SHARE)];
}

/** LOCAL_NEO4J_JAVA_OPTS, split on whitespace (none when unset). */
export function extraJavaOptions(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.LOCAL_NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter((x) => x !== '');
}

/**
 * Spawns the launcher and resolves when it prints NEO4J_READY. Rejects with the launcher's own ERROR line
 * (port taken, store locked, …) if it exits first, or after `timeoutMs`. The child watches its stdin and exits
 * when this process dies, so no JVM is left behind.
 */
export function startLocalNeo4j(opts: StartOptions): Promise<LocalNeo4j> {
  const heap = opts.heap ?? (process.env.LOCAL_NEO4J_HEAP?.trim() || '512m');
  const pageCache = opts.pageCache ?? (process.env.LOCAL_NEO4J_PAGECACHE?.trim() || '128m');
  mkdirSync(opts.dataDir, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      // a JVM crash report lands beside Neo4j's logs, not in the working directory
      `-XX:ErrorFile=${path.join(opts.dataDir, 'logs', 'hs_err_pid%p.log')}`,
      // without these Neo4j's page cache falls back to a slower mode (warning in debug.log)
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      // extra JVM flags, e.g. a flight recording of the database's CPU (docs/BENCHMARKS.md, "The import's
      // producer counts and node lookups")
      ...extraJavaOptions(),
      '-cp',
      `${jar}${path.delimiter}${path.join(libDir, '*')}`,
      'chainkg.Launcher',
      '--port',
      String(opts.port),
      '--data',
      opts.dataDir,
      '--pagecache',
      pageCache,
      ...transactionLimits(heap),
      '--exit-on-stdin-eof',
    ],
    { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = () => stopChild(child, exited);

  return new Promise((resolve, reject) => {
    let stderr = '';
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => reject(new Error(message)));
    };
    const timer = setTimeout(
      () =>
        fail(
          `Neo4j did not start within ${Math.round((opts.timeoutMs ?? 120_000) / 1000)} s (see ${opts.dataDir}/logs)`,
        ),
      opts.timeoutMs ?? 120_000,
    );
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      opts.output?.(chunk);
      // keep reading (so the pipe never fills) but only parse until ready; a line may span chunks
      if (settled) return;
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^NEO4J_READY (\S+)/.exec(line.trim());
        if (m?.[1] && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve({ uri: m[1], process: child, stop });
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      opts.output?.(chunk);
      stderr = (stderr + chunk).slice(-8192);
    });
    child.on('error', (err) => fail(`Cannot run java: ${err.message}`));
    child.on('exit', (code) => {
      const line = stderr
        .split('\n')
        .find((l) => l.startsWith('ERROR:'))
        ?.replace(/^ERROR:\s*/, '');
      fail(
        line ??
          `Neo4j exited with code ${code} before it was ready${stderr ? `: ${stderr.trim().slice(-500)}` : ''}`,
      );
    });
  });
}
