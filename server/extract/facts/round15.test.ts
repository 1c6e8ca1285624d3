import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

// Made-up sentences for round 15's rule (#15): a list closed by 等行业重点企业, read as firms only when most of its
// items have a firm's shape. Never a name from a test text.
const firms = (t: string) => extract(t, '').facts.firms.map((x) => `${x.name}@${x.zone}`);

describe('plan facts: a list closed by 等行业…企业 (round 15)', () => {
  it("reads an industry's leading firms (甲乙、丙丁等行业重点企业为目标)", () => {
    expect(firms('以甲乙传动、丙丁卫星、庚辛视讯、戊己森等行业重点企业为目标，推进智能化改造。')).toEqual([
      '甲乙传动@null',
      '丙丁卫星@null',
      '庚辛视讯@null',
      '戊己森@null',
    ]);
    expect(firms('园区将甲乙传动、丙丁卫星和庚辛视讯等行业骨干企业列为智能化改造示范。')).toEqual([
      '甲乙传动@null',
      '丙丁卫星@null',
      '庚辛视讯@null',
    ]);
  });

  it('reads no firm where most items are industries (新材料、大健康等行业骨干企业)', () => {
    expect(firms('鼓励智能装备、新材料、电子信息和大健康等行业骨干企业建设众创空间。')).toEqual([]);
    expect(firms('鼓励新材料、电子信息、庚辛视讯等行业重点企业建设众创空间。')).toEqual([]);
  });
});

describe('plan facts: a list closed by 等 and any class of firms (round 15)', () => {
  it('reads firms before a rank, an ownership, a count or a kind of firm', () => {
    for (const closer of [
      '等专精特新企业',
      '等世界500强企业',
      '等30余家规上工业企业',
      '等央企',
      '等本地汽摩零部件企业',
    ])
      expect(firms(`园区现有丙丁卫星、庚辛视讯、戊己森${closer}，发展势头良好。`)).toEqual([
        '丙丁卫星@null',
        '庚辛视讯@null',
        '戊己森@null',
      ]);
  });

  it('reads no firm where the items are products, activities or industries', () => {
    expect(firms('重点引进基板玻璃、盖板玻璃等材料生产企业。')).toEqual([]);
    expect(firms('鼓励食品加工、纺织服装等劳动密集型企业稳岗扩岗。')).toEqual([]);
    expect(firms('鼓励新材料、电子信息、生物医药等科技型企业加大研发投入。')).toEqual([]);
    expect(firms('园区现有丙丁卫星、庚辛视讯等汽车产业企业。')).toEqual([]);
  });

  it('keeps the longer reading of a name another rule cut short (甲地以辰集团, not 辰集团)', () => {
    const f = extract(
      '园区成功引进了福州以辰集团、杭州丙丁集团等民营企业500强企业，签约企业67家。',
      '',
    ).facts;
    expect(f.targets.map((x) => x.name)).toEqual(['福州以辰集团', '杭州丙丁集团']);
  });
});

describe('plan facts: the blind round-15 misses, on made-up sentences', () => {
  it('finds a county of two characters, named only in full (沛县), and not inside a longer name', () => {
    const report = '沛县人民政府县长作报告。一年来，我县工业稳中有进，全县规上工业增加值增长8%。';
    expect(extract(report, '政府工作报告').facts.district?.name).toBe('沛县');
    expect(extract('园区建设完成投资14亿元。', '民和县工业园区建设完成投资').facts.district?.name).not.toBe(
      '和县',
    );
  });

  it('reads a level and a bare kind after a verb as a predicate, not a zone (通过省级经开区创建验收)', () => {
    const f = extract('两个开发区成为省级绿色工业园区，并顺利通过省级经开区创建复核验收。', '').facts;
    expect(f.zones.map((z) => z.name)).toEqual([]);
  });
});

describe('plan facts: firms named by what they are given or listed as (round 15 after the blind reading)', () => {
  it('reads a clause subject given a title of firms (获评…企业, 更成为…单项冠军), not a zone or an industry', () => {
    expect(firms('丙丁新能源获评国家专精特新“小巨人”企业，庚辛科技更成为全市唯一单项冠军。')).toEqual([
      '丙丁新能源@null',
      '庚辛科技@null',
    ]);
    expect(firms('生物医药产业获批省级特色产业集群，我县成为全省工业强县，园区成为省级重点企业。')).toEqual(
      [],
    );
  });

  it('reads a list closed by 等…产业龙头企业 when its items are named', () => {
    expect(firms('丙丁新材、庚辛达等电子信息产业龙头企业强势发力。')).toEqual([
      '丙丁新材@null',
      '庚辛达@null',
    ]);
    expect(firms('新材料、电子信息等战略性新兴产业龙头企业加快集聚。')).toEqual([]);
  });
});

describe('plan facts: a counted list of projects (round 15 after the blind reading)', () => {
  it('reads the firms that name projects of a counted list, and no zone among its items', () => {
    const f = extract(
      '全周期管理,甲乙贴片、丙丁电子产业园等59个产业类项目落地开工,庚辛智能玻璃、戊己微元等12个项目顺利投产。',
      '',
    ).facts;
    expect(f.zones.map((z) => z.name)).toEqual([]);
    expect(f.firms.map((x) => x.name)).toEqual(['庚辛智能玻璃', '戊己微元']);
    expect(firms('光伏玻璃深加工、智能丝网等4个新签约项目实现当年投产。')).toEqual([]);
  });

  it('reads the firm a clause works with (与…合作), not a school, a body or a place', () => {
    expect(firms('贯通资源链。与庚辛供应链合作，统筹聚合市场资源。')).toEqual(['庚辛供应链@null']);
    expect(firms('与清华大学合作共建研究院。与周边县区合作。与省发展改革委合作。')).toEqual([]);
  });
});
