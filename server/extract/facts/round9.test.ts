import { describe, expect, it } from 'vitest';
import { facts } from './rounds.testing.ts';

// Made-up sentences for the ninth round of #15 (firms named by what their sentence says they are, and the zones
// and capacities around them), never a name from a test text.
const firms = (t: string) => facts(t).firms.map((f) => f.name);

describe('plan facts: firms named by what their list is said to be', () => {
  it('reads the lists after 企业主要有 and 企业还有, whatever the names look like', () => {
    const found = firms(
      '西南部区域以新型建材为主,规模以上企业主要有甲森木业、乙恒建材、丙宇木业等,其他重要企业还有丁和超微粉体材料、戊通物流等公司。',
    );
    expect(found).toEqual(
      expect.arrayContaining(['甲森木业', '乙恒建材', '丙宇木业', '丁和超微粉体材料', '戊通物流']),
    );
    // A count or a kind of business is no firm.
    expect(firms('园区入驻企业有110余户,主要企业有食品、纺织两类。')).toEqual([]);
  });

  it('reads a list closed by a count of firms or said to be firms, less the words before its first item', () => {
    const found = firms(
      '园区内主要企业18户,其中甲吾煤业、乙亿胶带等为丙丁集团下属企业;庚源焦化、辛瑞焦化、壬旺焦化三大焦化企业总产能为630万吨。全力配合甲石油、乙石化两大集团的勘探开发。',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '甲吾煤业',
        '乙亿胶带',
        '庚源焦化',
        '辛瑞焦化',
        '壬旺焦化',
        '甲石油',
        '乙石化',
      ]),
    );
    // A count before 集团 names no firm itself.
    expect(found.filter((n) => /两大|三大/.test(n))).toEqual([]);
    expect(firms('形成电子、机械两大产业。')).toEqual([]);
  });

  it('reads a list closed by 等…龙头企业, unless its description names an industry', () => {
    expect(firms('吸引了甲辰工贸、乙北宜化等新型工业化龙头企业到县投资兴业。')).toEqual(
      expect.arrayContaining(['甲辰工贸', '乙北宜化']),
    );
    expect(firms('探索引进固态电池、锂离子电池等新型动力电池行业内重点企业。')).toEqual([]);
  });

  it('reads the firms a class of firms is represented by (以A和B为代表的)', () => {
    expect(firms('以甲磷矿业和乙阳化工为代表的重点磷煤化工企业完成产值43.2亿元。')).toEqual(
      expect.arrayContaining(['甲磷矿业', '乙阳化工']),
    );
  });

  it('reads the brand right before its project capacity, and no common word there', () => {
    const found = firms(
      '深圳甲雅信5万吨致密刚玉、乙发实业25万吨磷酸二铵技改等项目正在推进。建成甲坤18万吨甲醇、乙瑞化工5万吨溶剂油等重点项目。',
    );
    expect(found).toEqual(expect.arrayContaining(['深圳甲雅信', '乙发实业', '甲坤', '乙瑞化工']));
    expect(firms('形成30万台汽车变速器生产能力。去年生产电石1.28万吨,碳化硅3.2万吨。')).toEqual([]);
  });

  it('reads the owner opening an item of a list of projects with its trade word', () => {
    expect(firms('甲达科技新能源材料、乙丙生物饲料等项目已建成投产。')).toContain('甲达科技');
  });

  it('starts a company name after the description before it (首家制造业企业…)', () => {
    expect(firms('落户本县的首家制造业企业山东甲耀浮法玻璃科技有限公司正式投产。')).toContain(
      '山东甲耀浮法玻璃科技有限公司',
    );
  });
});

describe('plan facts: the zones that place them', () => {
  it('writes out an elliptical list numbered by its count, under the zone of the layout, and reads no towns there', () => {
    const f = facts(
      '綦江经济技术开发区规划格局为“一区两园”,即一个开发区两个产业园(三江、石角两个产业园),规划总面积约47平方公里。',
      '重庆市綦江区工业发展',
    );
    const zone = (n: string) => f.zones.find((z) => z.name === n);
    expect(zone('三江产业园')?.parent).toBe('綦江经济技术开发区');
    expect(zone('石角产业园')?.parent).toBe('綦江经济技术开发区');
    expect(zone('三江')).toBeUndefined();
  });

  it('reads 工业集中区, places firms of its unnamed 新区 in it, and takes no works of a firm for a zone', () => {
    const f = facts(
      '甲乙工业集中区位于丙镇。目前,集中区新区入园产业项目主要有:丁矿公司年产15万吨电解锰生产线。推进戊磷集团己水工业园三期工程。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲乙工业集中区']);
    expect(f.firms).toContainEqual(expect.objectContaining({ name: '丁矿公司', zone: '甲乙工业集中区' }));
  });

  it('starts no zone at a verb of planning or a time word, nor reads a description or 和园区 as one', () => {
    const f = facts(
      '为加快转型,积极筹划甲乙经济技术开发区申报省级经济技术开发区,建成集新能源、装备制造为一体的新型煤化工经济技术开发区。根据招商引资力度和园区容量,届时甲乙经济技术开发区将成为试验田。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲乙经济技术开发区']);
  });
});

describe('plan facts: capacities and targets around them', () => {
  it('reads 亿块 and a product ended by an ASCII comma; no daily amount; no phase of a capacity already read', () => {
    const caps = (t: string) => facts(t).projects.map((p) => [p.value, p.unit]);
    expect(
      caps('丙园公司年产20万立方米加气混凝土砌块及1.2亿块蒸压标砖,丁丁公司年产100万件服饰项目。'),
    ).toContainEqual([1.2, '亿块/年']);
    expect(caps('区内建有日处理污水2500万吨的污水处理厂,年产5万吨碳素项目开工。')).toEqual([[5, '万吨/年']]);
    expect(caps('年产20万吨磷酸铁项目开工,一期10万吨磷酸铁,二期10万吨磷酸铁。')).toEqual([[20, '万吨/年']]);
  });

  it('reads 工业生产总值 as a target output, not the 生产总值 of a region', () => {
    const f = facts('甲乙工业园区规划面积26平方公里。预计到2025年,园区工业生产总值200亿元。');
    expect(f.zones.find((z) => z.name === '甲乙工业园区')?.target).toMatchObject({ year: 2025, output: 200 });
    expect(facts('预计到2025年,全县地区生产总值300亿元。').zones).toEqual([]);
  });
});
