import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

// Made-up sentences in the style of news reports and park introductions (fourth round of #15).
const parentOf = (f: ReturnType<typeof extract>['facts'], n: string) =>
  f.zones.find((z) => z.name === n)?.parent;

describe('plan facts: 片区 parts, 园区 as a common word, 力争 targets', () => {
  const text = [
    '某市新区跑出园区经济增长加速度',
    '在丁戊工业园区东山片区,年产10万吨硅酸钠项目开工建设。',
    '丁戊工业园区南岭片区和北坡片区项目快速推进。',
    '下一步,将狠抓园区规范化建设,提升园区承载力,打造先进制造基地和产业园区,力争2024年园区工业总产值突破80亿元。',
  ].join('\n');
  const f = extract(text, '').facts;

  it('reads a 片区 written after its zone, and one joined to it by 和, as parts of that zone', () => {
    expect(parentOf(f, '东山片区')).toBe('丁戊工业园区');
    expect(parentOf(f, '南岭片区')).toBe('丁戊工业园区');
    expect(parentOf(f, '北坡片区')).toBe('丁戊工业园区');
  });

  it('reads no zone where 园区 is the object of a verb, in a headline, after a year or after 基地和', () => {
    expect(f.zones.map((z) => z.name).sort()).toEqual(
      ['丁戊工业园区', '东山片区', '北坡片区', '南岭片区'].sort(),
    );
  });

  it('gives a target whose subject is 园区, with its year after 力争, to the top zone', () => {
    expect(f.zones.find((z) => z.name === '丁戊工业园区')?.target).toMatchObject({ year: 2024, output: 80 });
  });
});

describe('plan facts: a layout after 分为：, a bracketed former name, 其中 in brackets, a described park', () => {
  const text = [
    '某区经济“鸟巢”——工业园区',
    '甲县(今乙区)工业园区是市人民政府批准的市级特色工业园区。按照“一区三园”布局,园区分为:东岭能源产业园、西河食品产业园、南山机电产业园。',
    '东岭能源产业园位于东岭街道,规划面积2平方公里。目前,园区建设初具规模。星光电力、宏宇门业等企业已经入驻。到2010年,入园项目总投资达38亿元,实现产值43亿元,工业增加值13亿元。',
    '西河食品产业园位于西河街道,规划面积8平方公里(其中移民创业工业园1.5平方公里)。规划建设从西河食品产业园至港口的公路,园区建成后解决就业岗位可达2000个,随着鑫华电子、天利食品等一批企业的入驻,西河食品产业园将成为新的增长点。',
  ].join('\n');
  const f = extract(text, '').facts;

  it('finds the top zone written with its former name in brackets, after a title line, and its parks', () => {
    const top = '甲县(今乙区)工业园区';
    expect(parentOf(f, top)).toBeNull();
    for (const park of ['东岭能源产业园', '西河食品产业园', '南山机电产业园'])
      expect(parentOf(f, park)).toBe(top);
    expect(f.zones.some((z) => z.name.includes('——'))).toBe(false);
  });

  it('puts a park named after (其中… in brackets under the zone its sentence is about; 从/其中 start no name', () => {
    expect(parentOf(f, '移民创业工业园')).toBe('西河食品产业园');
    expect(f.zones.filter((z) => /^(从|其中)/.test(z.name))).toEqual([]);
  });

  it('gives a dated target to the park the paragraph describes (B产业园位于…)', () => {
    expect(f.zones.find((z) => z.name === '东岭能源产业园')?.target).toMatchObject({
      year: 2010,
      output: 43,
      valueAdded: 13,
    });
  });

  it('puts firms of a list closed by 等一批企业 in the park they move into (入驻), named after them', () => {
    const zoneOf = (n: string) => f.firms.find((x) => x.name === n)?.zone;
    expect(zoneOf('鑫华电子')).toBe('西河食品产业园');
    expect(zoneOf('天利食品')).toBe('西河食品产业园');
    expect(zoneOf('星光电力')).toBe('东岭能源产业园');
  });
});

describe('plan facts: project owners without a suffix, lists of 多家大型企业, the zone a report is about', () => {
  const text = [
    '3月7日讯,今年以来,某某区加大东塘循环经济产业园区建设力度,目前,甲乙巴巴、浙江某洋集团、法国某斯福等多家大型企业已入驻经济产业园。',
    '笔者在东塘循环经济产业园看到,广西华糖年产30万吨蔗叶饲料加工和30万吨有机肥项目、宏福年产5万吨干酵母生产项目等重大项目建设正在推进。',
    '据了解,产业园计划三年内建设标准厂房20万平方米,可容纳企业超过30家,就业人员超过3000人,建成后将带动周边农户种植甘蔗,增加农民收入,推动区域经济社会发展,实现经济效益和社会效益双丰收。',
    '目前,广西华糖项目2.5万平方米标准厂房已经建成投产;兴旺公司、湘江公司等标准厂房正在竖立结构架。',
  ].join('\n');
  const f = extract(text, '').facts;
  const zoneOf = (n: string) => f.firms.find((x) => x.name === n)?.zone;

  it('reads a list closed by 等多家大型企业 and the owner of a yearly-output project', () => {
    expect(zoneOf('甲乙巴巴')).toBe('经济产业园');
    expect(zoneOf('广西华糖')).toBe('东塘循环经济产业园区');
    expect(f.firms.map((x) => x.name)).toContain('宏福');
  });

  it('puts a firm no sentence places in a zone in the zone the report opens with', () => {
    expect(zoneOf('兴旺公司')).toBe('东塘循环经济产业园区');
    expect(zoneOf('湘江公司')).toBe('东塘循环经济产业园区');
  });

  it('ends a product at 和 and reads no floor space as a capacity', () => {
    const caps = f.projects.map((p) => [p.value, p.unit, p.product]);
    expect(caps).toContainEqual([30, '万吨/年', '蔗叶饲料加工']);
    expect(caps).toContainEqual([30, '万吨/年', '有机肥']);
    expect(caps).toContainEqual([5, '万吨/年', '干酵母生产']);
    expect(caps.filter(([, unit]) => String(unit).includes('平方米'))).toEqual([]);
  });
});

describe('plan facts: a bulleted list of projects', () => {
  const text = [
    '东江新塘工业园,作为某县的重要发展平台,近年来取得了显著成果。',
    '三、重点项目建设',
    '近年来,东江新塘工业园重点项目建设取得了显著成效:',
    '- 宏远优特钢生产线:总投资约30亿元。作为北岭产业新城新材料板块的龙头企业,吸引了大批企业入驻。',
    '- 百盛科技新能源汽车动力电池及系统项目:首期投资10亿元,第一年产能可达2GWh,项目二三期将梯次推进。',
  ].join('\n');
  const f = extract(text, '').facts;

  it('reads the firm heading an item, in the zone the text is about, not the zone of the item before', () => {
    expect(f.firms.find((x) => x.name === '百盛科技')?.zone).toBe('东江新塘工业园');
    expect(parentOf(f, '北岭产业新城')).toBe('东江新塘工业园');
  });

  it('reads the firm of an item that calls its plant a leading firm, in the zone it leads in', () => {
    expect(f.firms.find((x) => x.name === '宏远')?.zone).toBe('北岭产业新城');
  });

  it('reads a capacity written after 产能可达 with the project as its product', () => {
    const p = f.projects.map((x) => [x.value, x.unit, x.product]);
    expect(p).toEqual([[2, 'GWh/年', '百盛科技新能源汽车动力电池及系统']]);
  });
});
