/**
 * Lists of pairs read together. A sentence that lists short pairs one after another (券商→证券，医疗→医药，贵金属→黄金)
 * lists things of one kind: when one of the items is a group of market items or a cause and its effect, so are the
 * pairs beside it, even where their words alone would pass (医疗→医药 reads like a flow). The item that names the kind
 * may be longer (["能源→化工→通胀","避险→采矿股"]). A shape feature — items joined by nothing but a comma, 、 or ；,
 * also between the quotes of a string list — and the reasons already given; no word list.
 */
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import type { ChainCandidate, Rejected } from '../../vocab/imports.ts';
import { DASH_RUN } from './dashes.ts';
import type { Doc } from './text.ts';

/** Reasons that name what a list of pairs is about (not what is wrong with one pair's words or shape). */
const LIST_REASONS = new Set<string>([REJECT_REASON.group, REJECT_REASON.causal]);
const JOIN = /^\s*["'”」]?\s*[，、；,;]\s*["'“「]?\s*$/;

interface Item {
  start: number;
  end: number;
  pair: boolean;
  chain?: ChainCandidate;
  reason?: string;
}

const dashCount = (s: string) => [...s.matchAll(new RegExp(DASH_RUN.source, 'g'))].length;

/** Moves the chains that stand in a list of pairs with a group or a causal pair to the rejected, with its reason. */
export function rejectListMates(doc: Doc, out: { chains: ChainCandidate[]; rejected: Rejected[] }): void {
  const items: Item[] = [
    ...out.chains.map((c) => ({
      start: c.start,
      end: c.end,
      pair: c.stages.length === 2 && c.stages.every((s) => s.length === 1),
      chain: c,
    })),
    ...out.rejected.map((r) => ({
      start: r.start,
      end: r.end,
      pair: dashCount(doc.match.slice(r.start, r.end)) === 1,
      reason: r.reason,
    })),
  ].sort((a, b) => a.start - b.start);
  let run: Item[] = [];
  const close = () => {
    const reason = run.find((i) => i.reason && LIST_REASONS.has(i.reason))?.reason;
    if (run.length >= 2 && reason && run.every((i) => i.pair || !i.chain))
      for (const i of run)
        if (i.chain) {
          out.chains.splice(out.chains.indexOf(i.chain), 1);
          out.rejected.push({ start: i.start, end: i.end, text: i.chain.expression, reason });
        }
    run = [];
  };
  for (const item of items) {
    const last = run.at(-1);
    if (last && !JOIN.test(doc.match.slice(last.end, item.start))) close();
    run.push(item);
  }
  close();
}
