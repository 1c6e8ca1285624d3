/**
 * The Target rows of an imported plan (cypher/plans/write-targets.cypher): one per industry or zone and year the
 * review gives an output or value-added target for, with its quote, and one per year of the district's own targets.
 * The fact rows are made in the review's order, so the i-th reviewed industry (zone) is the i-th row.
 */
import { hash, type Parsed } from '../imports/plan.ts';

export interface TargetRow {
  id: string;
  owner: string;
  year: number;
  output: number | null;
  valueAdded: number | null;
  source: string;
}

interface FactRow {
  id: string;
  sources: string[];
}

/** A Target node's id: one per plan, owner and year (a 2030 target never overwrites a 2025 one). */
export const targetId = (document: string, owner: string, year: number) =>
  `target-${hash(document, owner, String(year))}`;

export function targetRows(
  p: Pick<Parsed, 'industries' | 'zones'>,
  facts: { industries: FactRow[]; zones: FactRow[]; districtTargets: Omit<TargetRow, 'id'>[] },
  document: string,
): TargetRow[] {
  const rows: TargetRow[] = facts.districtTargets.map((t) => ({
    ...t,
    id: targetId(document, t.owner, t.year),
  }));
  const add = (
    f: { year?: number | null; output?: number | null; valueAdded?: number | null },
    row: FactRow | undefined,
  ) => {
    if (!row || f.year == null || (f.output == null && f.valueAdded == null)) return;
    rows.push({
      id: targetId(document, row.id, f.year),
      owner: row.id,
      year: f.year,
      output: f.output ?? null,
      valueAdded: f.valueAdded ?? null,
      source: row.sources[0] ?? '',
    });
  };
  p.industries.forEach((f, i) => {
    add(f, facts.industries[i]);
  });
  p.zones.forEach((f, i) => {
    add(f, facts.zones[i]);
  });
  return rows;
}
