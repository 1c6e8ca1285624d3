/**
 * The worker side of the job pool (pool.ts; loaded through boot.mjs so that it runs under tsx). It says when it
 * starts a job — the time limit counts from then, not from when the job was queued — and answers a refusal as
 * data (failure.ts); anything else is thrown and becomes a 500.
 */
import { parentPort } from 'node:worker_threads';
import { warmUp } from '../extract/index.ts';
import { type FailureData, failureOf } from './failure.ts';
import { type Job, type JobResults, perform } from './jobs.ts';

export type WorkerAnswer = { ok: true; value: JobResults[Job['kind']] } | { ok: false; failure: FailureData };

// The extractor's first use loads the segmenter, its dictionary, the gazetteer and OpenCC (~0.5–1 s): a worker does it
// as soon as it has started, while it waits for its first job, not inside one (and its time limit).
setImmediate(warmUp);

export default async function run(task: { id: number; job: Job }): Promise<WorkerAnswer> {
  parentPort?.postMessage({ jobStarted: task.id });
  try {
    return { ok: true, value: await perform(task.job) };
  } catch (err) {
    const failure = failureOf(err);
    if (!failure) throw err;
    return { ok: false, failure };
  }
}
