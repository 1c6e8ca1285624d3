import neo4j, {
  type Driver,
  isRetriableError,
  Neo4jError,
  type QueryResult,
  type RecordShape,
  type Transaction,
} from 'neo4j-driver';
import { query, statements } from '../../cypher/index.ts';
import { log } from '../log.ts';
import { bumpGraphVersion } from './graphVersion.ts';
import { enableTcpNoDelay } from './nodelay.ts';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

/** Raised when Neo4j cannot be reached; the GraphQL layer maps it to SERVICE_UNAVAILABLE. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Neo4j is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DatabaseUnavailableError';
  }
}

export function isUnavailable(err: unknown): boolean {
  if (err instanceof Neo4jError) {
    return (
      err.code === 'ServiceUnavailable' ||
      err.code === 'SessionExpired' ||
      err.code === 'Neo.TransientError.General.DatabaseUnavailable'
    );
  }
  return false;
}

/**
 * A transaction over Neo4j's transaction memory limit (db.memory.transaction.max): transient by its code, but
 * the same work fails the same way again, so it is never retried.
 */
export function isOverMemoryLimit(err: unknown): boolean {
  return err instanceof Neo4jError && err.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
}

/** Retries of a transient error that is not an outage (deadlock, lock timeout): a few, quickly. */
const TRANSIENT_RETRIES = [25, 75, 200];
/** While Neo4j is down, how often the background probe asks whether it is back. */
const PROBE_EVERY_MS = 250;

// Before any driver opens a connection (see nodelay.ts).
enableTcpNoDelay();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Queries cheap enough to plan that they never queue behind others after an outage (see Db.run). */
const TRIVIAL = new Set(['ping', 'graph-version/read']);

/**
 * The one data-access object of a process: it owns the driver and runs named Cypher files.
 * Connection failures are translated here, at the boundary; other errors are rethrown as they are.
 *
 * Outages fail fast. Requests never enter the driver's retry loop (its first retry waits a whole second, and a
 * refused connection does not become less refused); instead, the first failure marks the database down, and
 * while it is down every call fails at once with DatabaseUnavailableError without touching the network, and
 * /healthz says 503. A probe asks every PROBE_EVERY_MS whether Neo4j is back and lifts the mark on its first
 * answer.
 */
export class Db {
  readonly driver: Driver;
  readonly database: string | undefined;
  private downSince: number | undefined;
  private closed = false;
  /**
   * Queries that have run since Neo4j was last (re)started, and the first run of each one in progress. A fresh
   * Neo4j plans a query in 1–6 s on this hardware and does not share a plan being compiled: 32 requests arriving
   * together after a restart compiled the chain query 32 times and nothing answered for minutes. The first run
   * of each query goes alone; the others wait for it (whatever its outcome), then run in parallel as usual.
   */
  private planned = new Set<string>();
  private firstRuns = new Map<string, Promise<unknown>>();
  /**
   * After an outage, until every query waiting for its first run has had it, first runs of different queries
   * go one at a time (FIFO) too: a restarted Neo4j planning a dozen queries at once on two cores answered
   * nothing for 17 s, not even the trivial version read that lets the response cache serve again.
   */
  private recovering = false;
  private coldTail: Promise<void> = Promise.resolve();
  private coldWaiting = 0;
  /** Called when Neo4j answers again after an outage (the server warms its query plans, the cache reads the
   * graph's version). */
  private backListeners: (() => void)[] = [];
  /**
   * Write transactions this process has committed or tried to (write, inTransaction, writeOne): part of the response cache's version, so a local write is seen at once.
   */
  writes = 0;

