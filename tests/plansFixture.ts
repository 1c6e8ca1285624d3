/** The short 十五五 plan of 綦江区 written for the plan-period tests (tests/fixtures/plans/qijiang-15th-*). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../server/db/neo4j.ts';
import { commitImport } from '../server/imports/commit.ts';
import { repoRoot } from '../server/paths.ts';
import type { ImportCommitInput } from '../vocab/imports.ts';
import { TEST_ACTOR } from './helpers.ts';

export const QIJIANG_14TH = 'doc-qijiang-plan-2021-2025';
const dir = path.join(repoRoot, 'tests/fixtures/plans');

/** The review of the written 十五五 plan, with its text, as the import screen or `npm run import` would commit it. */
export function qijiang15thReview(): ImportCommitInput {
  const { _about: _, ...review } = JSON.parse(
    readFileSync(path.join(dir, 'qijiang-15th-review.json'), 'utf8'),
  );
  return { ...review, text: readFileSync(path.join(dir, 'qijiang-15th-written-for-test.txt'), 'utf8') };
}

/** Commits it through the import path (server/imports/commit.ts); returns the new plan's document id. */
export async function importQijiang15th(db: Db): Promise<string> {
  const report = await commitImport(db, qijiang15thReview(), {
    name: TEST_ACTOR.name,
    role: 'editor',
  } as never);
  return report.documentId;
}
