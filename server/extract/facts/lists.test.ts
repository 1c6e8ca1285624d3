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

  it('does not split where the last item runs past the other items’ length (汽车和摩托车产业园) or a count sums them up', () => {
    const zones = extract('重点建设汽车和摩托车产业园。', '某某县规划').facts.zones.map((z) => z.name);
    expect(zones).not.toContain('摩托产业园');
    expect(zones).not.toContain('汽车产业园');
    // A count before the zone word sums the items up (甲、乙两个园区): no list written elliptically.
    const counted = extract('东坝、西坝两个园区分别完成道路建设。', '某某县规划').zones.map((z) => z.name);
    expect(counted.filter((n) => n.startsWith('东坝'))).toEqual([]);
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

// Made-up sentences for the rules written after the sixth round's blind reading.
describe('plan facts: firms in brackets after a count, 等 with a described kind of firm, 即, counts, a bare 开发区', () => {
  it('reads firms bracketed after a count of firms, and after 等 with a described kind (等国内外从事…的知名企业)', () => {
    const firms = (t: string) => extract(t, '某某县规划').enterprises.map((e) => e.name);
    expect(firms('其中利税千万元以上的企业3家(甲乙药业、丙丁药业、戊己竹木业)。')).toEqual(
      expect.arrayContaining(['甲乙药业', '丙丁药业', '戊己竹木业']),
    );
    expect(firms('目前已有庚辛特等国内外从事硅材料生产的知名企业入驻园区。')).toContain('庚辛特');
    expect(firms('大力发展新能源、新材料等领域的龙头企业。')).toEqual([]);
    // 已有 says the firm is there already: local, whatever 引进 the sentence also says.
    const f = extract('引进配套企业,目前已有庚辛特等知名企业入驻园区。', '某某县规划').facts;
    expect(f.firms.map((x) => x.name)).toContain('庚辛特');
    expect(f.targets).toEqual([]);
  });

  it('starts no zone name at 即, 部分 or 现有, reads no count of parks as a zone, and keeps 即墨', () => {
    const names = extract(
      [
        '甲乙化工产业园调整后包含2个片区,即甲乙化工产业园主片区,面积5平方公里;丙丁新能源片区,面积1平方公里。',
        '全省现有84家化工园区,部分园区要素不足。推进即墨经济开发区建设。',
      ].join('\n'),
      '',
    ).facts.zones.map((z) => z.name);
    expect(names).toEqual(
      expect.arrayContaining(['甲乙化工产业园主片区', '丙丁新能源片区', '即墨经济开发区']),
    );
    expect(names.filter((n) => /^即甲|84|部分|现有/.test(n))).toEqual([]);
  });

  it('reads no zone in a goal (基本建成西部领先的…示范园区), only the park the text names', () => {
    const names = extract(
      '甲乙工业园区位于县境内。通过5年努力,基本建成西部领先的新材料产业示范园区。',
      '',
    ).facts.zones.map((z) => z.name);
    expect(names).toEqual(['甲乙工业园区']);
  });

  it('reads a bare 开发区 opening a sentence as the district’s zone, only where no development zone is named', () => {
    const zones = (t: string) => extract(t, '').facts.zones.map((z) => z.name);
    expect(zones('县长作政府工作报告。开发区“二次创业”引进项目16个。')).toContain('开发区');
    expect(zones('甲乙经济开发区位于县城。开发区引进项目16个。')).not.toContain('开发区');
  });

  it('reads no capacity from the total after another amount (…完成后将形成70万吨产能), nor 的 in a product', () => {
    const caps = extract(
      '目前甲乙厂已经拥有30万吨的硅材料产能,40万吨改造升级项目完成后将形成70万吨产能。',
      '',
    ).facts.projects.map((p) => [p.value, p.unit, p.product]);
    expect(caps).toContainEqual([30, '万吨/年', '硅材料']);
    expect(caps.filter((c) => c[0] === 70)).toEqual([]);
  });
});

// Made-up sentences for the remaining round-5 layout misses (sixth round of #15).
describe('plan facts: generic parts in brackets, bare 核心区, parks named after a 一区N园 sentence’s industries', () => {
  it('reads a generic item in an area’s brackets, and a bare 核心区 opening a sentence as a part of the zone', () => {
    const f = extract(
      [
        '甲乙经济开发区',
        '甲乙经济开发区包括制造区(丝绸加工区、五金加工区,物流园)、生活区(滨河片区、商贸片区)。核心区建设任务已全面完成;成功引进了丙丁集团。',
      ].join('\n'),
      '甲乙经济开发区',
    ).facts;
    const parent = (n: string) => f.zones.find((z) => z.name === n)?.parent;
    expect(parent('物流园')).toBe('制造区');
    expect(parent('核心区')).toBe('甲乙经济开发区');
    // A bare part word places no firm (every zone may have a 核心区).
    expect(f.firms.find((x) => x.name === '丙丁集团')?.zone).not.toBe('核心区');
  });

  it('puts parks named after the industries of a 一区N园 sentence under its zone', () => {
    const f = extract(
      [
        '汽车零部件产业园已有16家企业入驻;电子信息智慧园一期基本建成。',
        '推动甲乙经济开发区深化改革,全面打造“一区五园”,努力使汽车零部件、电子信息、机械制造三大产业成为中坚力量。推进丙丁工业园建设。',
      ].join('\n'),
      '某某县园区发展',
    ).facts;
    const parent = (n: string) => f.zones.find((z) => z.name === n)?.parent;
    expect(parent('汽车零部件产业园')).toBe('甲乙经济开发区');
    expect(parent('电子信息智慧园')).toBe('甲乙经济开发区');
    expect(parent('丙丁工业园')).toBeNull();
  });
});

// Made-up sentences for 汶上's layout (sixth round of #15): a park described at a place, firms in an enumeration item.
describe('plan facts: a park described but not named, 招引 in another clause, the zone an enumeration item opens with', () => {
  const text = [
    '某某县甲乙镇打造两大支柱产业',
    '一是在甲乙镇东部区域规划建设工业园区,今年计划完成规划面积2平方公里,修建框架道路4公里、给排水管网1.5万米,铺设光缆4公里,安装路灯160盏,园区绿化面积6万平方米。引进1个总投资5亿元以上的大项目。以金属制品产业为主,促进投资12亿元的丙丁机械项目尽快开工建设;有计划地招引产业链项目。',
    '二是在镇驻地续建甲乙镇家具产业园区。',
  ].join('\n');
  const f = extract(text, '').facts;

  it('names a generic park built at a place by the place (甲乙镇工业园区), and does not make it the text’s subject', () => {
    const parent = (n: string) => f.zones.find((z) => z.name === n)?.parent;
    expect(parent('甲乙镇工业园区')).toBeNull();
    expect(parent('甲乙镇家具产业园区')).toBeNull();
  });

  it('reads a firm as local where 招引 is in another clause, in the zone its enumeration item opens with', () => {
    expect(f.targets.map((t) => t.name)).toEqual([]);
    expect(f.firms.find((x) => x.name === '丙丁机械')?.zone).toBe('甲乙镇工业园区');
  });
});

// Made-up sentences for the leftovers of the sixth round (seventh round of #15).
describe('plan facts: a counted kind of park is no zone, a part named by a letter', () => {
  it('reads no zone from a kind of park the text counts (84家化工园区), wherever it is written bare', () => {
    const zones = (t: string) => extract(t, '').facts.zones.map((z) => z.name);
    const counted = zones(
      '甲乙化工产业园包含2个片区。某省现有84家化工园区,部分园区用地不足,化工园区扩区意愿强烈。已有部分有需求的化工园区成功扩区。',
    );
    expect(counted).toContain('甲乙化工产业园');
    expect(counted).not.toContain('化工园区');
    // Not counted, the same words name a park (a second name, a level before it).
    expect(zones('丙丁组团（食品园区）加快发展。')).toContain('食品园区');
    expect(zones('开发区引进项目16个。省级化工园区产值预计达到50亿元。')).toContain('化工园区');
  });

  it('reads a part named by a letter (B区(新区)) opening a clause as a part of the zone, placing no firm', () => {
    const f = extract(
      '甲乙经济开发区位于县城西南。核心区规划建设任务已全面完成,B区(新区)建设正全面启动;成功引进了丙丁集团。A区块用地已平整。',
      '甲乙经济开发区',
    ).facts;
    expect(f.zones.find((z) => z.name === 'B区(新区)')?.parent).toBe('甲乙经济开发区');
    expect(f.zones.find((z) => z.name === 'A区块')).toBeUndefined();
    expect(f.firms.find((x) => x.name === '丙丁集团')?.zone).not.toBe('B区(新区)');
  });
});
