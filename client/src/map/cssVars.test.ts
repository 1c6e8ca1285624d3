import { describe, expect, it } from 'vitest';
import { CANDIDATE } from '../../../vocab/candidate.ts';
import { LINK_STATUSES, STATUS } from '../../../vocab/status.ts';
import { statusVar, vocabCssVars } from './cssVars.ts';

describe('shared colours as CSS custom properties', () => {
  it('defines every property the views refer to, with the vocabulary’s colour', () => {
    const vars = vocabCssVars();
    const value = (ref: string) => vars[ref.replace(/^var\((.*)\)$/, '$1')];
    for (const s of LINK_STATUSES) {
      expect(value(statusVar(s, 'fill'))).toBe(STATUS[s].fill);
      expect(value(statusVar(s, 'border'))).toBe(STATUS[s].border);
      expect(value(statusVar(s, 'chip-text'))).toBe(STATUS[s].chipText);
    }
    expect(vars['--candidate-pool_enterprise-fill']).toBe(CANDIDATE.POOL_ENTERPRISE.fill);
    expect(vars['--status-missing-fill']).toBe('#ffffff');
  });
});