  constructor(settings: Neo4jSettings) {
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: 2000,
      connectionAcquisitionTimeout: 5000,
      // Only for executeWrite on the raw driver (the benchmark loader); the product's reads and writes go through
      // withRetry instead, since the driver's first retry waits a whole second even with a retry time of 0.
      maxTransactionRetryTime: 2000,
      disableLosslessIntegers: true,
      logging: {
        level: 'error',
        logger: (level, message) =>
          log.warn('neo4j-driver', { driverLevel: level, message: message.split('\n')[0] }),
      },
    });
    this.database = settings.database;
  }

  /** True while the last contact with Neo4j failed and the probe has not seen it back yet. */
  get down(): boolean {
    return this.downSince !== undefined;
  }

  /**
   * Runs `work` against the database: fails at once while it is down, marks it down on a connection failure
   * (DatabaseUnavailableError), and retries a transient error (deadlock) a few times. Every use of the driver
   * that serves a request goes through here.
   */
  async withRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      if (this.downSince !== undefined)
        throw new DatabaseUnavailableError('marked down, waiting for it to answer');
      try {
        return await work();
      } catch (err) {
        if (err instanceof DatabaseUnavailableError || isUnavailable(err)) {
          // One immediate retry: a pooled connection the server closed fails once and is replaced; a database
          // that is really gone refuses the second attempt as quickly.
          if (attempt === 0 && !(err instanceof DatabaseUnavailableError)) continue;
          this.markDown(err);
          throw err instanceof DatabaseUnavailableError ? err : new DatabaseUnavailableError(err);
        }
        const wait = TRANSIENT_RETRIES[attempt];
        if (wait === undefined || !isRetriableError(err) || isOverMemoryLimit(err)) throw err;
        await sleep(wait * (0.8 + Math.random() * 0.4));
      }
    }
  }

  private markDown(cause: unknown): void {
    if (this.downSince !== undefined || this.closed) return;
    this.downSince = Date.now();
    // A restarted Neo4j has no query plans: every query's first run goes alone again, one query at a time.
    this.planned.clear();
    this.recovering = true;
    log.warn('neo4j down; failing fast until it answers', {
      error: cause instanceof Error ? cause.message.split('\n')[0] : String(cause),
    });
    void this.probe();
  }

  private async probe(): Promise<void> {
    while (this.downSince !== undefined && !this.closed) {
      await sleep(PROBE_EVERY_MS);
      try {
        const session = this.driver.session({ database: this.database });
        try {
          await session.run(query('ping'));
        } finally {
          await session.close();
        }
        log.info('neo4j is back', { downMs: Date.now() - this.downSince });
        this.downSince = undefined;
        for (const listener of this.backListeners) listener();
      } catch {
        // still down
      }
    }
  }

  /** `listener` runs each time Neo4j answers again after an outage; the function returned removes it. */
  onBack(listener: () => void): () => void {
    this.backListeners.push(listener);
    return () => {
      this.backListeners = this.backListeners.filter((l) => l !== listener);
    };
  }

  /** Run a named read query (cypher/<name>.cypher) with parameters. */
  async read<R extends RecordShape = RecordShape>(name: string, params: Record<string, unknown> = {}) {
    return this.run<R>(name, params, 'READ');
  }

  /** Run one named statement that writes outside the graph's content (API tokens): no graph version bump. */
  async writeOne<R extends RecordShape = RecordShape>(name: string, params: Record<string, unknown> = {}) {
    try {
      return await this.run<R>(name, params, 'WRITE');
    } finally {
      this.writes++;
    }
  }

  /**
   * The one way to change the graph (seed, plan and table imports, the pool import): `work` runs in one write
   * transaction that also bumps the graph's version (so every server's response cache drops what it holds, and
   * a rollback changes no version), and this process counts the write at once (inTransaction).
   */
  async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.inTransaction(async (tx) => {
      await bumpGraphVersion(tx);
      return work(tx);
    });
  }

  private async run<R extends RecordShape>(
    name: string,
    params: Record<string, unknown>,
    mode: 'READ' | 'WRITE',
  ): Promise<R[]> {
    if (!this.planned.has(name)) {
      const first = this.firstRuns.get(name);
      if (first) await first.catch(() => undefined);
      else {
        const run = this.firstRun<R>(name, params, mode);
        this.firstRuns.set(name, run);
        try {
          const rows = await run;
          this.planned.add(name);
          return rows;
        } finally {
          this.firstRuns.delete(name);
        }
      }
    }
    return this.runNow<R>(name, params, mode);
  }

  /** A query's first run; after an outage queued behind the other first runs (trivial queries excepted). */
  private async firstRun<R extends RecordShape>(
    name: string,
    params: Record<string, unknown>,
    mode: 'READ' | 'WRITE',
  ): Promise<R[]> {
    if (!this.recovering || TRIVIAL.has(name)) return this.runNow<R>(name, params, mode);
    const previous = this.coldTail;
    let release = () => {};
    this.coldTail = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.coldWaiting++;
    try {
      await previous;
      return await this.runNow<R>(name, params, mode);
    } finally {
      this.coldWaiting--;
      // The last one out while Neo4j answers ends the recovery: first runs go side by side again.
      if (this.coldWaiting === 0 && this.downSince === undefined) this.recovering = false;
      release();
    }
  }

  private runNow<R extends RecordShape>(
    name: string,
    params: Record<string, unknown>,
    mode: 'READ' | 'WRITE',
  ): Promise<R[]> {
    return this.withRetry(async () => {
      // An auto-commit query: unlike executeQuery it has no retry loop of the driver's own.
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      try {
        const result: QueryResult<R> = await session.run<R>(query(name), params);
        return result.records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    });
  }

  /**
   * One explicit write transaction for `work`, committed when it returns and rolled back when it throws; through
   * withRetry, so it fails at once while Neo4j is down and a deadlock is retried.
   */
  async inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.withRetry(async () => {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.WRITE,
      });
      const tx = session.beginTransaction();
      try {
        const out = await work(tx);
        await tx.commit();
        return out;
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw err;
      } finally {
        // Also after a failed commit, whose outcome the client cannot always know.
        this.writes++;
        await session.close();
      }
    });
  }

  /** True when the database answers a trivial query; false at once while it is marked down. */
  async ping(): Promise<boolean> {
    try {
      await this.read('ping');
      return true;
    } catch {
      return false;
    }
  }

  /** Apply constraints and indexes; every statement is idempotent. */
  async applySchema(): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      for (const stmt of statements('schema/constraints')) await session.run(stmt);
      await session.run(query('schema/await-indexes'), { seconds: 60 });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.driver.close();
  }
}
