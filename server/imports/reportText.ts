/**
 * The import report as the command line prints it (scripts/import.ts): per kind the counts, then the names added
 * and merged, so whoever onboards a district from a script sees what went in without opening the explorer.
 */
import type { ImportReport } from '../../vocab/imports.ts';

/** At most this many names are printed per kind and outcome; the rest are counted. */
export const MAX_REPORTED_NAMES = 12;

function names(label: string, xs: readonly string[]): string[] {
  if (xs.length === 0) return [];
  const shown = xs.slice(0, MAX_REPORTED_NAMES).join('、');
  const more = xs.length > MAX_REPORTED_NAMES ? ` … and ${xs.length - MAX_REPORTED_NAMES} more` : '';
  return [`    ${label}: ${shown}${more}`];
}

export function reportLines(r: ImportReport, dryRun: boolean): string[] {
  const where = r.district ? `${r.district.name} (${r.district.code})` : 'no district';
  const lines = [
    `${dryRun ? 'dry run (nothing written)' : 'committed'}: ${where}, document ${r.documentId}`,
    `  chains: ${r.chainsAdded.length} added, ${r.chainsUnchanged.length} unchanged, ${r.skipped} skipped`,
  ];
  for (const [kind, k] of Object.entries(r.facts))
    lines.push(
      `  ${kind}: ${k.added.length} added, ${k.merged.length} merged, ${k.skipped} skipped`,
      ...names('added', k.added),
      ...names('merged', k.merged),
    );
  if (r.pool)
    lines.push(
      `  pool: ${r.pool.firms} listed firms match the plan's links`,
      ...names(
        'by link',
        r.pool.links.map((l) => `${l.name} ${l.firms}`),
      ),
    );
  return lines;
}
