import { describe, expect, it } from 'vitest';
import { CANDIDATE, CANDIDATE_KINDS, fitLook } from './candidate.ts';

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

describe('a candidate’s fit as an officer reads it', () => {
  // Found by the multi-district audit: “匹配度 0.04” for a 外区企业 may read as 4 %. The number is a ranking score.
  it('is a level, 高 for what the plan names or a project, 中 for a listed pool firm, 低 for the rest', () => {
    expect(fitLook('PLAN_TARGET', 1).label).toBe('高');
    expect(fitLook('PLAN_TARGET', 0.9).label).toBe('高');
    expect(fitLook('PROJECT', 0.8).label).toBe('高');
    expect(fitLook('POOL_ENTERPRISE', 0.7 * 0.6).label).toBe('中');
    expect(fitLook('POOL_ENTERPRISE', 0.07).label).toBe('中');
    expect(fitLook('POOL_ENTERPRISE', 0.035).label).toBe('低');
    expect(fitLook('OTHER_DISTRICT', 0.04).label).toBe('低');
  });
  it('explains the number as a score, not a percentage, with the rule of its kind', () => {
    const other = fitLook('OTHER_DISTRICT', 0.04).help;
    expect(other).toContain('排序分 0.04');
    expect(other).toContain('不是百分比');
    expect(other).not.toMatch(/\b4 ?%/);
    expect(fitLook('POOL_ENTERPRISE', 0.35).help).toContain('此处约 50%');
  });
});
