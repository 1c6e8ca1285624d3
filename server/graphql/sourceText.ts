import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseSource } from '../../seed/text.ts';
import { repoRoot } from '../paths.ts';

const cache = new Map<string, string>();

/** The normalised text of a source document (line breaks removed), read once from the repository. */
export function documentText(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = normaliseSource(readFileSync(path.join(repoRoot, file), 'utf8'));
    cache.set(file, text);
  }
  return text;
}

export function quoteContext(file: string, start: number, length: number, width = 60) {
  const text = documentText(file);
  return {
    before: text.slice(Math.max(0, start - width), start),
    after: text.slice(start + length, start + length + width),
  };
}
