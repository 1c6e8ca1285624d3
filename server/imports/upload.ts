import { normaliseSource } from '../../seed/text.ts';
import { extract } from '../extract/index.ts';
import { readInput } from '../extract/input.ts';
import type { ProductLexicon } from '../extract/products.ts';
import { simplifiedReading } from '../extract/text.ts';
import { titleProposal } from './title.ts';

/**
 * An uploaded plan → what POST /imports/extract answers: the decoded text, the text spans point into (line breaks
 * removed, `normalised`) and the extraction, with the graph's product lexicon when it has products. Runs in a job
 * worker (server/jobs/).
 */
export async function extractUpload(bytes: Uint8Array, name: string, lexicon?: ProductLexicon) {
  const { text, format } = await readInput(bytes, name);
  return {
    // The text's own title where it gives one (server/imports/title.ts), the file name else; the review edits it.
    ...(({ title, from }) => ({ title, titleFrom: from }))(titleProposal(text, name)),
    format,
    text,
    ...normalisedWithReading(normaliseSource(text)),
    ...extract(text, name.replace(/\.[^.]+$/, ''), { lexicon }),
  };
}

/** The normalised text and, for a traditional-script text, its simplified reading (same offsets). */
function normalisedWithReading(normalised: string) {
  const simplified = simplifiedReading(normalised);
  return { normalised, ...(simplified === undefined ? {} : { simplified }) };
}

export type ExtractAnswer = Awaited<ReturnType<typeof extractUpload>>;
