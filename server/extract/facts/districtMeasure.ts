/**
 * Precision and recall of the district's own targets (districtTargets.ts) against the hand-checked list of
 * tests/fixtures/plans/district-targets-gold.json, per part (development / held-out). The list is complete for each
 * text (an empty list: the text states none), so a target read where the list has none counts against precision.
 * A target is right when its year, output and value added are the list's (a missing figure is null on both sides).
 */
import type { DistrictTargetFact } from '../../../vocab/imports.ts';

export interface DistrictGoldTarget {
  year: number;
  output: number | null;
  valueAdded: number | null;
}

export interface DistrictGold {
  about: string;
  heldOutRule: string;
  texts: { plan: string; heldOut: boolean; targets: DistrictGoldTarget[]; note?: string }[];
}

export interface DistrictScore {
  /** Targets read that the list holds, of all targets read. */
  right: number;
  extracted: number;
  /** Targets of the list read, of all the list holds. */
  found: number;
  total: number;
  /** What went wrong, per text (shown for the development part only). */
  errors: string[];
}

const same = (a: DistrictGoldTarget, b: DistrictGoldTarget) =>
  a.year === b.year && a.output === b.output && a.valueAdded === b.valueAdded;
const show = (t: DistrictGoldTarget) => `${t.year}: 产值 ${t.output ?? '–'} / 增加值 ${t.valueAdded ?? '–'}`;

export function scoreDistrict(
  plan: string,
  read: DistrictTargetFact[],
  gold: DistrictGoldTarget[],
): DistrictScore {
  const right = read.filter((r) => gold.some((g) => same(r, g)));
  const found = gold.filter((g) => read.some((r) => same(r, g)));
  return {
    right: right.length,
    extracted: read.length,
    found: found.length,
    total: gold.length,
    errors: [
      ...read
        .filter((r) => !right.includes(r))
        .map((r) => `${plan}: read ${show(r)} «${r.quote.slice(0, 60)}»`),
      ...gold.filter((g) => !found.includes(g)).map((g) => `${plan}: missed ${show(g)}`),
    ],
  };
}

export function addScores(scores: DistrictScore[]): DistrictScore {
  return scores.reduce(
    (t, s) => ({
      right: t.right + s.right,
      extracted: t.extracted + s.extracted,
      found: t.found + s.found,
      total: t.total + s.total,
      errors: [...t.errors, ...s.errors],
    }),
    { right: 0, extracted: 0, found: 0, total: 0, errors: [] },
  );
}
