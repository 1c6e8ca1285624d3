import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { JobFailure } from './failure.ts';
import type { Job } from './jobs.ts';
import { closeJobPool, JobPool, startJobPool } from './pool.ts';

// The pool runs its own worker here (misbehave.testing.ts) through the same boot.mjs as the server's: this also
// shows that a .ts worker loads under vitest. Test jobs are not server jobs, hence the casts.
const ENTRY = new URL('./misbehave.testing.ts', import.meta.url).href;
const pool = new JobPool({ entry: ENTRY, workers: 1, queue: 1, timeMs: 1000, memoryMb: 48 });
const run = (job: object, on = pool) => on.run(job as Job) as Promise<unknown>;
afterAll(() => pool.close());

async function failureOf(p: Promise<unknown>): Promise<JobFailure> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(JobFailure);
    return err as JobFailure;
  }
  throw new Error('the job did not fail');
}

describe('the job pool', () => {
  it('runs a job in a worker and answers its value', async () => {
    expect(await run({ kind: 'echo', value: '产业链' })).toBe('产业链');
  });

  it('stops a job over its time limit, keeps the event loop free meanwhile, and runs the job queued behind it', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const [f, queued] = await Promise.all([
      failureOf(run({ kind: 'spin' })),
      run({ kind: 'echo', value: 'queued' }),
    ]);
    clearInterval(ticker);
    expect(f).toMatchObject({
      status: 422,
      code: 'LIMIT_TIME',
      details: { limit: 'JOB_TIME_MS', max: 1000 },
    });
    expect(f.message).toMatch(/longer than 1 s/);
    expect(ticks).toBeGreaterThan(5);
    expect(queued).toBe('queued');
  });

  it('stops a job over its memory limit and says so, and runs the job queued behind it', async () => {
    // Its own pool with a generous time limit: on a loaded machine the hog may need more than the 1 s of the shared
    // pool to reach 48 MB, and the time limit would then answer first.
    const roomy = new JobPool({ entry: ENTRY, workers: 1, queue: 1, timeMs: 30_000, memoryMb: 48 });
    const [f, queued] = await Promise.all([
      failureOf(run({ kind: 'hog' }, roomy)),
      run({ kind: 'echo', value: 'after' }, roomy),
    ]);
    await roomy.close();
    expect(f).toMatchObject({
      status: 413,
      code: 'LIMIT_MEMORY',
      details: { limit: 'JOB_MEMORY_MB', max: 48 },
    });
    expect(queued).toBe('after');
  }, 40_000);

  it('answers BUSY when a job waited too long for a worker', async () => {
    const patient = new JobPool({ entry: ENTRY, workers: 1, queue: 1, timeMs: 10_000, waitMs: 1000 });
    await run({ kind: 'echo', value: 'a started worker' }, patient);
    const [slow, late] = await Promise.allSettled([
      run({ kind: 'wait', ms: 2500 }, patient),
      failureOf(run({ kind: 'echo', value: 'too late' }, patient)),
    ]);
    await patient.close();
    expect(slow).toEqual({ status: 'fulfilled', value: 'waited' });
    expect(late).toMatchObject({
      status: 'fulfilled',
      value: { status: 503, code: 'BUSY', details: { limit: 'JOB_WAIT_MS', max: 1000 } },
    });
  }, 15_000);

  it('answers BUSY when the queue is full, and counts time from the start of a job, not its queueing', async () => {
    const first = run({ kind: 'wait', ms: 700 });
    const second = run({ kind: 'wait', ms: 600 });
    const f = await failureOf(run({ kind: 'echo', value: 'no room' }));
    expect(f).toMatchObject({ status: 503, code: 'BUSY', details: { limit: 'JOB_QUEUE', max: 2 } });
    // 700 + 600 ms in a row exceed the 1 s limit, but each job alone does not
    expect(await Promise.all([first, second])).toEqual(['waited', 'waited']);
    expect(pool.load).toBe(0);
  });
});

describe("the server's pool", () => {
  it('starts its workers before any job when the server asks, once', async () => {
    try {
      expect(startJobPool()).toBe(LIMITS.JOB_WORKERS);
      expect(startJobPool()).toBe(LIMITS.JOB_WORKERS);
    } finally {
      await closeJobPool();
    }
  });
});
