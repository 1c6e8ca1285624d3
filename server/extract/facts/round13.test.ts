import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for the rules written after the twelfth round of #15 was scored blind (its texts are
// development since), never a name from a test text.

describe('plan facts: rules written after round 12', () => {
  it('reads 工业区 as a zone word and places its firms there, but not 老工业区 or 工业区块', () => {
    const f = facts(
      '在甲乙工业区,丙丁精密机械有限公司已三次拿地扩产。老工业区改造和工业区块划定同步推进,修建进出工业区的道路。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲乙工业区']);
    expect(placed(f)).toEqual(['丙丁精密机械有限公司@甲乙工业区']);
  });

  it('reads 万立方米 (also in traditional script, 萬立方米) as a yearly capacity unit', () => {
    const p = facts('丙丁建材有限公司於去年建成投產,年生產商品混凝土30萬立方米,已實現銷售額1億元。').projects;
    expect(p.map((x) => `${x.product} ${x.value}${x.unit}`)).toEqual(['商品混凝土 30万立方米/年']);
  });

  it('reads a zone name over a gloss in brackets (甲镇(即乙市的城区)…), leaving the gloss out of the name', () => {
    const f = facts(
      '甲镇(即乙市的城区)丙丁产业聚集区自去年启动建设。目前,戊己建材有限公司已入驻甲镇丙丁产业聚集区。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲镇丙丁产业聚集区']);
    expect(placed(f)).toEqual(['戊己建材有限公司@甲镇丙丁产业聚集区']);
  });

  it('reads an expected figure as the target of its year (预计2027年园区产值可达40亿元)', () => {
    const f = facts('甲乙经济开发区已吸引20家企业入驻。预计2027年园区产值可达40亿元。');
    const zone = f.zones.find((z) => z.name === '甲乙经济开发区');
    expect(zone?.target).toMatchObject({ year: 2027, output: 40, valueAdded: null });
  });

  it('keeps a year after 截至 a fact, not a target year', () => {
    const f = facts('甲乙经济开发区已吸引20家企业入驻。截至2023年底,园区产值可达40亿元。');
    expect(f.zones.find((z) => z.name === '甲乙经济开发区')?.target?.year ?? null).toBeNull();
  });

  it('places firms the county itself works with (某县…配合A、B…) in the county, others of the sentence in the park', () => {
    const f = facts(
      '丙丁工业园区管委会主任介绍说,自建园以来,榆中县大力实施工业强县战略,全力配合庚辛能源、壬癸矿业两大集团资源的勘探开发,并加大招商力度,吸引了子丑化工等龙头企业到丙丁工业园区投资兴业。',
      '榆中县丙丁工业园区',
    );
    const p = placed(f);
    expect(p).toContain('庚辛能源@null');
    expect(p).toContain('壬癸矿业@null');
    expect(p).toContain('子丑化工@丙丁工业园区');
    expect(f.targets.map((t) => t.name)).not.toContain('庚辛能源');
  });
});

// Made-up sentences for the rules written after the thirteenth blind round was scored (its texts are development
// since), never a name from a test text.
describe('plan facts: firms read after round 13', () => {
  it('reads company names written one after another (one per line) as separate firms, a branch as one', () => {
    const names = facts(
      ['代表企业:', '甲乙新材料股份有限公司', '丙丁化工(广州)有限公司', '戊己建材有限公司庚辛分公司'].join(
        '\n',
      ),
    ).firms.map((x) => x.name);
    for (const n of ['甲乙新材料股份有限公司', '丙丁化工(广州)有限公司', '戊己建材有限公司庚辛分公司'])
      expect(names).toContain(n);
    expect(names.filter((n) => /有限公司.+有限公司/.test(n))).toEqual([]);
  });

  it('leaves a dash and a bare kind word out of a firm name (中央企业—甲集团公司, 开发区乙公司)', () => {
    const names = facts('唯一一家中央企业—甲乙集团公司将投资10亿元。图为开发区丙丁公司生产线。').firms.map(
      (x) => x.name,
    );
    expect(names).toContain('甲乙集团公司');
    expect(names).toContain('丙丁公司');
    expect(names.some((n) => /^[—开]/.test(n))).toBe(false);
  });

  it('reads the firms an industry is represented by (以A、B为代表的…产业), a facility by its owner, not an industry', () => {
    const f = facts(
      '甲乙产业区逐渐形成以丙丁无人机测试基地、戊己制铁为代表的智能制造产业;以电子信息产业为代表的新兴产业。',
    );
    expect(f.firms.map((x) => x.name).sort()).toEqual(['丙丁', '戊己制铁']);
  });

  it('reads a list after a percentage (12%的增速背后是A、B等58家企业), 是 ending its preamble', () => {
    const names = facts(
      '2024年产值达300亿元,12.1%的增速背后是丙丁科技、戊己金属等58家高新技术企业。',
    ).firms.map((x) => x.name);
    expect(names).toEqual(['丙丁科技', '戊己金属']);
  });

  it('reads no firm in a gloss on how firms were counted (121家(工商注册口径))', () => {
    expect(facts('甲乙产业区累计注册企业121家(工商注册口径)。').firms).toEqual([]);
  });
});

