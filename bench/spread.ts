/**
 * npx tsx bench/spread.ts [N]: the spread of the last N (default 5) runs of `npm run bench` kept in .bench/runs/:
 * per metric the normalised value of each run, the measured one, and in how many runs the target was met; per
 * run its calibration (loop, RETURN 1, cached read, load average). A Markdown table for docs/BENCHMARKS.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../server/paths.ts';
import type { ResultsFile } from './lib/results.ts';

const dir = path.join(repoRoot, '.bench', 'runs');
const n = Number(process.argv[2] ?? 5);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .slice(-n);
const runs = files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ResultsFile);
const out: string[] = [];
out.push('| run | loop s | RETURN 1 ms | 64 MiB read ms | load (1 min) | factor cpu / db |');
out.push('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of runs) {
  const c = r.calibration ?? [];
  const fmt = (pick: (x: NonNullable<ResultsFile['calibration']>[number]) => unknown) =>
    c.map(pick).join(' → ');
  out.push(
    `| ${r.date.slice(0, 16)} | ${fmt((x) => x.cpuLoopS)} | ${fmt((x) => x.boltRoundTripMs)} | ` +
      `${fmt((x) => x.pageCacheReadMs)} | ${fmt((x) => x.loadAverage[0])} | ` +
      `${fmt((x) => x.factors.cpu)} / ${fmt((x) => x.factors.db)} |`,
  );
}
out.push('');
const names = [...new Set(runs.flatMap((r) => Object.keys(r.results)))];
out.push('| metric | target | normalised (per run) | measured (per run) | met |');
out.push('| --- | ---: | --- | --- | :-: |');
for (const k of names) {
  const ms = runs.map((r) => r.results[k]);
  const target = ms.find((m) => m)?.target ?? '';
  const unit = ms.find((m) => m)?.unit ?? '';
  const norm = ms.map((m) => (m ? String(m.value) : '–')).join(' / ');
  const meas = ms.map((m) => (m ? String(m.measured ?? m.value) : '–')).join(' / ');
  const met = ms.filter((m) => m?.met).length;
  out.push(`| \`${k}\` (${unit}) | ${target} | ${norm} | ${meas} | ${met}/${ms.filter(Boolean).length} |`);
}
process.stdout.write(`${out.join('\n')}\n`);
