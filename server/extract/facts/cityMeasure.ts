/**
 * The city-or-county proposal against the hand-checked list of tests/fixtures/plans/city-level-gold.json: for each
 * short real text, whether the proposal is the list's name — a prefecture-level city (泸州市) where the text speaks
 * as one, the county (义乌市, 庐江县) where it is a county's. Per part (development / held-out) and per kind.
 */
import type { DistrictProposal } from '../../../vocab/imports.ts';

export interface CityGold {
  about: string;
  heldOutRule: string;
  texts: { plan: string; kind: '市' | '县'; district: string; heldOut: boolean; note?: string }[];
}

export interface CityScore {
  /** Texts whose proposal is the list's name, of all texts; and per kind. */
  right: number;
  total: number;
  city: { right: number; total: number };
  county: { right: number; total: number };
  /** Each miss: the text, the list's name and what was proposed (shown for the development part only). */
  misses: string[];
}

export function scoreCity(
  texts: CityGold['texts'],
  proposed: (plan: string) => DistrictProposal | null,
): CityScore {
  const out: CityScore = {
    right: 0,
    total: 0,
    city: { right: 0, total: 0 },
    county: { right: 0, total: 0 },
    misses: [],
  };
  for (const t of texts) {
    const p = proposed(t.plan);
    const ok = p?.name === t.district;
    const part = t.kind === '市' ? out.city : out.county;
    out.total++;
    part.total++;
    if (ok) {
      out.right++;
      part.right++;
    } else out.misses.push(`${t.plan}: ${t.district}, proposed ${p?.name ?? 'none'}`);
  }
  return out;
}
