/**
 * `npm run extract:finetune-data`: the twenty-sixth chain round's data (docs/EXTRACTION.md) — round 25's candidates
 * and labels (learned/dataset.ts on every development document; the held-out part is never read) written as JSONL to
 * `.cache/finetune/candidates.jsonl` (git-ignored) for the fine-tuning run of `scripts/finetune/train.py`: the
 * candidate as written, its clause, its label, its document's address and outer fold (sha256(address) mod 5, as
 * extract:embed), and the hand rules' verdict and confidence (for the lowConfidence variant).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledCandidates } from '../server/extract/learned/dataset.ts';
import { clauseOf, developmentDocuments } from './lib/development.ts';

const documents = developmentDocuments();
const fold = (a: string) => Number.parseInt(createHash('sha256').update(a).digest('hex').slice(0, 8), 16) % 5;
const rows = labelledCandidates(documents).map((r) => ({
  text: r.text,
  clause: clauseOf(r.sentence, r.start, r.end),
  y: r.y,
  address: r.address,
  fold: fold(r.address),
  handAccepts: r.handAccepts,
  handConfidence: r.handConfidence,
}));
const gold = documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + (s.chains ?? []).length, 0), 0);
const dir = join(import.meta.dirname, '../.cache/finetune');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'candidates.jsonl'), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
writeFileSync(
  join(dir, 'meta.json'),
  JSON.stringify({ documents: documents.length, candidates: rows.length, gold }),
);
console.log(
  `${documents.length} development documents, ${rows.length} candidates (${rows.filter((r) => r.y).length} right), ${gold} gold chains → ${dir}`,
);
