import { normaliseSource } from '../../seed/text.ts';
import { extract } from '../extract/index.ts';
import { readInput } from '../extract/input.ts';

/**
 * An uploaded plan → what POST /imports/extract answers: the decoded text, the text spans point into (line breaks
 * removed, `normalised`) and the extraction. Runs in a job worker (server/jobs/).
 */
export async function extractUpload(bytes: Uint8Array, name: string) {
  const { text, format } = await readInput(bytes, name);
  return {
    title: name.replace(/\.[^.]+$/, ''),
    format,
    text,
    normalised: normaliseSource(text),
    ...extract(text, name.replace(/\.[^.]+$/, '')),
  };
}

export type ExtractAnswer = Awaited<ReturnType<typeof extractUpload>>;
