/**
 * The shared colours (vocab/) as CSS custom properties, set once on :root at start-up, so the stylesheet and
 * inline styles never repeat a status or candidate colour: `--status-strong-fill`, `--status-weak-chip-text`,
 * `--candidate-plan_target-fill`, … A new status or kind gets its properties here without a CSS edit.
 */
import { CANDIDATE, CANDIDATE_KINDS, type CandidateKind } from '../../../vocab/candidate.ts';
import { countKey, LINK_STATUSES, type LinkStatus, STATUS } from '../../../vocab/status.ts';

const STATUS_PARTS = {
  fill: 'fill',
  border: 'border',
  text: 'text',
  'chip-fill': 'chipFill',
  'chip-text': 'chipText',
} as const;
type StatusPart = keyof typeof STATUS_PARTS;

const statusProp = (s: LinkStatus, part: StatusPart) => `--status-${countKey(s)}-${part}`;
const candidateProp = (k: CandidateKind, part: 'fill' | 'text') => `--candidate-${k.toLowerCase()}-${part}`;

/** `var(--status-…)` for a style attribute. */
export const statusVar = (s: LinkStatus, part: StatusPart) => `var(${statusProp(s, part)})`;

/** Every shared colour as custom property → value (pure). */
export function vocabCssVars(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const s of LINK_STATUSES) {
    for (const [part, key] of Object.entries(STATUS_PARTS))
      vars[statusProp(s, part as StatusPart)] = STATUS[s][key];
  }
  for (const k of CANDIDATE_KINDS) {
    vars[candidateProp(k, 'fill')] = CANDIDATE[k].fill;
    vars[candidateProp(k, 'text')] = CANDIDATE[k].text;
  }
  return vars;
}

export function setVocabCssVars(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(vocabCssVars())) root.style.setProperty(name, value);
}
