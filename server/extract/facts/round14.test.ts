import { describe, expect, it } from 'vitest';
import { firmShaped } from '../firmSiblings.ts';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 14's general rule (#15): a firm's siblings in an enumeration. Never a name from a
// test text.

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

describe('plan facts: rules written after round 14 was scored blind', () => {
  it('keeps firms that signed with the park local, in the park (与A公司、B公司等N家企业签订了招商引资协议)', () => {
    const f = facts(
      '甲乙县招商网讯:截至今年6月,县工业园区共洽谈项目20个,签约项目9个,招商引资项目总投资8亿元。\n签约仪式上,工业园区管委会主任介绍了园区今年招商引资情况,并与丙丁烟花公司、庚辛电子公司等9家企业签订了招商引资协议。\n今年以来,甲乙县工业园区积极创新招商方式。',
    );
    expect(placed(f)).toEqual(['丙丁烟花公司@甲乙县工业园区', '庚辛电子公司@甲乙县工业园区']);
    expect(f.targets).toEqual([]);
  });

  it('reads a list closed by 等行业龙头企业, and no kind of company (上市公司) as a name', () => {
    const f = facts(
      '甲乙经济开发区入园企业60家、上市公司投资项目5个,湖南丙丁、广东庚辛等行业龙头企业相继入驻。',
    );
    expect(placed(f)).toEqual(['湖南丙丁@甲乙经济开发区', '广东庚辛@甲乙经济开发区']);
  });

  it('reads a yearly amount before its product (建设60万吨/年甲烷、9万吨/年乙二醇等项目)', () => {
    const p = facts('该基地计划占地900亩,建设60万吨/年丙烯、9万吨/年乙二醇等项目。').projects;
    expect(p.map((x) => `${x.product} ${x.value}${x.unit}`)).toEqual(['丙烯 60万吨/年', '乙二醇 9万吨/年']);
  });

  it('reads 港区 as a zone word, and no delegation (商会组团) as a zone; visitors are outside firms', () => {
    const f = facts(
      '甲乙区全力打造丙丁度假区、庚辛港区两大园区。全区接待了甲丁商会组团、香港丙辛集团等一批知名企业客商考察,签约项目8个。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['丙丁度假区', '庚辛港区']);
    expect(f.firms).toEqual([]);
    expect(f.targets.map((t) => t.name)).toEqual(['香港丙辛集团']);
  });

  it('places the items of a list the zone opens in that zone, a zone among them being its part', () => {
    const f = facts(
      '代表们来到甲乙经济开发区丙丁塑业、庚辛服装公司、丙庚拓展区建设现场、丁辛食品有限公司等地参观。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual([
      '甲乙经济开发区<null>',
      '丙庚拓展区<甲乙经济开发区>',
    ]);
    expect(placed(f)).toEqual([
      '丙丁塑业@甲乙经济开发区',
      '庚辛服装公司@甲乙经济开发区',
      '丁辛食品有限公司@甲乙经济开发区',
    ]);
  });
});
