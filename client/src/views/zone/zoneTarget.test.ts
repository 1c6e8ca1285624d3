import { describe, expect, it } from 'vitest';
import { zoneTarget } from './zoneTarget.ts';

// Found as an officer of 旺苍县 (a plan without a period) and of 秀山 (a plan to 2026): their district page read
// “2025 年目标 规划未载明” — the Qijiang plan's year over a district whose plan names no 2025.
describe("the zone page's target line", () => {
  it('names no year when the zone has no figure', () => {
    expect(zoneTarget({ output2025: null, valueAdded2025: null })).toEqual({
      label: '目标',
      value: '规划未载明',
    });
  });

  it('names 2025 beside the 2025 figures, only those given', () => {
    expect(zoneTarget({ output2025: 420, valueAdded2025: 120 })).toEqual({
      label: '2025 年目标',
      value: '产值 420 亿元 · 增加值 120 亿元',
    });
    expect(zoneTarget({ output2025: null, valueAdded2025: 14 }).value).toBe('增加值 14 亿元');
  });
});
