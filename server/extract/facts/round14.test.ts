import { describe, expect, it } from 'vitest';
import { firmShaped } from '../firmSiblings.ts';
import { extract } from '../index.ts';

// Made-up sentences for round 14's general rule (#15): a firm's siblings in an enumeration. Never a name from a
// test text.
const facts = (t: string, title = '') => extract(t, title).facts;
const placed = (f: ReturnType<typeof facts>) => f.firms.map((x) => `${x.name}@${x.zone}`);

describe('plan facts: siblings of a firm (round 14)', () => {
  it('reads the items beside a firm with a suffix as firms, past the zone that opens the list', () => {
    const f = facts(
      '代表们先后来到甲乙经济开发区丙丁塑业、甲丁服装公司、庚辛食品有限公司、乙庚酒业等地,了解企业发展现状。',
    );
    expect(placed(f)).toEqual([
      '丙丁塑业@甲乙经济开发区',
      '甲丁服装公司@甲乙经济开发区',
      '庚辛食品有限公司@甲乙经济开发区',
      '乙庚酒业@甲乙经济开发区',
    ]);
  });

  it('reads a province before a brand as a firm beside a firm (湖南甲丁)', () => {
    const f = facts('园区内现有丙丁科技有限公司、湖南甲丁、庚辛塑业,均已投产。');
    expect(f.firms.map((x) => x.name)).toEqual(['丙丁科技有限公司', '湖南甲丁', '庚辛塑业']);
  });

  it('leaves items that are works, places or sectors, though a firm is in the list', () => {
    const f = facts('甲乙经济开发区重点建设丙丁科技有限公司、道路工程、标准厂房、污水处理厂、农业、创业。');
    expect(placed(f)).toEqual(['丙丁科技有限公司@甲乙经济开发区']);
  });

  it('tells a firm by its shape: a brand with a trade, a place with a brand, not a sector or a site', () => {
    expect(['丙丁塑业', '湖南甲丁', '庚辛科技', '甲丁服装公司'].map(firmShaped)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['农业', '道路工程', '甲乙拓展区', '建设现场', '湖南', '新能源汽车'].map(firmShaped)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
