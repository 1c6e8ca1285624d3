import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 31's rules (#15), modelled on two development texts (古丈's park inspection, 安化's
// signings). Never a held-out text.

const LAYOUT =
  '红网讯 5日,县政协主席甲乙,副主席丙丁、戊己、庚辛,副县级干部壬癸及部分县政协常委、委员深入丙镇和丁镇,视察全县工业园区建设。甲乙一行先后深入到戊己牧业、庚辛石材有限公司、甲乙高速丙丁段进行实地考察,详细了解工程施工进度、面临的问题和困难以及下一步的工作打算和需要县政协协调解决的事项。此次视察旨在推动工业经济发展。\n' +
  '县工业园区总规划面积3.8平方公里,分建材及有色金属精深加工园区和仓储物流型、农副产品加工园区,目前已入驻壬癸水泥、子丑酒业、戊己牧业等10家企业,基础设施投资已超过1亿元。';

describe('a park named by the level word alone, divided into parts (round 31)', () => {
  it('reads 县工业园区 opening a sentence as a zone, and the parks after 分 as its parts, 分 no part of a name', () => {
    const f = facts(LAYOUT);
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual([
      '县工业园区<null>',
      '建材及有色金属精深加工园区<县工业园区>',
      '农副产品加工园区<县工业园区>',
    ]);
  });
  it('places the firms that 入驻 in the zone the sentence opens with, not in its last part', () => {
    expect(placed(facts(LAYOUT))).toEqual(
      expect.arrayContaining(['壬癸水泥@县工业园区', '子丑酒业@县工业园区', '戊己牧业@县工业园区']),
    );
  });
  // (The park is named past the text's first 150 characters and paragraph, as in the page it is modelled on: not the
  // text's subject.)
  it('places no firm in it by 全县工业园区 (the county’s parks, all of them)', () => {
    expect(placed(facts(LAYOUT))).toContain('庚辛石材有限公司@null');
  });
  it('reads no zone in a list of bodies (县经开区、县经济信息科技局…相关负责同志参会)', () => {
    const f = facts(
      '会议要求抓好项目建设。县经开区、县经济信息科技局、县住房城乡建设局、甲镇相关负责同志参会。',
    );
    expect(f.zones.filter((z) => z.kind !== '镇街').map((z) => z.name)).toEqual([]);
  });
  it('keeps 分 that opens a place’s name (分宜工业园)', () => {
    const f = facts('甲市产业布局合理,分宜工业园和乙丙产业园发展迅速。');
    expect(f.zones.map((z) => z.name)).toContain('分宜工业园');
  });
});

describe('a county named only inside its zone’s name (round 31)', () => {
  it('proposes the county whose short name opens the zone, over an outside county named once in full', () => {
    const f = facts(
      '记者今天从芷江工业园了解到,该园今年1月签约项目4个。去年来,芷江工业园以建链强链补链为核心,先后走访浙江省玉环市汽配产业链企业,邀请甲乙项目的负责人赴芷江工业园考察洽谈。',
    );
    expect(f.district?.name).toBe('芷江侗族自治县');
  });
});
