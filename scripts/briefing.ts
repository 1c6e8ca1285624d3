/**
 * npm run briefing -- --chain <id> [--zone <id>] [--format docx|md|svg] --out <file>
 * npm run briefing -- --industry <id> [--zone <id>] [--format docx|md|svg] --out <dir>
 * Writes chain-leader briefings (链长简报). Each file is written to a temporary name and renamed, so a failed run
 * leaves nothing half-written. Uses NEO4J_URI when set; otherwise the local Neo4j (see README).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BriefingError, fetchBriefing } from '../server/briefing/data.ts';
import { FORMATS, fileName, isFormat, render } from '../server/briefing/render.ts';
import { chainMapSvg } from '../server/briefing/svg.ts';
import { buildYoga } from '../server/graphql/yoga.ts';
import { runCli, UsageError, withDb } from './lib/cli.ts';

const USAGE =
  'Usage: npm run briefing -- --chain <id> [--zone <id>] [--format docx|md|svg] --out <file>\n' +
  '       npm run briefing -- --industry <id> [--zone <id>] [--format docx|md|svg] --out <dir>';

function options() {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        chain: { type: 'string' },
        industry: { type: 'string' },
        zone: { type: 'string' },
        format: { type: 'string', default: 'docx' },
        out: { type: 'string' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { chain, industry, zone, format = 'docx', out } = values;
  if (!isFormat(format)) throw new UsageError(`Unknown format "${format}": use one of ${FORMATS.join(', ')}`);
  if (!chain === !industry) throw new UsageError('Give exactly one of --chain or --industry');
  if (!out) throw new UsageError('--out is required');
  return { chain, industry, zone: zone ?? null, format, out };
}

/** Writes to a temporary file next to `file`, then renames it into place. */
function writeAtomic(file: string, body: Buffer | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, body);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

async function main(): Promise<number> {
  const opts = options();
  return withDb(async (db) => {
    const yoga = buildYoga(db, { production: true });
    let chains: { id: string; out: string | null }[] = [{ id: opts.chain ?? '', out: opts.out }];
    if (opts.industry) {
      const res = await yoga.fetch('http://local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphql-csrf': '1' },
        body: JSON.stringify({
          query: 'query ($i: ID) { chains(industry: $i) { id } }',
          variables: { i: opts.industry },
        }),
      });
      const body = (await res.json()) as {
        data?: { chains: { id: string }[] };
        errors?: { message: string }[];
      };
      if (body.errors?.length)
        throw new BriefingError('NOT_FOUND', body.errors[0]?.message ?? 'unknown industry');
      chains = (body.data?.chains ?? []).map((c) => ({ id: c.id, out: null }));
    }
    // Build every document first, then write: an unknown zone fails before any file is touched.
    const docs: { file: string; body: Buffer; svg?: { file: string; body: string } }[] = [];
    for (const c of chains) {
      const b = await fetchBriefing(yoga, c.id, opts.zone);
      const file = c.out ?? path.join(opts.out, fileName(b, opts.format));
      const svgFile = `${file.replace(/\.md$/, '')}.svg`;
      const body = await render(b, opts.format, { image: encodeURI(path.basename(svgFile)) });
      docs.push({
        file,
        body,
        ...(opts.format === 'md' ? { svg: { file: svgFile, body: chainMapSvg(b) } } : {}),
      });
    }
    for (const d of docs) {
      if (d.svg) writeAtomic(d.svg.file, d.svg.body);
      writeAtomic(d.file, d.body);
      process.stdout.write(`wrote ${d.file}\n`);
    }
    return 0;
  });
}

runCli(main, { usage: USAGE });
