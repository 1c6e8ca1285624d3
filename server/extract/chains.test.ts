import { describe, expect, it } from 'vitest';
import { extract } from './index.ts';
import { splitStage } from './stages.ts';

const split = (s: string) => splitStage(s, s);

describe('splitStage', () => {
  it('splits parallel links, alternatives and co-products', () => {
    expect(split('种植业 / 畜牧业')).toEqual(['种植业', '畜牧业']);
    expect(split('聚乙烯醇 + 醋酸纤维素')).toEqual(['聚乙烯醇', '醋酸纤维素']);
    expect(split('石英砂、白泡石')).toEqual(['石英砂', '白泡石']);
  });

  it('distributes a shared suffix or prefix only where the text intends it', () => {
    expect(split('热锻、冷轧、压铸件')).toEqual(['热锻件', '冷轧件', '压铸件']);
    expect(split('宠物湿粮、干粮、处方粮')).toEqual(['宠物湿粮', '宠物干粮', '宠物处方粮']);
    expect(split('LNG、CNG 调峰设施')).toEqual(['LNG调峰设施', 'CNG调峰设施']);
    expect(split('新能源汽车齿轮、壳体等零部件')).toEqual(['新能源汽车齿轮', '新能源汽车壳体']);
    expect(split('火锅料辅材、内包材')).toEqual(['火锅料辅材', '内包材']);
    expect(split('轧材 / 挤压材 / 锻压材')).toEqual(['轧材', '挤压材', '锻压材']);
  });

  it('reads brackets: a sibling alternative splits, a qualifier stays', () => {
    expect(split('电解铝（再生铝）')).toEqual(['电解铝', '再生铝']);
    expect(split('高精铜板带箔（电解铜箔）')).toEqual(['高精铜板带箔（电解铜箔）']);
    expect(split('智能终端（智能家居、新型显示）')).toEqual(['智能终端（智能家居、新型显示）']);
  });

  it('keeps 及 and lists of application fields in one link; removes stray spaces', () => {
    expect(split('卫星及 5G 通信')).toEqual(['卫星及5G通信']);
    expect(split('各式专用车、特种车、高端工程设备通用齿轮及动力系统')).toHaveLength(1);
    expect(split('新能源汽车电池 PACK')).toEqual(['新能源汽车电池PACK']);
  });
});

describe('extract chains', () => {
  it('ties each chain to its span, sentence and section', () => {
    const raw =
      '第三章 重点产业\n二、新材料\n（一）发展目标\n推动“原铝—铝液—铝锭”产业链打造。\n发展电解铜—电线\n电缆产品链。';
    const { chains } = extract(raw);
    const text = raw.replace(/\n/g, '');
    expect(chains.map((c) => [text.slice(c.start, c.end), c.section, c.quoted])).toEqual([
      ['原铝—铝液—铝锭', '（一）发展目标', true],
      ['电解铜—电线电缆', '（一）发展目标', false],
    ]);
    expect(chains[0]?.quote).toBe('推动“原铝—铝液—铝锭”产业链打造。');
    expect(chains[0]?.sectionPath).toEqual(['第三章 重点产业', '二、新材料', '（一）发展目标']);
  });

  it('splits chains listed with 、 that restart at the same head', () => {
    const { chains } = extract('以电解铝—铝合金—锻造材、电解铝—轧制材—电池箔 2 条核心产品链为主攻方向。');
    expect(chains.map((c) => c.stages)).toEqual([
      [['电解铝'], ['铝合金'], ['锻造材']],
      [['电解铝'], ['轧制材'], ['电池箔']],
    ]);
  });

  it('rejects look-alikes with a reason', () => {
    const { chains, rejected } = extract(
      '2023-2027 年，坚持“突特色—强龙头—补链条”的原则，共建关坝—扶欢循环经济产业园。',
    );
    expect(chains).toEqual([]);
    expect(rejected.map((r) => r.text)).toEqual([
      '2023-2027 年',
      '突特色—强龙头—补链条',
      '关坝—扶欢循环经济产业园',
    ]);
    expect(rejected.every((r) => r.reason.length > 0)).toBe(true);
  });
});

describe('extract context', () => {
  it('finds zones, enterprises and projects with capacities', () => {
    const r = extract(
      '依托綦齿传动、荆江半轴等企业基础，在北渡铝产业园引进重庆哈斯特有限公司，规划建设年产 20GWh 动力电池。',
    );
    expect(r.zones.map((z) => z.name)).toEqual(['北渡铝产业园']);
    expect(r.enterprises.map((e) => e.name)).toContain('綦齿传动');
    expect(r.enterprises.map((e) => e.name)).toContain('重庆哈斯特有限公司');
    expect(r.projects).toMatchObject([{ name: '动力电池', value: 20, unit: 'GWh/年' }]);
  });
});
