import { describe, expect, it } from 'vitest';
import { facts } from './rounds.testing.ts';

// Made-up sentences for the district's own targets (districtTargets.ts); Qijiang's wording is the gazette's. Never
// a held-out text of tests/fixtures/plans/district-targets-gold.json.

const figures = (t: string, title = '') =>
  facts(t, title).districtTargets.map((d) => [d.year, d.output, d.valueAdded]);

describe('the whole district’s targets', () => {
  it('reads 全县工业总产值 and 工业增加值 of the year the sentence aims at, with the sentence', () => {
    const f = facts(
      '甲县“十四五”工业发展规划\n二、发展目标\n到2025年，全县工业总产值达到120亿元，工业增加值达到35亿元。',
    );
    expect(f.districtTargets).toEqual([
      expect.objectContaining({
        year: 2025,
        output: 120,
        valueAdded: 35,
        quote: '到2025年，全县工业总产值达到120亿元，工业增加值达到35亿元。',
      }),
    ]);
  });
  it('reads a figure owned by industry itself, the whole industry’s before the 规上 part (Qijiang)', () => {
    expect(
      figures(
        '綦江区“十四五”工业规划\n（一）综合质效显著提升。工业经济保持中高速增长，规模总量明显提升，工业总产值力争达到 1000 亿元，其中规上工业总产值达到 855 亿元，工业增加值达到 260 亿元、占 GDP 比重保持在 1/3 以上。',
      ),
    ).toEqual([[2025, 1000, 260]]);
  });
  it('reads the district named by itself (秀山县工业总产值) and 规上工业 when that is all it states', () => {
    expect(
      figures('力争到2027年，秀山县规模以上工业总产值突破300亿元。', '秀山土家族苗族自治县工业规划'),
    ).toEqual([[2027, 300, null]]);
  });
  it('keeps one target per year, each year apart', () => {
    expect(figures('到2025年，全区工业总产值达到500亿元；到2030年，全区工业总产值力争突破800亿元。')).toEqual(
      [
        [2025, 500, null],
        [2030, 800, null],
      ],
    );
  });
  it('reads a value added stated alone', () => {
    expect(figures('到2026年，全县规上工业增加值达到40亿元。')).toEqual([[2026, null, 40]]);
  });
});

describe('what is not the district’s target', () => {
  it('leaves a result: a year of its own, 去年, 截至', () => {
    expect(
      figures(
        '“十四五”规划目标任务的关键一年，2024年全县规上工业总产值达61.7亿元。去年全县工业总产值达到90亿元，力争再上台阶。截至2023年，全县工业总产值达到80亿元。',
      ),
    ).toEqual([]);
  });
  it('leaves a park’s, a town’s and an industry’s target to them', () => {
    const f = facts(
      '甲县“十四五”工业发展规划\n力争到2025年，园区工业总产值突破500亿元。预计到2025年入园企业50家，工业生产总值200亿元。到2025年，新材料产业实现产值80亿元、增加值20亿元。到2025年，全镇工业总产值达到10亿元。',
    );
    expect(f.districtTargets).toEqual([]);
    expect(f.industries.find((i) => i.name === '新材料')?.target?.output).toBe(80);
  });
  it('gives a 全县 figure to the district, not to the zone the paragraph is about; an unnamed one to the zone', () => {
    const park = '甲县工业发展规划\n龙溪工业园区位于县城东部，是全县工业发展的主平台，重点发展新材料。';
    const whole = facts(`${park}到2025年，全县工业总产值达到150亿元。`);
    expect(whole.zones.map((z) => [z.name, z.target?.output ?? null])).toEqual([['龙溪工业园区', null]]);
    expect(whole.districtTargets.map((d) => d.output)).toEqual([150]);
    const unnamed = facts(`${park}到2025年，工业总产值达到150亿元。`);
    expect(unnamed.zones.map((z) => [z.name, z.target?.output ?? null])).toEqual([['龙溪工业园区', 150]]);
    expect(unnamed.districtTargets).toEqual([]);
  });
  it('reads 全区 in a county’s text as its development zone, not the county', () => {
    expect(figures('到2025年，全区工业总产值达到50亿元。', '辽宁西丰经济开发区“十四五”发展规划')).toEqual([]);
    expect(figures('到2025年，全区工业总产值达到50亿元。', '綦江区工业规划')).toEqual([[2025, 50, null]]);
  });
  it('leaves a figure without a goal (a plan’s 2020 result) and GDP', () => {
    expect(
      figures(
        '綦江区“十四五”工业规划\n2020 年，綦江全区规上工业总产值 428.05 亿元，实现 137 亿元工业增加值。到2025年，全区地区生产总值达到900亿元。',
      ),
    ).toEqual([]);
  });
});
