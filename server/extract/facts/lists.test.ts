import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

// Made-up sentences (sixth round of #15): zones written in a shortened way — elliptical lists, a layout's areas
// with a bare 区 and their parts in brackets, zones merged into one, a list closed by a layout code — and 新区.
describe('plan facts: elliptical lists, bare-区 areas with parts in brackets, merged zones, 新区', () => {
  const parentOf = (text: string, title: string) => {
    const zones = extract(text, title).facts.zones;
    return (n: string) => zones.find((z) => z.name === n)?.parent;
  };

  it('writes an elliptical list out item by item, and a layout area with a bare 区 holds the parts in its brackets', () => {
    const parent = parentOf(
      [
        '甲乙经济开发区',
        '甲乙经济开发区位于县城东部,规划面积9平方公里,包括制造区(丝绸、皮革和五金加工区,电子、医药和配套产业园)、生活区(滨河片区、商贸片区)。',
      ].join('\n'),
      '甲乙经济开发区',
    );
    for (const n of ['丝绸加工区', '皮革加工区', '五金加工区', '电子产业园', '医药产业园', '配套产业园'])
      expect(parent(n)).toBe('制造区');
    expect(parent('滨河片区')).toBe('生活区');
    expect(parent('制造区')).toBe('甲乙经济开发区');
    expect(parent('生活区')).toBe('甲乙经济开发区');
    // The list's joined form is not a zone of its own.
    expect(parent('五金和配套产业园')).toBeUndefined();
  });

  it('does not split where the last item runs past the other items’ length (汽车和摩托车产业园)', () => {
    const zones = extract('重点建设汽车和摩托车产业园。', '某某县规划').facts.zones.map((z) => z.name);
    expect(zones).not.toContain('摩托产业园');
    expect(zones).not.toContain('汽车产业园');
  });

  it('puts the zones merged into one under it, and a list closed by a layout code under the zone opening it', () => {
    const parent = parentOf(
      [
        '整合东坝、西坝、南坝民营创业园培育市级丙丁工业园,大力发展印刷包装。',
        '加快推进生态农业园区服务中心、果品加工物流园、桃花湾旅游度假区等“一心两环三区”建设。',
      ].join('\n'),
      '某某县园区发展',
    );
    for (const n of ['东坝民营创业园', '西坝民营创业园', '南坝民营创业园'])
      expect(parent(n)).toBe('丙丁工业园');
    expect(parent('果品加工物流园')).toBe('生态农业园区');
    expect(parent('桃花湾旅游度假区')).toBe('生态农业园区');
  });

  it('reads a 新区 named by its own base, not a slogan, 创新区, or a city’s new area after a verb', () => {
    const names = extract(
      [
        '实施金穗新区路网建设。对接成都天府新区,开展合作。',
        '坚持“工业平台、城市建设新区”的理念。推进协同创新区建设。',
      ].join('\n'),
      '某某县规划',
    ).facts.zones.map((z) => z.name);
    expect(names).toContain('金穗新区');
    expect(names.filter((n) => /天府|建设|创新/.test(n))).toEqual([]);
  });
});
