/**
 * The worker pool (piscina) that reads uploaded files and renders briefings off the event loop, so that a heavy
 * or hostile file never delays another request. Each job gets LIMITS.JOB_TIME_MS from the moment a worker starts
 * it and LIMITS.JOB_MEMORY_MB of heap; over either, its worker is terminated (piscina starts a fresh one) and the
 * job ends in a JobFailure saying which limit. At most JOB_WORKERS jobs run and JOB_QUEUE wait; one more is BUSY,
 * and so is a job that waited JOB_WAIT_MS without a worker starting it.
 */
import { Piscina } from 'piscina';
import { LIMITS } from '../limits.ts';
import { JobFailure } from './failure.ts';
import { JOB_LABELS, type Job, type JobKind, type JobResults } from './jobs.ts';
import type { WorkerAnswer } from './worker.ts';

export interface PoolOptions {
  /** The worker module (a .ts file URL); tests give their own. */
  entry?: string;
  workers?: number;
  queue?: number;
  timeMs?: number;
  waitMs?: number;
  memoryMb?: number;
}

const BOOT = new URL('./boot.mjs', import.meta.url).href;
const WORKER = new URL('./worker.ts', import.meta.url).href;
/** Why a job was aborted: its time was up, or it waited too long for a worker. */
const TIME_UP = Symbol('time up');
const WAIT_UP = Symbol('wait up');

const failure = (status: number, code: string, message: string, details: Record<string, unknown>) =>
  new JobFailure({ status, code, message, details });

export class JobPool {
  private readonly pool: Piscina;
  private readonly starts = new Map<number, () => void>();
  private readonly capacity: number;
  private readonly timeMs: number;
  private readonly waitMs: number;
  private readonly memoryMb: number;
  private active = 0;
  private seq = 0;

  constructor(opts: PoolOptions = {}) {
    const workers = opts.workers ?? LIMITS.JOB_WORKERS;
    const queue = opts.queue ?? LIMITS.JOB_QUEUE;
    this.capacity = workers + queue;
    this.timeMs = opts.timeMs ?? LIMITS.JOB_TIME_MS;
    this.waitMs = opts.waitMs ?? LIMITS.JOB_WAIT_MS;
    this.memoryMb = opts.memoryMb ?? LIMITS.JOB_MEMORY_MB;
    this.pool = new Piscina({
      filename: BOOT,
      workerData: { entry: opts.entry ?? WORKER },
      // Kept running: piscina replaces a terminated worker only up to minThreads, and jobs queued behind a killed
      // one would otherwise wait for the next submission to start a worker.
      minThreads: workers,
      maxThreads: workers,
      maxQueue: queue + workers,
      idleTimeout: 60_000,
      atomics: 'disabled',
      resourceLimits: {
        maxOldGenerationSizeMb: this.memoryMb,
        maxYoungGenerationSizeMb: Math.min(LIMITS.JOB_YOUNG_MEMORY_MB, this.memoryMb),
        stackSizeMb: 4,
      },
    });
    this.pool.on('message', (m: { jobStarted?: number }) => {
      if (typeof m?.jobStarted === 'number') this.starts.get(m.jobStarted)?.();
    });
    // A worker that dies between jobs is replaced by piscina; nothing is waiting on it.
    this.pool.on('error', () => {});
  }

  /** Worker threads running (started with the pool, kept at the configured number). */
  get workers(): number {
    return this.pool.threads.length;
  }

  /** Jobs running or waiting. */
  get load(): number {
    return this.active;
  }

  /** Runs a job in a worker; rejects with a JobFailure for a refusal or a limit, with the error for a bug. */
  async run<K extends JobKind>(job: Extract<Job, { kind: K }>): Promise<JobResults[K]> {
    if (this.active >= this.capacity) throw this.busy();
    this.active++;
    const id = ++this.seq;
    const abort = new AbortController();
    let timer = setTimeout(() => abort.abort(WAIT_UP), this.waitMs);
    this.starts.set(id, () => {
      clearTimeout(timer);
      timer = setTimeout(() => abort.abort(TIME_UP), this.timeMs);
    });
    try {
      const answer = (await this.pool.run({ id, job }, { signal: abort.signal })) as WorkerAnswer;
      if (!answer.ok) throw new JobFailure(answer.failure);
      return answer.value as JobResults[K];
    } catch (err) {
      throw this.translate(err, job.kind, abort.signal);
    } finally {
      clearTimeout(timer);
      this.starts.delete(id);
      this.active--;
    }
  }

  private busy(waited = false): JobFailure {
    const why = waited ? `waited ${this.waitMs / 1000} s for a worker` : 'has no room for another file';
    return failure(503, 'BUSY', `The server ${why}; try again in ${LIMITS.RETRY_AFTER_S} s.`, {
      limit: waited ? 'JOB_WAIT_MS' : 'JOB_QUEUE',
      max: waited ? this.waitMs : this.capacity,
      retryAfter: LIMITS.RETRY_AFTER_S,
    });
  }

  private translate(err: unknown, kind: JobKind, signal: AbortSignal): unknown {
    if (err instanceof JobFailure) return err;
    if (signal.aborted && signal.reason === WAIT_UP) return this.busy(true);
    if (signal.aborted && signal.reason === TIME_UP)
      return failure(
        422,
        'LIMIT_TIME',
        `${JOB_LABELS[kind] ?? 'The job'} took longer than ${this.timeMs / 1000} s and was stopped.`,
        {
          limit: 'JOB_TIME_MS',
          max: this.timeMs,
        },
      );
    if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
      return failure(
        413,
        'LIMIT_MEMORY',
        `${JOB_LABELS[kind] ?? 'The job'} needed more than ${this.memoryMb} MB and was stopped.`,
        {
          limit: 'JOB_MEMORY_MB',
          max: this.memoryMb,
        },
      );
    if ((err as Error).message === 'Task queue is at limit') return this.busy();
    return err;
  }

  /** Waits for running jobs, then ends the workers. */
  close(): Promise<void> {
    return this.pool.close();
  }
}

let shared: JobPool | undefined;
/** The server's pool, started when first asked for. */
const serverPool = (): JobPool => {
  shared ??= new JobPool();
  return shared;
};

/**
 * Starts the server's pool now rather than on the first job: its workers load the extractor (segmenter, dictionary,
 * gazetteer, OpenCC) while they wait, so the first upload after a start does not wait for them. The server calls it
 * before its query warm-up (server/main.ts); tests that start an app leave the pool to the first job.
 */
export function startJobPool(): number {
  return serverPool().workers;
}

/** Runs a job in the server's pool (started on first use). */
export function runJob<K extends JobKind>(job: Extract<Job, { kind: K }>): Promise<JobResults[K]> {
  return serverPool().run(job);
}

/** Stops the server's pool (when the HTTP server closes); the next job starts a new one. */
export async function closeJobPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
