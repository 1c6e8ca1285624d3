import { describe, expect, it } from 'vitest';
import { zoneTarget } from './zoneTarget.ts';

// Found as an officer of 旺苍县 (a plan without a period) and of 秀山 (a plan to 2026): their district page read
// “2025 年目标 规划未载明” — the Qijiang plan's year over a district whose plan names no 2025.
describe("the zone page's target line", () => {
  it('names no year when the zone has no figure', () => {
    expect(zoneTarget({ output2025: null, valueAdded2025: null })).toEqual({
      label: '目标',
      value: '规划未载明',
      quote: null,
    });
  });

  it('names 2025 beside the 2025 figures, only those given', () => {
    expect(zoneTarget({ output2025: 420, valueAdded2025: 120 })).toEqual({
      label: '2025 年目标',
      value: '产值 420 亿元 · 增加值 120 亿元',
      quote: null,
    });
    expect(zoneTarget({ output2025: null, valueAdded2025: 14 }).value).toBe('增加值 14 亿元');
  });
});

describe('the target line of a district whose imported plan states its own targets', () => {
  const quote = '到2025年，全县工业总产值达到85亿元，工业增加值达到24亿元。';
  it('shows the 2025 figures with the sentence that states them', () => {
    expect(
      zoneTarget({
        output2025: 85,
        valueAdded2025: 24,
        targets: [
          { year: 2025, output: 85, valueAdded: 24, quote },
          { year: 2030, output: 130, valueAdded: null, quote: '到2030年…' },
        ],
      }),
    ).toEqual({ label: '2025 年目标', value: '产值 85 亿元 · 增加值 24 亿元', quote });
  });
  it('names the year of a plan that gives no 2025 figure, and every year when it gives several', () => {
    expect(
      zoneTarget({ output2025: null, valueAdded2025: null, targets: [{ year: 2026, output: 300, quote }] }),
    ).toEqual({ label: '2026 年目标', value: '产值 300 亿元', quote });
    expect(
      zoneTarget({
        output2025: null,
        valueAdded2025: null,
        targets: [
          { year: 2026, output: 300, valueAdded: null, quote },
          { year: 2030, output: 500, valueAdded: 90, quote },
        ],
      }),
    ).toEqual({
      label: '目标',
      value: '2026 年 产值 300 亿元；2030 年 产值 500 亿元 · 增加值 90 亿元',
      quote: null,
    });
  });
});
