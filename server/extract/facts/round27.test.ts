import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 27's rules (#15): the twenty-seventh blind round's misses. Never a name from a test text.

describe('企业如 / 例如 before a firm (round 27)', () => {
  it('starts the firm after 如, and places it in the park its sentence names', () => {
    expect(
      placed(facts('甲县工业园区以包装材料为主导产业。园区内企业如甲乙包装材料有限公司专注环保材料研发。')),
    ).toEqual(['甲乙包装材料有限公司@甲县工业园区']);
    expect(facts('园区培育了一批骨干企业，例如丙丁机械有限公司。').firms.map((f) => f.name)).toEqual([
      '丙丁机械有限公司',
    ]);
  });
});

describe('a 孵化区 written after its park (round 27)', () => {
  it('reads the 孵化区 as the park’s part and places the firm whose project is there in it', () => {
    const f = facts(
      '年产1000万平方米无纺布生产线项目位于甲乙园区中小企业孵化区，由丙丁织业新材料科技有限公司投资兴建。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual([
      '甲乙园区<null>',
      '中小企业孵化区<甲乙园区>',
    ]);
    expect(placed(f)).toEqual(['丙丁织业新材料科技有限公司@中小企业孵化区']);
  });
});

describe('a yearly-output project’s owner read character by character (round 27)', () => {
  it('names the owner whose characters the segmenter reads one by one, whatever their parts of speech', () => {
    const names = facts(
      '此次竣工项目分别是甲乙铝业有限公司年产15万吨再生铝项目、丙能中丁年产1.5万吨电池级四氧化三锰、戊己塑胶年产5000吨汽车配件项目。',
    ).firms.map((f) => f.name);
    expect(names).toContain('丙能中丁');
  });
  it('does not read words of a clause (并将可) as an owner', () => {
    expect(facts('全县新增项目12个，并将可年产10万吨水泥。').firms).toEqual([]);
  });
});

describe('the title’s county over a neighbour named in the opening (round 27)', () => {
  it('proposes the county the title names by its base, not the one the opening names in full', () => {
    const text =
      '湖南祁东工业园区经省政府批准设立，地处常宁风景区东部，与常宁市一江之隔，区内设有常宁火车站。祁东工业园区以纺织为主。';
    expect(facts(text, '湖南祁东工业园区').district?.name).toBe('祁东县');
  });
});

describe('既有 / 也有 / 又有 / 还有 before a firm (round 27)', () => {
  it('is no part of the firm’s name', () => {
    expect(
      placed(facts('甲镇工业园区以锰业为主导产业。在园区，又有丙丁锰业、戊己锰业两家企业落户。')),
    ).toEqual(['丙丁锰业@甲镇工业园区', '戊己锰业@甲镇工业园区']);
    const names = facts(
      '甲镇工业园区以锰业为主导产业。园区既有丙丁锰业、戊己化工等骨干企业，也有庚辛锰业、壬癸化工等企业。',
    ).firms.map((f) => f.name);
    expect(names).toEqual(['丙丁锰业', '戊己化工', '庚辛锰业', '壬癸化工']);
  });
});

describe('one firm alone before 等…企业 (round 27)', () => {
  it('reads an item in a firm’s full shape (brand, trade word) as a firm', () => {
    const names = facts(
      '甲县工业园区以包装材料为主导产业。园区企业既有丙丁环保科技等年营收超亿元的骨干企业，也有戊己换热科技等创新型中小企业。',
    ).firms.map((f) => f.name);
    expect(names).toEqual(['丙丁环保科技', '戊己换热科技']);
  });
  it('reads no common words before the class as a firm', () => {
    expect(facts('甲县工业园区集聚了绿色化工等骨干企业。').firms).toEqual([]);
  });
});

describe('a class of parks and a phase of works are no zones (round 27)', () => {
  const zones = (t: string) => facts(t).zones.map((z) => `${z.name}<${z.parent}>`);
  it('reads 特色产业园区 (what a park is) as no zone', () => {
    expect(zones('甲乙工业园作为丙镇重点发展的特色产业园区，以包装材料为主导产业。')).toEqual([
      '甲乙工业园<null>',
    ]);
  });
  it('reads a phase written after a park (一期科创园项目) as no part of it', () => {
    expect(zones('甲乙工业园区以包装材料为主导产业，其中甲乙新材料产业园一期科创园项目已启动建设。')).toEqual(
      ['甲乙工业园区<null>', '甲乙新材料产业园<甲乙工业园区>'],
    );
  });
});

describe('园区 does not refer back to a park named by a phase of its works (round 27)', () => {
  it('places the firm in the park named before, not in the one being built', () => {
    expect(
      placed(
        facts(
          '甲乙工业园区以包装材料为主导产业，其中甲乙新材料产业园一期科创园项目已启动建设。从产业生态看，园区企业既有丙丁环保科技等年营收超亿元的骨干企业。',
        ),
      ),
    ).toEqual(['丙丁环保科技@甲乙工业园区']);
  });
});

describe('a firm whose resources a zone relies on (round 27)', () => {
  it('is named as a source, not placed in the zone', () => {
    expect(
      placed(facts('甲乙经济开发区确立了发展方向：依托丙丁石化公司的原料资源，规划建设苯酚丙酮等项目。')),
    ).toEqual(['丙丁石化公司@null']);
  });
});

describe('万箱 after 年产 (round 27)', () => {
  it('reads a yearly output in boxes as a capacity', () => {
    expect(
      facts('甲乙灯具年产30万箱玻璃灯具项目总投资8000万元。').projects.map(
        (p) => `${p.product} ${p.value}${p.unit}`,
      ),
    ).toEqual(['玻璃灯具 30万箱/年']);
  });
});

describe('one firm alone before a class of firms by their owners (round 27)', () => {
  it('reads a name of names alone before 等外资企业 as a firm', () => {
    expect(placed(facts('甲县工业园区企业普遍加大投入，丙丁戊己等外资企业引入5G技术。'))).toEqual([
      '丙丁戊己@甲县工业园区',
    ]);
  });
  it('reads a trade before it as none', () => {
    expect(facts('甲县工业园区企业普遍加大投入，纺织等外资企业引入5G技术。').firms).toEqual([]);
  });
});

describe('places written one after another before a zone’s name (round 27)', () => {
  const zones = (t: string) => facts(t).zones.map((z) => `${z.name}<${z.parent}>`);
  it('reads a province and a city before a park as no part of its name', () => {
    expect(zones('湖北省荆门市甲乙化工园区举行项目开工仪式。甲乙化工园区已入驻企业20家。')).toEqual([
      '甲乙化工园区<null>',
    ]);
  });
  it('reads a province, a city and the county as one zone with the county’s short form', () => {
    expect(zones('浙江省丽水市庆元县甲乙产业园举行开工仪式。庆元甲乙产业园已入驻企业20家。')).toEqual([
      '庆元甲乙产业园<null>',
    ]);
  });
});
