import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

// Made-up sentences for the eighth round of #15: the seventh round's leftovers (firms of project lists without a
// company suffix, …), never a name from a test text.
const firms = (t: string) => extract(t, '').facts.firms.map((f) => f.name);

describe('plan facts: firms named by their brands in lists of projects', () => {
  it('reads the brand opening each item of a list of projects pushed on, with its trade word if one follows', () => {
    expect(firms('加速甲电、乙能风电项目手续办理,推动丙能、丁旺达等光伏项目建设。')).toEqual(
      expect.arrayContaining(['甲电', '乙能', '丙能', '丁旺达']),
    );
    expect(firms('加速实施庚银山生态装饰板材、辛沅新材料等延链强链项目。')).toEqual(
      expect.arrayContaining(['庚银山', '辛沅新材料']),
    );
  });

  it('reads no firm where an item is a kind of project, or the list closes with a bare 等项目', () => {
    expect(firms('加快推进新能源汽车、智能制造等重点产业项目,推动风电、光伏等清洁能源项目建设。')).toEqual(
      [],
    );
    expect(firms('推动园区道路、标准厂房等配套项目建设。')).toEqual([]);
  });
});

describe('plan facts: notes of approved projects', () => {
  const text = [
    '近期某市多个工业项目获批:',
    '第二、庚蓝电气设备生产项目,建设地点:甲乙经济开发区。总投资10000万元。',
    '第三、新建年产500吨龙虾生产线,由甲乙市辛丰水产品有限公司投资建设。地址位于甲乙经济开发区丙丁工业园-5号,投资额1200万。',
    '第四、技术改造:甲鱼糜生产线技改、年达产40000吨、乙虾生产线技改年达产10000吨、配套3000吨冷库。',
  ].join('\n');
  const f = extract(text, '').facts;

  it('reads the owner heading a numbered item of a project, with the zone its item names', () => {
    expect(f.firms).toContainEqual(expect.objectContaining({ name: '庚蓝电气', zone: '甲乙经济开发区' }));
  });

  it('places a firm in the zone the next sentence gives as its address (the narrowest named)', () => {
    expect(f.firms).toContainEqual(
      expect.objectContaining({ name: '甲乙市辛丰水产品有限公司', zone: '丙丁工业园' }),
    );
  });

  it('reads 年达产 N 吨 with the product of the line before it', () => {
    const cap = (p: string) => f.projects.find((x) => x.product?.includes(p) || x.name.includes(p));
    expect(cap('甲鱼糜')).toMatchObject({ value: 40000, unit: '吨/年' });
    expect(cap('乙虾')).toMatchObject({ value: 10000, unit: '吨/年' });
  });
});

describe('plan facts: resident firms of a county park', () => {
  it('keeps 和 ending a county’s name (民和) in a firm’s name, and reads 已入住 as no part of a zone', () => {
    const f = extract(
      '截至目前,甲乙工业园区建设已完成投资。已入住工业园区的企业达20家,其中:民和庚华冶炼、民和辛达碳化硅、民和壬宏磨料科技等三家企业已点火投产。',
      '',
    ).facts;
    expect(f.firms.map((x) => x.name)).toEqual(
      expect.arrayContaining(['民和庚华冶炼', '民和辛达碳化硅', '民和壬宏磨料科技']),
    );
    expect(f.zones.map((z) => z.name)).not.toContain('已入住工业园区');
  });

  it('reads a plant named by a place and a brand (某地雪域酒厂) as a firm, not a plant without a place or a public one', () => {
    const names = firms(
      '乙园区开工项目65项。武威庚域酒厂2000吨白酒生产线建设已完成投资,年产240万吨洗煤厂、武威污水处理厂正在建设。',
    );
    expect(names).toContain('武威庚域酒厂');
    expect(names.some((n) => /洗煤厂|污水处理厂/.test(n))).toBe(false);
  });
});

describe('plan facts: brands of signed projects, named before 年产 or their product', () => {
  it('reads the brand and its trade word before 年产, after a separator or 既有/更有', () => {
    const names = firms(
      '此次签约的项目,既有庚锐恒丰年产300万只汽车皮带轮、辛森部件年产40万套塑料件等一批强链项目,又有庚果桥梁桥梁机械设备制造、癸实玻璃年产60万平方米钢化玻璃加工项目等融合项目,更有庚赛包装年产8亿只瓶盖生产线。',
    );
    expect(names).toEqual(expect.arrayContaining(['庚锐恒丰', '辛森部件', '庚果', '癸实玻璃', '庚赛包装']));
    expect(names).not.toContain('癸实');
  });

  it('reads no owner where the words before 年产 are a place or a time', () => {
    expect(firms('全县年产粮食50万吨、目前年产钢材10万吨、某市年产水泥5万吨项目。')).toEqual([]);
  });
});

