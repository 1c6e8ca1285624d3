/** Helpers for matching quotes against the PDF-extracted source text. */

/** The source with line breaks removed: quotes are matched against this. */
export function normaliseSource(text: string): string {
  return text.replace(/\r?\n/g, '');
}

/** Names keep the plan's words; only stray spaces from the PDF text are removed (电池 PACK → 电池PACK). */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, '');
}

/** Maps an offset in the normalised text back to a 1-based line number of the original file. */
export function lineOfOffset(original: string, normalisedOffset: number): number {
  let seen = 0;
  let line = 1;
  for (const ch of original) {
    if (ch === '\n') {
      line++;
      continue;
    }
    if (ch === '\r') continue;
    if (seen >= normalisedOffset) return line;
    seen += ch.length;
  }
  return line;
}
