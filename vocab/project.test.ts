import { describe, expect, it } from 'vitest';
import { isProjectStatus, PROJECT_STATUSES } from './project.ts';

describe('project statuses', () => {
  it('holds the plan’s words (规划, 在建, 建成) and the ledgers’ (储备, 签约, 投产), once each', () => {
    for (const s of ['规划', '在建', '建成', '储备', '签约', '投产']) expect(isProjectStatus(s)).toBe(true);
    expect(new Set(PROJECT_STATUSES).size).toBe(PROJECT_STATUSES.length);
  });
  it('refuses anything else', () => {
    expect(isProjectStatus('完工')).toBe(false);
    expect(isProjectStatus(' 在建')).toBe(false);
    expect(isProjectStatus(null)).toBe(false);
  });
});