describe('plan facts: signed projects by brand, and a park’s layout, goals and titles', () => {
  it('reads a brand before 技改, a brand before its product, and a place in brackets inside a company name', () => {
    const f = extract(
      '分别是乙安开发区的庚玻技改项目、辛斑智能农业机械生产项目。计划投资1.2亿元的庚玻技改项目将对庚玻(福建)光伏玻璃有限公司的二期工厂进行改造。计划投资8500万元的辛斑智能农业机械生产项目建成后主要从事智能农业机械生产。',
      '',
    ).facts;
    const names = f.firms.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['庚玻', '辛斑', '庚玻(福建)光伏玻璃有限公司']));
    expect(f.firms.find((x) => x.name === '辛斑')?.zone).toBe('乙安开发区');
  });

  it('reads every 产业区 of a layout, no zone in a quoted goal or a list of titles, and firms in the park their sentence names', () => {
    const f = extract(
      [
        '甲乙长青工业园',
        '甲乙长青工业园区,距丙市20公里。总规划面积33平方公里,分为三大功能区:电力能源产业区、电子工业产业区和后勤服务区。',
        '近年来,甲乙紧紧围绕把园区建成“全国最大的循环经济示范区、丙市工业核心区”的战略目标,先后引进了庚电集团、辛矿集团等大企业入驻。',
        '先后荣获中国最具投资潜力工业园区100强、某省重点县域工业园区等荣誉称号。',
      ].join('\n'),
      '甲乙长青工业园',
    ).facts;
    const zones = f.zones.map((z) => z.name);
    expect(zones).toContain('电子工业产业区');
    expect(zones.some((z) => /核心区|县域工业园区|潜力工业园区/.test(z))).toBe(false);
    expect(f.firms.find((x) => x.name === '庚电集团')?.zone).toBe('甲乙长青工业园区');
  });
});

describe('plan facts: capacities written in lists, with sizes and in tons', () => {
  const cap = (t: string) => extract(t, '').facts.projects.map((p) => `${p.product} ${p.value}${p.unit}`);

  it('reads an amount right after another project of its list, and a plant’s power after it', () => {
    expect(
      cap(
        '年产120万吨精选煤、100万吨水泥粉磨站等8家企业已全面开工新建,年产240万吨洗煤厂、4×600MW火电机组等项目正在做前期工作。',
      ),
    ).toEqual(expect.arrayContaining(['精选煤 120万吨/年', '水泥粉磨站 100万吨/年', '火电机组 2400MW']));
  });

  it('reads two amounts joined by 及/和, tons, 年产量达 and a size before the product; not a stock', () => {
    const found = cap(
      '甲乙酒厂2000吨白酒及500吨保健酒生产线建设已完成投资。庚鑫科技年产150万套高档服装和1万台电动缝纫机等二期项目。项目将建设年产量达17万吨2.0-2.5mm超薄光伏玻璃盖板生产线,配套3000吨冷库。',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '白酒 2000吨/年',
        '保健酒 500吨/年',
        '电动缝纫机 1万台/年',
        '超薄光伏玻璃盖板 17万吨/年',
      ]),
    );
    expect(found.some((x) => x.startsWith('冷库'))).toBe(false);
    expect(
      cap('年产8万吨铁合金、年货物吞吐量3000万吨物流项目等企业已开工。').some((x) => x.includes('3000')),
    ).toBe(false);
  });

  it('reads a zone after verbs the cut does not know, and no zone in a bare kind after them', () => {
    const zones = extract(
      '项目签约落户甲乙经开区。必将进一步延伸甲乙经开区产业链条。主动拜访返乡知名人士和园区企业家,宣传推介经开区产业发展方向。',
      '',
    ).facts.zones.map((z) => z.name);
    expect(zones).toEqual(['甲乙经开区']);
  });
});

describe('plan facts: a development zone’s own report', () => {
  it('reads 某经开区 as 某经济开发区, and the parks of the zone’s report as its parts', () => {
    const f = extract(
      [
        '甲乙经开区多点发力',
        '“十三五”期间,甲乙经济开发区进一步完善产业布局。',
        '主攻农副产品加工产业。园区主攻食品加工,以投资1.2亿元的甲乙食品产业园为承接载体。',
        '壮大汽车改装产业。投资5亿元的丙丁产业园已全部竣工建成。',
      ].join('\n'),
      '甲乙经开区多点发力',
    ).facts;
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual([
      '甲乙经济开发区<null>',
      '甲乙食品产业园<甲乙经济开发区>',
      '丙丁产业园<甲乙经济开发区>',
    ]);
  });
});
