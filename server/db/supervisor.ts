import { closeSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { type LocalNeo4j, type StartOptions, startLocalNeo4j } from './localNeo4j.ts';

/** The JVM's output log is rotated when it passes this size; one rotated file (`.1`) is kept. */
export const MAX_LOG_BYTES = 10 * 1024 * 1024;
/** Restart delays: 1 s, 2 s, 4 s … at most 30 s; back to 1 s after a run that stayed up this long. */
export const BACKOFF = { firstMs: 1000, maxMs: 30_000, stableMs: 60_000 };

/** Appends to a file, renaming it to `<file>.1` (replacing the older one) when it passes `maxBytes`. */
class CappedLog {
  private fd: number;
  private size: number;

  constructor(
    readonly file: string,
    private readonly maxBytes: number,
  ) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.fd = openSync(file, 'a');
    this.size = statSync(file).size;
  }

  write(text: string): void {
    if (this.size >= this.maxBytes) {
      closeSync(this.fd);
      renameSync(this.file, `${this.file}.1`);
      this.fd = openSync(this.file, 'a');
      this.size = 0;
    }
    this.size += writeSync(this.fd, text);
  }

  line(message: string): void {
    this.write(`${new Date().toISOString()} [supervisor] ${message}\n`);
  }

  close(): void {
    closeSync(this.fd);
  }
}

export type LocalState = 'starting' | 'up' | 'restarting' | 'stopped';

export interface LocalStatus {
  state: LocalState;
  /** Restarts attempted since this process started it. */
  restarts: number;
  /** The last unexpected exit: exit code or signal, and when (ISO). */
  lastExit: { code: number | null; signal: string | null; at: string } | null;
  /** Where the JVM's stdout and stderr go. */
  log: string;
}

export interface SupervisorOptions extends StartOptions {
  /** Default `<dataDir>/logs/jvm.log`. */
  logFile?: string;
  maxLogBytes?: number;
  backoff?: typeof BACKOFF;
}

/**
 * Runs the local Neo4j and keeps it running: its stdout and stderr go to a size-capped log file, and when it
 * exits without being asked to (killed, out of memory, crashed) it is started again on the same port and store
 * after 1 s, 2 s, 4 s … (at most 30 s; the delay starts over after a run that stayed up a minute). Meanwhile
 * the server's Db fails fast with SERVICE_UNAVAILABLE and sees Neo4j back through its probe; /healthz shows
 * `status()`.
 */
export class Neo4jSupervisor {
  private current: LocalNeo4j | undefined;
  private readonly log: CappedLog;
  private readonly backoff: typeof BACKOFF;
  private state: LocalState = 'starting';
  private restarts = 0;
  private attempt = 0;
  private upSince: number | undefined;
  private lastExit: LocalStatus['lastExit'] = null;
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(private readonly opts: SupervisorOptions) {
    this.log = new CappedLog(
      opts.logFile ?? path.join(opts.dataDir, 'logs', 'jvm.log'),
      opts.maxLogBytes ?? MAX_LOG_BYTES,
    );
    this.backoff = opts.backoff ?? BACKOFF;
  }

  /** Starts Neo4j the first time; rejects (and supervises nothing) when that fails, like startLocalNeo4j. */
  async start(): Promise<{ uri: string }> {
    const neo = await this.launch();
    return { uri: neo.uri };
  }

  /** The process id of the running JVM (for tests and chaos scenarios that kill it). */
  get pid(): number | undefined {
    return this.current?.process.pid;
  }

  status(): LocalStatus {
    return { state: this.state, restarts: this.restarts, lastExit: this.lastExit, log: this.log.file };
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.current?.stop();
    this.state = 'stopped';
    this.log.line('stopped');
    this.log.close();
  }

  private async launch(): Promise<LocalNeo4j> {
    this.log.line(`starting Neo4j on port ${this.opts.port} (${this.opts.dataDir})`);
    const neo = await startLocalNeo4j({ ...this.opts, output: (chunk) => this.log.write(chunk) });
    this.current = neo;
    this.state = 'up';
    this.upSince = Date.now();
    this.log.line(`Neo4j ready, pid ${neo.process.pid}`);
    neo.process.once('exit', (code, signal) => this.exited(code, signal));
    return neo;
  }

  private exited(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping) return;
    this.lastExit = { code, signal, at: new Date().toISOString() };
    if (this.upSince !== undefined && Date.now() - this.upSince >= this.backoff.stableMs) this.attempt = 0;
    this.upSince = undefined;
    this.scheduleRestart(`Neo4j exited unexpectedly (code ${code}, signal ${signal})`);
  }

  private scheduleRestart(why: string): void {
    this.state = 'restarting';
    const delay = Math.min(this.backoff.firstMs * 2 ** this.attempt, this.backoff.maxMs);
    this.attempt++;
    this.log.line(`${why}; restarting in ${delay} ms`);
    this.opts.log?.(`${why}; restarting in ${delay} ms (log: ${this.log.file})`);
    this.timer = setTimeout(() => {
      if (this.stopping) return;
      this.restarts++;
      this.launch().then(
        () => this.opts.log?.(`Neo4j restarted (restart ${this.restarts})`),
        (err: unknown) => {
          if (!this.stopping) this.scheduleRestart(`restart failed: ${(err as Error).message}`);
        },
      );
    }, delay);
  }
}

/**
 * What /healthz adds for a supervised local Neo4j: its restarts and last unexpected exit, and — while it is
 * down because the supervisor is starting it again — `neo4j: 'restarting'` instead of `'down'`.
 */
export function localHealth(up: boolean, s: LocalStatus | undefined): Record<string, unknown> {
  if (!s) return {};
  const extra = { restarts: s.restarts, lastExit: s.lastExit };
  return up || s.state === 'up' ? extra : { neo4j: s.state, ...extra };
}
