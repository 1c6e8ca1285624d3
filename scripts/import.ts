/**
 * npm run import -- <plan file> --district <name> [--hint <province or city>] [--accept-all] [--dry-run]
 *                   [--json <out.json>] [--review <reviewed.json>]
 * Onboarding without the browser: extract the plan (.txt, .docx, .pdf) → review → commit against the configured
 * Neo4j (NEO4J_URI …, else the local one), in the same one transaction and with the same report as the review
 * screen. As on the review screen, the graph's products are the extraction's product lexicon (none on an empty
 * graph). The review is either --accept-all (every chain and fact as extracted) or a reviewed JSON: --json writes
 * the proposed review (the commit input) to a file to edit (drop items, fix names, parents, zones), --review reads
 * it back. --dry-run runs the whole commit and rolls it back. Bad input: the field and reason, exit 1, nothing written.
 * --district names the plan's region: a district (区县), or a city (泸州市) or province for a city's own plan
 * (seed/planRegion.ts).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { processActor } from '../server/audit/entries.ts';
import { extract } from '../server/extract/index.ts';
import { readInput } from '../server/extract/input.ts';
import { commitImport } from '../server/imports/commit.ts';
import { graphLexicon } from '../server/imports/graphLexicon.ts';
import { reportLines } from '../server/imports/reportText.ts';
import { acceptAll } from '../server/imports/review.ts';
import { fileTitle, proposedTitle } from '../server/imports/title.ts';
import { checkLimit } from '../server/limits.ts';
import type { ImportCommitInput } from '../vocab/imports.ts';
import { runCli, UsageError, withDb } from './lib/cli.ts';

const USAGE =
  'Usage: npm run import -- <plan file> --district <district or city> [--hint <province|city>] [--accept-all] [--dry-run] [--json <out.json>] [--review <reviewed.json>]';

interface Args {
  file: string;
  district?: string;
  hint?: string;
  acceptAll: boolean;
  dryRun: boolean;
  json?: string;
  review?: string;
}

function parseArgs(argv: string[]): Args {
  const out: Partial<Args> & { acceptAll: boolean; dryRun: boolean } = { acceptAll: false, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--district') out.district = value();
    else if (a === '--hint') out.hint = value();
    else if (a === '--json') out.json = value();
    else if (a === '--review') out.review = value();
    else if (a === '--accept-all') out.acceptAll = true;
    else if (a === '--dry-run') out.dryRun = true;
    else if (a.startsWith('--')) throw new UsageError(`Unknown option ${a}.`);
    else if (out.file) throw new UsageError(`One plan file at a time (got ${out.file} and ${a}).`);
    else out.file = a;
  }
  if (!out.file) throw new UsageError('Name the plan file.');
  if (!out.json && !out.review && !out.acceptAll)
    throw new UsageError(
      'Say how to review: --accept-all, --json <out.json> (then edit it) or --review <reviewed.json>.',
    );
  return out as Args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const size = statSync(args.file).size;
  checkLimit('UPLOAD_BYTES', size, `The file has ${size} bytes`);
  const { text } = await readInput(readFileSync(args.file), basename(args.file));
  // The text's own title where it gives one, the file name else (as the review screen proposes it); the
  // extraction reads the file name, as it does for an upload.
  const title = proposedTitle(text, args.file);
  const report = await withDb(async (db) => {
    let input: ImportCommitInput;
    if (args.review) {
      input = JSON.parse(readFileSync(args.review, 'utf8')) as ImportCommitInput;
      if (args.district) input.district = args.district;
    } else {
      // The graph's products as the lexicon, as on the review screen (none on an empty graph).
      const lexicon = await graphLexicon(db);
      input = acceptAll(
        title,
        text,
        extract(text, fileTitle(args.file), { lexicon }),
        args.district,
        args.hint,
      );
      if (args.json) {
        writeFileSync(args.json, `${JSON.stringify(input, null, 2)}\n`);
        process.stdout.write(
          `review written to ${args.json}: edit it, then run with --review ${args.json}\n`,
        );
        if (!args.acceptAll) return undefined;
      }
    }
    await db.applySchema();
    return commitImport(db, input, processActor('CLI'), { dryRun: args.dryRun });
  });
  if (report) process.stdout.write(`${reportLines(report, args.dryRun).join('\n')}\n`);
  return 0;
}

runCli(main, { usage: USAGE });
