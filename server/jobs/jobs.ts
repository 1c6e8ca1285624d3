/**
 * The jobs the worker pool runs: reading an uploaded plan, reading an uploaded table, rendering a briefing file.
 * `perform` is what a worker calls (worker.ts); it is plain code, so tests can call it in-process too. An extract job
 * carries the graph's product lexicon as a shared buffer (server/imports/sharedLexicon.ts), built once per worker.
 */
import type { Briefing } from '../../vocab/briefing.ts';
import { type Format, render } from '../briefing/render.ts';
import { lexiconInWorker, type SharedLexicon } from '../imports/sharedLexicon.ts';
import { type ExtractAnswer, extractUpload } from '../imports/upload.ts';
import { parseTable, type Table } from '../tables/parse.ts';

export type Job =
  | { kind: 'extract'; bytes: Uint8Array; name: string; lexicon?: SharedLexicon | undefined }
  | { kind: 'table'; bytes: Uint8Array; fileName: string }
  | { kind: 'briefing'; briefing: Briefing; format: Format; image: string };

export interface JobResults {
  extract: ExtractAnswer;
  table: Table;
  briefing: Uint8Array;
}

export type JobKind = Job['kind'];

/** What people are told took too long or too much memory. */
export const JOB_LABELS: Record<JobKind, string> = {
  extract: 'Reading the file',
  table: 'Reading the table',
  briefing: 'Rendering the briefing',
};

export async function perform(job: Job): Promise<JobResults[JobKind]> {
  switch (job.kind) {
    case 'extract':
      return extractUpload(job.bytes, job.name, job.lexicon && lexiconInWorker(job.lexicon));
    case 'table':
      return parseTable(job.bytes, job.fileName);
    case 'briefing':
      return new Uint8Array(await render(job.briefing, job.format, { image: job.image }));
  }
}
