/**
 * The items a plan says it will bring in that are no link of its chains nor of the graph's (facts.wanted, 铝用阳极炭块):
 * the reviewer may place one in a chain of the review (an accepted extracted chain or a hand-added one) at a stage —
 * it then becomes a link of that chain, and, being a link of an accepted chain, a sought link of the district too
 * (factsInput sends every wanted item whose name is an accepted link). Pure.
 */
import type { WantedFact } from '../../../vocab/imports.ts';
import { stagesToText, textToStages } from './stages.ts';

/** A chain of the review an item can join: its label, its line, and where it lives (a draft or a manual chain). */
export interface PlaceTarget {
  label: string;
  line: string;
  draft?: number;
  manual?: number;
}

/** The chains an item can join: the accepted extracted chains, then the hand-added ones (with links). */
export function placeTargets(
  drafts: readonly { accepted: boolean; name: string; line: string }[],
  manual: readonly { name: string; line: string }[],
): PlaceTarget[] {
  const label = (name: string, line: string) => name.trim() || line;
  return [
    ...drafts.flatMap((d, i) =>
      d.accepted ? [{ label: label(d.name, d.line), line: d.line, draft: i }] : [],
    ),
    ...manual.flatMap((m, i) =>
      textToStages(m.line).length > 0 ? [{ label: label(m.name, m.line), line: m.line, manual: i }] : [],
    ),
  ];
}

/**
 * The line with `name` added at `stage` (0-based); a stage past the last adds a new last stage. A name already in the
 * chain leaves the line as it is.
 */
export function placeLink(line: string, name: string, stage: number): string {
  const stages = textToStages(line);
  const link = name.replace(/\s+/g, '');
  if (!link || stages.some((s) => s.includes(link))) return line;
  if (stage >= stages.length) return stagesToText([...stages, [link]]);
  return stagesToText(stages.map((s, i) => (i === stage ? [...s, link] : s)));
}

/** The wanted items placed in an accepted chain (their name is one of `links`): sent as sought links. */
export const placedWanted = (wanted: readonly WantedFact[], links: ReadonlySet<string>) =>
  wanted.filter((w) => links.has(w.name.replace(/\s+/g, '')));
