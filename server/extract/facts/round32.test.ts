import { describe, expect, it } from 'vitest';
import { facts } from './rounds.testing.ts';

// Made-up sentences for round 32's rules (#15): the kinds of wrong zones, firms and projects the development texts'
// precision shows, each written with invented names in a real county (its towns come from the gazetteer). Never a
// held-out text.

const zones = (t: string) => facts(t).zones.map((z) => `${z.name}<${z.parent}>`);

describe('towns that are no zones (round 32)', () => {
  const T =
    '永春县委书记甲乙带领县直有关部门负责人到下洋镇、坑仔口镇调研部分重点企业。永春县工业园区地跨下洋镇、坑仔口镇。';
  it('reads no town a visit goes to (到甲镇、乙镇调研), but the towns a park spans', () => {
    expect(zones(T)).toEqual(['永春县工业园区<null>', '下洋镇<null>', '坑仔口镇<null>']);
    expect(zones(T.slice(0, T.indexOf('。') + 1)).filter((z) => z.includes('镇'))).toEqual([]);
  });
  it('reads no town listed among the bodies at a meeting (…局、甲镇、乙镇相关负责同志参会)', () => {
    const f = facts(
      '永春县召开新材料产业链链长制会议。县工信局、县生态环境局、下洋镇、坑仔口镇相关负责同志参会。永春县工业园区地跨下洋镇、坑仔口镇。',
    );
    expect(f.zones.filter((z) => z.kind === '镇街').map((z) => z.start)).toEqual([
      expect.any(Number),
      expect.any(Number),
    ]);
    expect(f.zones.filter((z) => z.kind === '镇街').every((z) => z.quote.includes('地跨'))).toBe(true);
  });
});

describe('an elliptical list whose items open with 城 (round 32)', () => {
  it('reads 城西、城南和八都工业区 as three 工业区 (城 opening an item is a side of the town, no zone word)', () => {
    expect(
      zones(
        '吉水工业园区属省级重点工业园区,发展格局为“一园三区”(城西、城南和八都工业区),其中城西工业区从2003年开始建设。',
      ),
    ).toEqual([
      '吉水工业园区<null>',
      '城西工业区<吉水工业园区>',
      '城南工业区<吉水工业园区>',
      '八都工业区<吉水工业园区>',
    ]);
  });
});

describe('one park written with and without its places and its last 区 (round 32)', () => {
  it('reads 恭城丙丁山工业园区 and 丙丁山工业园 as one zone, not a park and its part', () => {
    expect(
      zones(
        '恭城丙丁山工业园区位于恭城瑶族自治县甲镇西南角,规划用地面积12070亩。丙丁山工业园将融合恭城特有的油茶产业,目前已入驻戊己木业等企业。',
      ),
    ).toEqual(['丙丁山工业园<null>']);
  });
  it('reads 绵阳丙丁食品产业园区 (a city before it) and 丙丁食品产业园 as one zone', () => {
    expect(
      zones(
        '梓潼县经济开发区位于梓潼县城南。绵阳丙丁食品产业园区于2020年挂牌。丙丁食品产业园已入驻戊己食品有限公司等企业。',
      ),
    ).toEqual(['梓潼县经济开发区<null>', '丙丁食品产业园<null>']);
  });
  it('places a park 在…内 the merged zone under the name it is merged into', () => {
    expect(
      zones(
        '渝北区全力建设中国(重庆)丙丁工业城。丙丁工业城在重庆渝北戊己农业科技园内正式挂牌,渝北戊己农业科技园区面积20平方公里。',
      ),
    ).toContain('丙丁工业城<渝北戊己农业科技园区>');
  });
});
