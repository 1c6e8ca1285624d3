/**
 * The chains a plan names in a list (facts.namedChains: 调整后的10条产业链是:白酒、能源…), offered on the review as
 * hand-entered drafts (manualChain.ts): the name, the suggested industry and the list's sentence are filled in, the
 * links are left to the reviewer, as the list states none. A name an accepted chain already covers (the same name, or a
 * chain whose name contains it) is shown as such and offered no draft. Pure, so the card is a function of its inputs.
 */
import type { NamedChainsFact } from '../../../vocab/imports.ts';
import { type ManualDraft, type Sentence, suggestedIndustry } from './manualChain.ts';

export type NamedStatus =
  /** An accepted chain of the review covers it: its name. */
  | { kind: 'covered'; by: string }
  /** A hand-added draft of the review carries its name. */
  | { kind: 'drafted' }
  | { kind: 'open' };

/** The accepted chain that covers a named chain: the same name, else the shortest name containing it; null if none. */
export function coveringChain(name: string, chains: readonly string[]): string | null {
  if (chains.includes(name)) return name;
  const containing = chains.filter((c) => c.includes(name)).sort((a, b) => a.length - b.length);
  return containing[0] ?? null;
}

/** Each name's status: covered by an accepted chain, already drafted by hand, or open to be added. */
export function namedStatus(
  name: string,
  chains: readonly string[],
  drafts: readonly ManualDraft[],
): NamedStatus {
  const by = coveringChain(name, chains);
  if (by !== null) return { kind: 'covered', by };
  return drafts.some((d) => d.name.trim() === name) ? { kind: 'drafted' } : { kind: 'open' };
}

/** The sentence of the text a list stands in (by its start); null when the text's sentences hold none. */
export function sentenceOfList(list: NamedChainsFact, sentences: readonly Sentence[]): Sentence | null {
  return sentences.find((s) => s.start <= list.start && list.start < s.end) ?? null;
}

/**
 * The industry proposed for a named chain: the one manualChain's rule picks with the name as its only link, else the
 * only accepted industry whose name contains it (电子 in 电子信息产业); '' when none or several.
 */
export function namedIndustry(name: string, sentence: string, industries: readonly string[]): string {
  const picked = suggestedIndustry([name], sentence, industries);
  if (picked) return picked;
  const containing = industries.filter((i) => i.includes(name));
  return containing.length === 1 ? (containing[0] ?? '') : '';
}

/** The hand-entered draft for a named chain: its name, industry and list sentence filled in, no links yet. */
export function namedDraft(
  name: string,
  list: NamedChainsFact,
  sentences: readonly Sentence[],
  industries: readonly string[],
): ManualDraft {
  const s = sentenceOfList(list, sentences);
  return {
    name,
    line: '',
    sentence: s?.start ?? null,
    industry: namedIndustry(name, s?.reading ?? s?.text ?? list.quote, industries),
    ...(s ? { listed: s.start } : {}),
  };
}
