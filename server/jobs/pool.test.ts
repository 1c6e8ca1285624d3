import { afterAll, describe, expect, it } from 'vitest';
import { JobFailure } from './failure.ts';
import type { Job } from './jobs.ts';
import { JobPool } from './pool.ts';

// The pool runs its own worker here (misbehave.testing.ts) through the same boot.mjs as the server's: this also
// shows that a .ts worker loads under vitest. Test jobs are not server jobs, hence the casts.
const pool = new JobPool({
  entry: new URL('./misbehave.testing.ts', import.meta.url).href,
  workers: 1,
  queue: 1,
  timeMs: 500,
  memoryMb: 48,
});
const run = (job: object) => pool.run(job as Job) as Promise<unknown>;
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

  it('stops a job over its time limit, keeps the event loop free meanwhile, and runs the next job', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const f = await failureOf(run({ kind: 'spin' }));
    clearInterval(ticker);
    expect(f).toMatchObject({ status: 422, code: 'LIMIT_TIME', details: { limit: 'JOB_TIME_MS', max: 500 } });
    expect(f.message).toMatch(/longer than 0.5 s/);
    expect(ticks).toBeGreaterThan(5);
    expect(await run({ kind: 'echo', value: 'again' })).toBe('again');
  });

  it('stops a job over its memory limit and says so', async () => {
    const f = await failureOf(run({ kind: 'hog' }));
    expect(f).toMatchObject({
      status: 413,
      code: 'LIMIT_MEMORY',
      details: { limit: 'JOB_MEMORY_MB', max: 48 },
    });
    expect(await run({ kind: 'echo', value: 'after' })).toBe('after');
  });

  it('answers BUSY when the queue is full, and counts time from the start of a job, not its queueing', async () => {
    const first = run({ kind: 'wait', ms: 400 });
    const second = run({ kind: 'wait', ms: 300 });
    const f = await failureOf(run({ kind: 'echo', value: 'no room' }));
    expect(f).toMatchObject({ status: 503, code: 'BUSY', details: { limit: 'JOB_QUEUE', max: 2 } });
    // 400 + 300 ms in a row exceed the 500 ms limit, but each job alone does not
    expect(await Promise.all([first, second])).toEqual(['waited', 'waited']);
    expect(pool.load).toBe(0);
  });
});
