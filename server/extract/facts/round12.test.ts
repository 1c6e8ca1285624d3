import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for the rules written after the eleventh round of #15 was scored blind (its texts are
// development since), never a name from a test text.

describe('plan facts: zones read after round 11', () => {
  it('reads 小微园 as a zone word, and the bare 小微园区 as no zone of its own', () => {
    const zones = facts(
      '丙丁实业有限公司从外地搬迁至甲县乙镇小微园。近年来乙镇投资2亿元建设小微园区,吸引了20家企业入驻。',
    ).zones.map((z) => z.name);
    expect(zones).toEqual(['甲县乙镇小微园']);
  });

  it('reads no zone described by what it is made of (以…为主的中小企业聚集区)', () => {
    const zones = facts(
      '甲乙工业园内已初步形成了以新型材料、机电加工等特色产业为主的中小企业聚集区。入园企业已达30家。',
    ).zones.map((z) => z.name);
    expect(zones).toEqual(['甲乙工业园']);
  });

  it('places the firms of a text that names one zone only in it, though the zone is named late', () => {
    const f = facts(
      [
        '来源：某报某版（某年某月某日；记者某某某与某某某采写；报头与版面信息略去，下同；另有图片三幅未收录）',
        '新入驻一个月时间,丙丁光电科技有限公司已进入紧张的忙碌期。从外地搬迁至甲县乙镇小微园,公司迅速达成合作。',
        '戊己木业有限公司今年发展成绩有目共睹。',
      ].join('\n'),
      '小微园集聚发展新动能',
    );
    expect(placed(f)).toEqual(['丙丁光电科技有限公司@甲县乙镇小微园', '戊己木业有限公司@甲县乙镇小微园']);
  });
});

describe('plan facts: firms placed after round 11', () => {
  it('places a firm its sentence puts inside the bare kind word (在工业园内) in the one zone of that kind', () => {
    const f = facts(
      [
        '据报道，某区围绕项目抓推介。新引进的丙丁电源有限公司是一个配套企业，今年企业在工业园内征地300亩。',
        '据了解，甲乙工业园内已入驻企业41家。',
      ].join('\n'),
    );
    expect(placed(f)).toEqual(['丙丁电源有限公司@甲乙工业园']);
  });

  it('does not take a zone named after the first paragraph as what the text is about', () => {
    const f = facts(
      [
        `某某县地处省境东部，${'交通便利，资源丰富，'.repeat(15)}工业经济稳步增长。`,
        '投资5亿元的丙丁工业园已建成。',
        '庚辛集团投资的电厂已并网发电。',
      ].join('\n'),
    );
    expect(f.firms.find((x) => x.name === '庚辛集团')?.zone).toBeNull();
  });
});

describe('plan facts: firms read after round 11', () => {
  it('reads a list closed by 等核心企业 as firms, and a trade in it (汽车大修) as none', () => {
    const f = facts(
      '甲乙经济开发区实力不断提升,形成了以丙康药业、丁敦木业、汽车大修、戊东食品等核心企业为主导的企业集群。',
    );
    expect(f.firms.map((x) => x.name).sort()).toEqual(['丁敦木业', '丙康药业', '戊东食品']);
    expect(f.firms.every((x) => x.zone === '甲乙经济开发区')).toBe(true);
  });

  it('reads a firm the recruiting word describes as brought in already (新引进的) as local, not a target', () => {
    // No zone nearby: before the rule, 引进 in its clause made it a target.
    const f = facts('做好配套项目的招商。新引进的丙丁电源有限公司是一个配套企业,当年实现产值2亿元。');
    expect(placed(f)).toEqual(['丙丁电源有限公司@null']);
    expect(f.targets).toEqual([]);
    // Where the plan still recruits it, it stays a target.
    expect(facts('积极引进丙丁电源有限公司等企业。').targets.map((t) => t.name)).toEqual([
      '丙丁电源有限公司',
    ]);
  });

  it('reads an owner opening a 等项目 item after an item with its amount, a place-named brand too', () => {
    const names = facts(
      '甲乙经开区内,丙丁戊5万吨刚玉及1万吨蓝刚玉、安达科技新能源材料等项目已建成投产。',
    ).firms.map((x) => x.name);
    expect(names).toContain('安达科技');
  });
});

describe('plan facts: capacities read after round 11', () => {
  it('reads 年生产 N 单位 X as a yearly capacity, and 年生产总值 as none', () => {
    const p = facts('丙丁公司计划年生产电动三轮车6万辆。全区年生产总值30万吨以上的企业有3家。').projects;
    expect(p.map((x) => `${x.product} ${x.value}${x.unit}`)).toEqual(['电动三轮车 6万辆/年']);
  });
});
