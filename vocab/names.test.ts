import { describe, expect, it } from 'vitest';
import { byChineseName } from './names.ts';

describe('byChineseName', () => {
  it('orders as localeCompare with zh-CN does (pinyin), e.g. 安 before 北 before 重 before 綦', () => {
    const names = ['綦江铝业', '重庆齿轮', '北渡铝材', '安稳电力', 'ABC 材料', '北渡铝业', '长安汽车'];
    const expected = [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    expect([...names].sort(byChineseName)).toEqual(expected);
    expect(expected.slice(0, 4)).toEqual(['安稳电力', '北渡铝材', '北渡铝业', '重庆齿轮']);
  });
});
