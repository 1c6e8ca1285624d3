import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';
import { type FactGold, measureFacts, planFixtureText } from './measure.ts';

const gold = JSON.parse(readFileSync('tests/fixtures/plans/facts-gold.json', 'utf8')) as {
  plans: FactGold[];
};

describe('plan facts on the development part of the hand-checked lists', () => {
  for (const g of gold.plans) {
    const below = g.below ? ` (below target: ${JSON.stringify(g.below)})` : '';
    it(`${g.plan}: district, zones with parents, firms with zones, projects with capacities, targets ≥ 0.90${below}`, () => {
      const r = measureFacts(extract(planFixtureText(readFileSync(g.plan, 'utf8')), g.title).facts, g);
      const recall = (k: keyof typeof r) => (r[k].dev.total ? r[k].dev.found / r[k].dev.total : 1);
      const floor = (k: keyof NonNullable<FactGold['below']>) => g.below?.[k] ?? 0.9;
      // The district is found or not: 1 unless the text never names it (a floor of 0 says so).
      expect(recall('district')).toBeGreaterThanOrEqual(g.below?.district ?? 1);
      expect(recall('zones')).toBeGreaterThanOrEqual(floor('zones'));
      expect(recall('projects')).toBeGreaterThanOrEqual(floor('projects'));
      expect(recall('targets')).toBeGreaterThanOrEqual(floor('targets'));
      expect(recall('firms')).toBeGreaterThanOrEqual(floor('firms'));
    });
  }
});

describe('plan facts, rule by rule', () => {
  it('reads a zone prefixed by its parent, a park named after its group, towns, and targets of the paragraph', () => {
    const text = [
      '一区：某某国家级高新技术产业开发区；六组团：高新区桥河组团、扶欢组团。',
      '“多点”：三江、石角、赶水、打通。',
      '推动桥河组团装备产业发展。依托綦齿传动、荆江传动等企业基础，建设桥河齿轮产业园。到 2025 年，产值达到 200 亿元，增加值规模达 42 亿元。',
    ].join('\n');
    const f = extract(text, '重庆市綦江区工业发展规划').facts;
    expect(f.district?.name).toBe('綦江区');
    const zone = (n: string) => f.zones.find((z) => z.name === n);
    expect(zone('桥河组团')?.parent).toBe('某某国家级高新技术产业开发区');
    expect(zone('桥河齿轮产业园')?.parent).toBe('桥河组团');
    expect(zone('扶欢组团')?.parent).toBeNull();
    expect(['三江', '石角', '赶水', '打通'].every((t) => zone(t)?.kind === '镇街')).toBe(true);
    expect(zone('桥河组团')?.target).toMatchObject({ year: 2025, output: 200, valueAdded: 42 });
    expect(f.firms.find((x) => x.name === '綦齿传动')?.zone).toBe('桥河组团');
  });

  it('tells investment targets from local firms and reads capacities with their units', () => {
    const text =
      '（一）铝产业。打造“电解铝—再生铝—铝型材”产业链。聚焦南山铝业等行业龙头企业，坚持招大招强。推动鹏翔铝业年产 10 万吨再生铝项目，形成 30 万台汽车变速器、100 万套车桥总成生产能力。';
    const f = extract(text, '某区规划').facts;
    expect(f.targets.map((t) => [t.name, t.link])).toEqual([['南山铝业', '电解铝']]);
    const caps = f.projects.map((p) => [p.value, p.unit, p.product]);
    expect(caps).toContainEqual([10, '万吨/年', '再生铝']);
    expect(caps).toContainEqual([30, '万台/年', '汽车变速器']);
    expect(caps).toContainEqual([100, '万套/年', '车桥总成']);
  });

  it('reads firms from any 等企业 list, a place-and-brand firm in a 等项目 list, and the owner of a plant', () => {
    const text = [
      '（一）推动东林组团化工产业发展。依托区内资源，结合南坪化工园区内甲方化工、乙丙科技等龙头企业，重点发展精细化工。',
      '（二）静脉产业园建设项目。推进东岳环保垃圾焚烧发电厂一期项目达产运营，加快山东鲁泰等项目建设。',
      '（三）桥东组团。依托丁戊传动、庚辛半轴等企业基础，推动现有企业做大做强。',
    ].join('\n');
    const f = extract(text, '某某县工业发展规划').facts;
    const zoneOf = (n: string) => f.firms.find((x) => x.name === n)?.zone;
    expect(zoneOf('甲方化工')).toBe('南坪化工园区');
    expect(zoneOf('乙丙科技')).toBe('南坪化工园区');
    expect(zoneOf('东岳环保')).toBe('静脉产业园');
    expect(zoneOf('山东鲁泰')).toBe('静脉产业园');
    // A name ending like a product (…半轴) is a firm where the list says 等企业.
    expect(zoneOf('庚辛半轴')).toBe('桥东组团');
  });

  it('reads capacities without a product after them, N × M MW, round Chinese amounts and 万立方米', () => {
    const text = [
      '增建锂电池隔膜生产线，形成 20 亿平方米产能。',
      '推进 2×75MW 燃气联合循环机组项目建设。',
      '加快形成千万吨骨料和水泥产能保障基地。',
      '加快布局调峰设施项目，形成 200 万立方米 / 年 LNG 产能。',
      '力争形成 1 万标准机架承载能力。加快形成 1000 万 m3 部品部件产能。',
      '推动某某铝业 34 万吨电解铝达产加快推进其他项目。',
    ].join('\n');
    const caps = extract(text, '某区规划').facts.projects.map((p) => [p.value, p.unit, p.product]);
    // Every capacity carries a product (the commit refuses an empty one).
    expect(caps.filter((c) => !c[2])).toEqual([]);
    expect(caps).toContainEqual([20, '亿平方米/年', '锂电池隔膜']);
    expect(caps).toContainEqual([150, 'MW', '燃气联合循环机组']);
    expect(caps).toContainEqual([1000, '万吨/年', '骨料和水泥']);
    expect(caps).toContainEqual([200, '万立方米/年', 'LNG']);
    expect(caps).toContainEqual([1, '万标准机架', '标准机架']);
    expect(caps).toContainEqual([1000, '万m3/年', '部品部件']);
    expect(caps).toContainEqual([34, '万吨/年', '电解铝']);
  });

  it('keeps 合作/发展 inside a zone name, a bracketed place inside it, and reads 新城 and …谷 zones', () => {
    const text = [
      '形成“一核两区”布局。即：城西健康产业核心区和东山工业发展辅助区。',
      '打造甲乙川渝产业合作示范园区。以西部（某某）信息安全谷建设为抓手。',
      '重点区域北部新城、东岳组团。发挥北部新城建设的示范作用。',
    ].join('\n');
    const names = extract(text, '某区规划').facts.zones.map((z) => z.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '东山工业发展辅助区',
        '甲乙川渝产业合作示范园区',
        '西部（某某）信息安全谷',
        '北部新城',
      ]),
    );
    expect(names.filter((n) => n.includes('发挥'))).toEqual([]);
  });
});
