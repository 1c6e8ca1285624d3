import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 18's rules (#15): a wrong district proposal is worse than none (the review screen
// pre-fills it). Never a name from a test text.

describe('district: a base two counties share is no proposal without their city (round 18)', () => {
  const t = '大力推进云龙经济开发区建设，云龙经济开发区主要发展装备制造和新材料。';

  it('abstains when 云龙 may be 云龙区 or 云龙县 and nothing tells which', () => {
    expect(facts(t).district).toBeNull();
  });

  it('takes the county whose city or province the text names', () => {
    expect(facts(`徐州市${t}`).district?.name).toBe('云龙区');
    expect(facts(`大理州${t}`).district?.name).toBe('云龙县');
  });
});

describe('district: a county base opening a firm’s short name is no mention (round 18)', () => {
  it('proposes nothing from 武隆生物 in a list of signed projects', () => {
    expect(facts('今年以来签约甲乙制药、武隆生物、丙丁药业等项目12个。').district).toBeNull();
  });

  it('still reads the county written as a place', () => {
    expect(facts('今年以来武隆签约甲乙制药、丙丁药业等项目12个。').district?.name).toBe('武隆区');
  });
});

describe('firms: a rare word before a trade word is a brand in a counted list of projects (round 18)', () => {
  it('reads 联建药业 (联建 a rare word to the dictionary) among the signed projects', () => {
    const t = '今年签约甲乙科技、联建药业、共创制药、丙丁实业等项目15个。';
    expect(placed(facts(t))).toEqual(expect.arrayContaining(['联建药业@null', '共创制药@null']));
  });

  it('leaves common words before a trade word (创新药业, 化学制药) unread', () => {
    const names = facts('今年签约创新药业、化学制药、发展实业等项目15个。').firms.map((f) => f.name);
    expect(names).toEqual([]);
  });
});

describe('zones: the other parks of a list of parks, a generic one and the first after 有 (round 18)', () => {
  const t = '1、甲乙经济开发区：实行一区多园，有物流园区、装备制造园区、新材料产业园区、电子信息产业园区等。';

  it('reads every item ending in 园区 as a park of the zone the numbered item opens with', () => {
    const zones = facts(t).zones.map((z) => `${z.name}<${z.parent}>`);
    expect(zones).toEqual(
      expect.arrayContaining([
        '物流园区<甲乙经济开发区>',
        '装备制造园区<甲乙经济开发区>',
        '新材料产业园区<甲乙经济开发区>',
      ]),
    );
  });

  it('reads no generic park outside such a list', () => {
    const zones = facts('加快物流园区建设，推动丙丁经济开发区发展。').zones.map((z) => z.name);
    expect(zones).not.toContain('物流园区');
  });
});

describe('firms: a firm named by a phase of its works or before a Latin product (round 18)', () => {
  it('reads 丙廊化工 before 一期工程 after a zone word', () => {
    const t = '同时，开发区丙廊化工一期工程也已投入生产，二期工程正在准备。';
    expect(facts(t).firms.map((f) => f.name)).toContain('丙廊化工');
  });

  it('reads the brand before PVC项目 after 和', () => {
    const t = '而乙巳化学的30万吨烧碱和联建PVC项目也将于近期投产。';
    expect(facts(t).firms.map((f) => f.name)).toContain('联建');
  });

  it('reads no common word before a Latin product (和扩建PVC项目)', () => {
    const t = '开发区推进乙巳化学的30万吨烧碱和扩建PVC项目。';
    expect(facts(t).firms.map((f) => f.name)).not.toContain('扩建');
  });
});

describe('zones after the blind reading (round 18)', () => {
  it('places a park written as lying in a development zone (位于…核心区块) in it', () => {
    const t = '近年来，丙县着力打造新能源产业园。新能源产业园位于丙丁经济开发区核心区块，规划面积约3000亩。';
    expect(facts(t).zones.map((z) => `${z.name}<${z.parent}>`)).toContain('新能源产业园<丙丁经济开发区>');
  });

  it('reads no zone named by a count of blocks (由东、西两块片区组成)', () => {
    const t = '甲乙产业园位于丙丁经济开发区，由东、西两块片区组成。';
    expect(facts(t).zones.map((z) => z.name)).not.toContain('西两块片区');
  });

  it('reads no time word as a zone’s name (去年园区) and places the firms in the text’s park', () => {
    const t = '甲乙化工园区大力发展石化产业。去年园区推动了丙丁化工公司二期工程开工。';
    const f = facts(t);
    expect(f.zones.map((z) => z.name)).not.toContain('去年园区');
    expect(placed(f)).toContain('丙丁化工公司@甲乙化工园区');
  });
});
