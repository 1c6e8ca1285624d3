/**
 * What the measurement scripts of the twenty-fifth and twenty-sixth chain rounds (docs/EXTRACTION.md) share: the
 * development documents (`documents.json`'s development part, fresh.json … fresh13.json; the held-out part is never
 * read) and the text around a candidate chain. `npm run extract:embed` embeds it, `npm run extract:finetune-data`
 * exports it for the fine-tuning run.
 */
import { FRESH_SETS_TO_12, loadCorpus, split } from '../../server/extract/corpus.ts';

/** Every development document. */
export const developmentDocuments = () => [
  ...split(loadCorpus('documents.json')).development,
  ...[...FRESH_SETS_TO_12, 'fresh13.json'].flatMap(loadCorpus),
];
const DASH = /[—–―‐‒─━]+/g;

/** The candidate's clause: back to the last sentence mark (at most 60 characters), on to the next (at most 40). */
export function clauseOf(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  const cut = Math.max(...['。', '！', '？', '；', '\n'].map((m) => before.lastIndexOf(m)));
  const after = text.slice(end, end + 40);
  const stop = after.search(/[。！？；\n]/);
  return `${before.slice(cut + 1)}${text.slice(start, end)}${stop < 0 ? after : after.slice(0, stop + 1)}`.replace(
    DASH,
    '-',
  );
}
