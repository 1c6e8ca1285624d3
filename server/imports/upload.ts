import { normaliseSource } from '../../seed/text.ts';
import { extractDoc } from '../extract/index.ts';
import { readInput } from '../extract/input.ts';
import type { ProductLexicon } from '../extract/products.ts';
import { makeDoc } from '../extract/text.ts';
import { inGraphScript } from './linkScript.ts';
import { titleProposal } from './title.ts';

/**
 * An uploaded plan → what POST /imports/extract answers: the decoded text, the text spans point into (line breaks
 * removed, `normalised`), for a text in traditional script its simplified reading at the same offsets (the document's
 * own, made once for the extraction) and the extraction, with the graph's product lexicon when it has products. Runs
 * in a job worker (server/jobs/).
 */
export async function extractUpload(bytes: Uint8Array, name: string, lexicon?: ProductLexicon) {
  const { text, format } = await readInput(bytes, name);
  const doc = makeDoc(text);
  const normalised = normaliseSource(text);
  return {
    // The text's own title where it gives one (server/imports/title.ts), the file name else; the review edits it.
    ...(({ title, from }) => ({ title, titleFrom: from }))(titleProposal(text, name)),
    format,
    text,
    normalised,
    // Offsets hold only if the document's text is `normalised` (a lone \r, which makeDoc reads as a line break, is not).
    ...(doc.reading !== undefined && doc.text === normalised ? { simplified: doc.reading } : {}),
    // The review shows a chain's links as the commit will store them: in simplified script.
    ...inGraphScript(extractDoc(doc, name.replace(/\.[^.]+$/, ''), { lexicon })),
  };
}

export type ExtractAnswer = Awaited<ReturnType<typeof extractUpload>>;
