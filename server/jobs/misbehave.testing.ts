/** A worker for the pool's tests: jobs that spin forever, eat memory, wait, or answer at once. */
import { parentPort } from 'node:worker_threads';

type TestJob =
  | { kind: 'spin' }
  | { kind: 'hog' }
  | { kind: 'wait'; ms: number }
  | { kind: 'echo'; value: string };

export default async function run(task: { id: number; job: TestJob }) {
  parentPort?.postMessage({ jobStarted: task.id });
  const { job } = task;
  if (job.kind === 'spin') for (;;) {}
  if (job.kind === 'hog') {
    const kept: string[] = [];
    for (let i = 0; ; i++) kept.push(`${i}`.repeat(100));
  }
  if (job.kind === 'wait') await new Promise((r) => setTimeout(r, job.ms));
  return { ok: true, value: job.kind === 'echo' ? job.value : 'waited' };
}
