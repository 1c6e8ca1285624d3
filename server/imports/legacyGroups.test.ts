import { describe, expect, it } from 'vitest';
import { legacyNames } from './legacyGroups.ts';

describe('groups of earlier imports, renamed', () => {
  it('by district; with the title where that name is taken; by title without a district', () => {
    const taken = ['新材料', '未归类产业链（秀山土家族苗族自治县）'];
    expect(
      legacyNames([
        { id: 'a', name: '导入：wc-2017', district: '旺苍县', taken },
        { id: 'b', name: '导入：旺苍十五五', district: '旺苍县', taken },
        { id: 'c', name: '导入：xs', district: '秀山土家族苗族自治县', taken },
        { id: 'd', name: '导入：某规划', district: null, taken },
      ]).map((r) => r.name),
    ).toEqual([
      '未归类产业链（旺苍县）',
      '未归类产业链（旺苍县 · 旺苍十五五）',
      '未归类产业链（秀山土家族苗族自治县 · xs）',
      '未归类产业链（某规划）',
    ]);
  });
});
