/**
 * `npm run extract -- <file> [--json] [--gold <gold.json>] [--no-lexicon]`: a draft chain graph from a plan (text,
 * .docx, PDF), with the chainkg pool's product lexicon when ../shared/data/chainkg (or CHAINKG_DIR) is there.
 * Prints a readable summary, or the extraction as JSON; with --gold, also precision and recall against it.
 * Bad input: the reason on stderr, exit 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { extract } from '../server/extract/index.ts';
import { InputError, readInput } from '../server/extract/input.ts';
import { type Gold, measure } from '../server/extract/measure.ts';
import { makeDoc } from '../server/extract/text.ts';
import { checkLimit, LimitError } from '../server/limits.ts';
import type { Extraction } from '../vocab/imports.ts';
import { chainkgLexicon } from './lib/chainkg.ts';
import { runCli } from './lib/cli.ts';

function summary(file: string, format: string, r: Extraction): string {
  const lines = [
    `${file} (${format}): ${r.chains.length} chains, ${r.rejected.length} look-alikes rejected`,
    '',
  ];
  for (const c of r.chains) {
    lines.push(`● ${c.stages.map((s) => s.join(' | ')).join(' → ')}`);
    lines.push(`  ${c.section || '(no heading)'} @${c.start}–${c.end}: ${c.quote.slice(0, 90)}`);
  }
  lines.push('', 'Rejected:');
  for (const x of r.rejected) lines.push(`  ✗ ${x.text}  (${x.reason})`);
  lines.push('', `Zones (${r.zones.length}): ${r.zones.map((z) => z.name).join('、')}`);
  lines.push(`Enterprises (${r.enterprises.length}): ${r.enterprises.map((e) => e.name).join('、')}`);
  lines.push(`Projects (${r.projects.length}):`);
  for (const p of r.projects) lines.push(`  ${p.name} ${p.value} ${p.unit}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--gold');
  const goldAt = argv.indexOf('--gold');
  if (!file) {
    console.error('usage: npm run extract -- <file> [--json] [--gold <gold.json>] [--no-lexicon]');
    return 2;
  }
  try {
    const size = statSync(file).size;
    checkLimit('UPLOAD_BYTES', size, `The file has ${size} bytes`);
    const { text, format } = await readInput(readFileSync(file), basename(file));
    // The chainkg pool's product lexicon when it is there (never committed); --no-lexicon for shape rules only.
    const lexicon = argv.includes('--no-lexicon') ? undefined : chainkgLexicon();
    const result = extract(text, '', { lexicon });
    // Written with a callback: runCli exits right after main, which would cut a piped output at 64 KiB.
    const out = argv.includes('--json') ? JSON.stringify(result, null, 2) : summary(file, format, result);
    await new Promise((done) => process.stdout.write(`${out}\n`, done));
    if (goldAt >= 0) {
      const gold = JSON.parse(readFileSync(argv[goldAt + 1] ?? '', 'utf8')) as Gold;
      const f = measure(makeDoc(text).text, result, gold);
      console.error(
        `precision ${f.precision.toFixed(3)} (${f.found}/${f.extracted}), recall ${f.recall.toFixed(3)} (${f.found}/${f.gold}); look-alikes kept out ${f.nonChainsKeptOut}/${f.nonChains}`,
      );
      for (const m of f.misses) console.error(`  missed: ${m.expression}`);
      for (const x of f.extras) console.error(`  extra: ${x.expression}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof LimitError) {
      console.error(`${file}: ${e.message} [${e.code}]`);
      return 1;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`${file}: no such file`);
      return 1;
    }
    throw e;
  }
}

runCli(() => main(process.argv.slice(2)));
