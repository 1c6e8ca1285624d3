/**
 * Precision and recall of the chains a plan names in a list (namedChains.ts) on tests/fixtures/plans/named-chains-gold.json:
 * sentences of public pages and stored plans naming lists of chains, and look-alikes (lists of industries, clusters,
 * firms, places, 链长 titles), each read alone, per part (development / held-out). A sentence's gold lists every chain
 * it names as a list: a name read that it does not list counts against precision. Names as written in the gold
 * (simplified script).
 */
import type { PlanFacts } from '../../../vocab/imports.ts';
import { addScores, type DistrictScore } from './districtMeasure.ts';

export interface NamedChainsGold {
  about: string;
  heldOutRule: string;
  sentences: { source: string; text: string; names: string[]; heldOut: boolean; note?: string }[];
}

export type NamedScore = DistrictScore & { sentences: number; documents: number };

const empty = (): DistrictScore => ({ right: 0, extracted: 0, found: 0, total: 0, errors: [] });

/** Scores every sentence: `read` gives the facts of one sentence read alone. */
export function scoreNamedChains(
  gold: NamedChainsGold,
  read: (text: string) => Pick<PlanFacts, 'namedChains'>,
): Record<'dev' | 'heldOut', NamedScore> {
  const part = (heldOut: boolean): NamedScore => {
    const p = empty();
    const sentences = gold.sentences.filter((s) => s.heldOut === heldOut);
    for (const s of sentences) {
      const want = new Set(s.names);
      const got = new Set(read(s.text).namedChains.flatMap((l) => l.names));
      const at = `«${s.text.slice(0, 40)}»`;
      for (const g of got) {
        p.extracted++;
        if (want.has(g)) p.right++;
        else p.errors.push(`read ${g} ${at}`);
      }
      for (const w of want) {
        p.total++;
        if (got.has(w)) p.found++;
        else p.errors.push(`missed ${w} ${at}`);
      }
    }
    return { ...p, sentences: sentences.length, documents: new Set(sentences.map((s) => s.source)).size };
  };
  return { dev: part(false), heldOut: part(true) };
}

export const addNamed: (scores: DistrictScore[]) => DistrictScore = addScores;
