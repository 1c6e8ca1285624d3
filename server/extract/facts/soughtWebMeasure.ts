/**
 * Precision and recall of the sought links read with a graph's chain links (sought.ts) and of the wanted items
 * (wanted.ts) on tests/fixtures/plans/sought-web-gold.json: sentences of documents the rules were not written on, each
 * read alone (no chain of its own), per part (development / held-out). A sentence's lists are complete: a name read
 * that it does not list counts against precision. Names are compared as written in the gold (simplified script).
 */
import type { PlanFacts } from '../../../vocab/imports.ts';
import { addScores, type DistrictScore } from './districtMeasure.ts';

export interface SoughtWebGold {
  about: string;
  heldOutRule: string;
  sentences: {
    source: string;
    text: string;
    sought: string[];
    wanted: string[];
    heldOut: boolean;
    seen?: boolean;
    note?: string;
  }[];
}

export type WebScore = DistrictScore;

const empty = (): WebScore => ({ right: 0, extracted: 0, found: 0, total: 0, errors: [] });

/** One list against what was read, into `p`; `what` names it in the errors. */
function scoreList(
  p: WebScore,
  gold: readonly string[],
  read: readonly string[],
  what: string,
  text: string,
): void {
  const want = new Set(gold);
  const got = new Set(read);
  for (const r of got) {
    p.extracted++;
    if (want.has(r)) p.right++;
    else p.errors.push(`${what}: read ${r} «${text.slice(0, 50)}»`);
  }
  for (const g of want) {
    p.total++;
    if (got.has(g)) p.found++;
    else p.errors.push(`${what}: missed ${g} «${text.slice(0, 50)}»`);
  }
}

/** Scores every sentence: `read` gives the facts of one sentence read alone (with the graph's links). */
export function scoreSoughtWeb(
  gold: SoughtWebGold,
  read: (text: string) => Pick<PlanFacts, 'sought' | 'wanted'>,
): Record<'dev' | 'heldOut', { sought: WebScore; wanted: WebScore; sentences: number }> {
  const parts = {
    dev: { sought: empty(), wanted: empty(), sentences: 0 },
    heldOut: { sought: empty(), wanted: empty(), sentences: 0 },
  };
  for (const s of gold.sentences) {
    const p = s.heldOut ? parts.heldOut : parts.dev;
    const f = read(s.text);
    p.sentences++;
    scoreList(
      p.sought,
      s.sought,
      f.sought.map((x) => x.name),
      'sought',
      s.text,
    );
    scoreList(
      p.wanted,
      s.wanted,
      f.wanted.map((x) => x.name),
      'wanted',
      s.text,
    );
  }
  return parts;
}

export const addWeb: (scores: WebScore[]) => WebScore = addScores;
