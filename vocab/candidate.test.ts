import { describe, expect, it } from 'vitest';
import { CANDIDATE, CANDIDATE_KINDS } from './candidate.ts';

describe('candidate kinds', () => {
  it('gives every kind a distinct label and chip colours', () => {
    for (const k of CANDIDATE_KINDS) {
      expect(CANDIDATE[k].label.length).toBeGreaterThan(0);
      expect(CANDIDATE[k].fill).toMatch(/^#[0-9a-f]{6}$/);
      expect(CANDIDATE[k].text).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(CANDIDATE_KINDS.map((k) => CANDIDATE[k].label)).size).toBe(CANDIDATE_KINDS.length);
  });
  it('introduces a project as a project and a named firm as a firm to invite', () => {
    expect(CANDIDATE.PROJECT.briefingLabel).toBe('项目');
    expect(CANDIDATE.PLAN_TARGET.briefingLabel).toBe('招引企业');
  });
});
