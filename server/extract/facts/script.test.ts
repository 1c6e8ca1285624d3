import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

describe('plan facts: traditional script, one-zone-several-parks layouts, firms that lead a cluster', () => {
  it('reads a traditional-script plan on its simplified view: names simplified, quotes as the plan writes them', () => {
    const text = '（一）臨港產業園。依托嘉冠集團、新希望六和等企業基礎，發展現代食品產業。';
    const f = extract(text, '某某縣產業規劃').facts;
    expect(f.zones.map((z) => z.name)).toEqual(['临港产业园']);
    const firm = f.firms.find((x) => x.name === '嘉冠集团');
    expect(firm?.zone).toBe('临港产业园');
    expect(f.firms.find((x) => x.name === '新希望六和')?.zone).toBe('临港产业园');
    expect(firm?.quote).toContain('依托嘉冠集團、新希望六和等企業基礎');
  });

  it('reads a simplified plan as written: a firm that writes its name with 昇 keeps it', () => {
    // Found as a user on a county news text (芷江): OpenCC maps 昇 to 升, and the firm came out as 升金宝科技.
    const text = '（一）临港产业园。依托嘉冠集团、昇金宝科技等企业基础，发展现代食品产业。';
    const f = extract(text, '某某县产业规划').facts;
    expect(f.firms.map((x) => [x.name, x.zone])).toEqual([
      ['嘉冠集团', '临港产业园'],
      ['昇金宝科技', '临港产业园'],
    ]);
    expect(f.firms[1]?.quote).toContain('昇金宝科技');
  });

  it('puts the parks listed after 一区三园 / 管理 / N园即 under the zone the sentence names', () => {
    const text = [
      '甲乙经济开发区成立于2003年。目前，经济开发区按照“一区三园”的管理模式同时管理化工产业园、高铁产业园和临港产业园。',
      '一区即丙丁经济开发区；两园即装备制造产业园、港航物流产业园。',
      '开发区包括电子信息产业，建设物流产业园。',
    ].join('\n');
    const f = extract(text, '甲乙经济开发区简介').facts;
    const parent = (n: string) => f.zones.find((z) => z.name === n)?.parent;
    for (const park of ['化工产业园', '高铁产业园', '临港产业园'])
      expect(parent(park)).toBe('甲乙经济开发区');
    expect(parent('装备制造产业园')).toBe('丙丁经济开发区');
    expect(parent('港航物流产业园')).toBe('丙丁经济开发区');
    // A list only counts without a comma between the verb and the park.
    expect(parent('物流产业园')).toBeNull();
    // 经济开发区 alone is the top zone's short name, not a zone of its own; a heading word or 管理 starts no name.
    expect(f.zones.map((z) => z.name)).not.toContain('经济开发区');
    expect(f.zones.filter((z) => /管理|简介/.test(z.name))).toEqual([]);
  });

  it("folds the district's name before a zone's name into that zone, and drops former names and levels", () => {
    const text =
      '嘉祥经济开发区2006年被批准为省级经济开发区，按照“一区两园”的管理模式管理化工产业园(原济宁市生物产业园)和临港产业园。嘉祥化工产业园注册企业58家。';
    const names = extract(text, '嘉祥县开发区简介').facts.zones.map((z) => z.name);
    expect(names).toContain('化工产业园');
    expect(names).not.toContain('嘉祥化工产业园');
    expect(names.filter((n) => /^(原|省级)/.test(n))).toEqual([]);
  });

  it('reads the firms that lead a cluster (以X、Y为龙头), not an industry, a project or a kind of firm', () => {
    const text =
      '（一）临港产业园。已初步形成以嘉冠集团、新希望六和为龙头的现代食品产业集群和以益大新材料为龙头的针状焦产业集群，坚持以电子信息产业为龙头，以大项目为龙头，以龙头企业为引领。';
    const f = extract(text, '某某县规划').facts;
    expect(f.firms.map((x) => [x.name, x.zone])).toEqual([
      ['嘉冠集团', '临港产业园'],
      ['新希望六和', '临港产业园'],
      ['益大新材料', '临港产业园'],
    ]);
  });
});