describe('plan facts: zones and places read after round 13', () => {
  it('reads a base (产业基地) as a zone only where projects go into it, not as a goal', () => {
    const f = facts(
      '甲乙生物医药产业基地成为此次签约的大赢家。丙丁集团拟在戊己汽车产业基地建设整车项目。全力打造庚辛新材料产业基地。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲乙生物医药产业基地', '戊己汽车产业基地']);
    expect(placed(f)).toEqual(['丙丁集团@戊己汽车产业基地']);
  });

  it('reads a part named by its zone (甲产业基地核心区) as that zone, and no park a project unites (集…于一体的)', () => {
    const f = facts(
      '丙丁传媒集团有限公司拟在甲乙新媒体产业基地核心区建设集影视、动漫、培训于一体的传媒产业园。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['甲乙新媒体产业基地']);
    expect(f.firms.every((x) => x.zone === '甲乙新媒体产业基地')).toBe(true);
  });

  it('places a firm by (拟)在 + zone + 建设 within its own clause, not by the next clause', () => {
    const f = facts(
      '甲乙工业园和丙丁产业园今年签约两个项目:戊己科技股份公司联合庚辛集团等企业在甲乙工业园建设整车项目;壬癸资源集团拟在丙丁产业园建设新材料基地。',
    );
    const p = placed(f);
    expect(p).toContain('庚辛集团@甲乙工业园');
    expect(p).toContain('壬癸资源集团@丙丁产业园');
  });

  it('places a firm written right after the bare kind word (开发区甲公司) in the development zone named before', () => {
    const f = facts('甲乙开发区丙丁工业园汇聚了20多家通信企业。图为开发区戊己公司生产线。');
    expect(placed(f)).toContain('戊己公司@甲乙开发区');
  });

  it('reads no zone in a way of building zones (主题产业园模式) or a generic 传统开发区, and holds the parks of a 工业区', () => {
    const f = facts(
      '甲乙工业区作为省级开发区的标杆发展迅速。主题产业园模式突破传统开发区边界,丙丁人工智能产业园等7大专业园区吸引42个项目入驻。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual([
      '甲乙工业区<null>',
      '丙丁人工智能产业园<甲乙工业区>',
    ]);
  });

  it('reads a zone under a former county suffix (东乡县工业区, the district now a 区) as the same zone', () => {
    const f = facts(
      '抚州东乡县工业区\n抚州东乡工业区作为省级开发区的标杆,甲乙科技等企业入驻。',
      '抚州东乡县工业区',
    );
    expect(f.district?.name).toBe('东乡区');
    expect(f.zones.map((z) => z.name)).toEqual(['抚州东乡工业区']);
  });
});

describe('plan facts: capacities read after round 13', () => {
  it('reads 台(套) as a yearly unit', () => {
    const p = facts('甲乙公司拟建成年产300台(套)发酵成套设备基地。').projects;
    expect(p.map((x) => `${x.value}${x.unit}`)).toEqual(['300台(套)/年']);
  });
});
