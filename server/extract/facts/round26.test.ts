import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 26's rules (#15): the twenty-sixth blind round's misses. Never a name from a test text.

const zones = (t: string) => facts(t).zones.map((z) => `${z.name}<${z.parent}>`);
const firms = (t: string) => facts(t).firms.map((f) => f.name);

describe('a headline line joined to the next (round 26)', () => {
  it('does not open the firm on the next line with the headline’s last words', () => {
    expect(firms('某旗加快推进重点项目建设甲乙盟\n丙丁矿产品公司正在加紧施工中。')).toEqual([
      '丙丁矿产品公司',
    ]);
  });
});

describe('an area written straight after its park (round 26)', () => {
  it('reads the area under the park, without the end of the park’s name', () => {
    expect(zones('戊己冶金有限公司在甲县工业园区乙湾原材料暨装备制造产业区举行开工仪式。')).toEqual([
      '甲县工业园区<null>',
      '乙湾原材料暨装备制造产业区<甲县工业园区>',
    ]);
  });
});

describe('年产 a product and its class before the amount (round 26)', () => {
  it('reads 年产甲乙丙等原料药产品80吨 as a capacity of 80 吨', () => {
    expect(
      facts(
        '庚辛制药有限公司原料药基地项目年产甲乙丙丁等原料药产品80吨,其中8个产品填补国内空白。',
      ).projects.map((p) => `${p.product} ${p.value}${p.unit}`),
    ).toEqual(['甲乙丙丁 80吨/年']);
  });
});

describe('a firm in an area written with its park (round 26)', () => {
  it('places the firm in the area, the narrower zone its sentence names', () => {
    expect(
      placed(facts('总投资2亿元的戊己冶金有限公司在甲县工业园区乙湾原材料暨装备制造产业区举行开工仪式。')),
    ).toEqual(['戊己冶金有限公司@乙湾原材料暨装备制造产业区']);
  });
});
