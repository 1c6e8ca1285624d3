import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

// Made-up sentences for the seventh round of #15: news of a year's tasks and notes of approved projects — targets
// written for 今年 or with the industry at the sentence's start, plants' power, firms of a cluster, zone words.
describe('plan facts: targets of the year a text plans for, and of an industry no heading names', () => {
  it('gives 今年/年内 tasks the year the text plans for (2025年，某开发区将…, or a bracketed headline)', () => {
    const industry = (t: string) => extract(t, '').facts.industries;
    expect(
      industry(
        '【奋斗2026】某县工业\n2025年全县产值达到60亿元。今年,我县将加快甲乙小镇建设,眼镜产业产值达40亿元。',
      ),
    ).toContainEqual(
      expect.objectContaining({ name: '眼镜', target: expect.objectContaining({ year: 2026, output: 40 }) }),
    );
    const f = extract(
      '四是推动园区扩容。年内建成标准厂房。加速要素向开发区集聚,力争园区规上工业企业产值突破105亿元。\n2027年,甲乙经济开发区将深化“企业满园”行动。',
      '',
    ).facts;
    expect(f.zones.find((z) => z.name === '甲乙经济开发区')?.target).toMatchObject({
      year: 2027,
      output: 105,
    });
  });

  it('reads the industry a sentence opens with as the subject, and keeps the latest year of a subject', () => {
    const f = extract(
      '力争2030年,新材料产业产值达到30亿元。到2032年,新材料产业规模工业企业达到20家以上,产值突破50亿元。',
      '',
    ).facts;
    expect(f.industries).toContainEqual(
      expect.objectContaining({
        name: '新材料',
        target: expect.objectContaining({ year: 2032, output: 50 }),
      }),
    );
  });

  it('takes as top zone the one naming the plan’s district, not a partner’s', () => {
    const f = extract(
      '年内深化与丙丁经济开发区协作共建,力争园区规上工业企业产值突破105亿元。2025年,山亭经济开发区将加快发展。',
      '山亭区工业',
    ).facts;
    expect(f.zones.map((z) => z.name)).not.toContain('与丙丁经济开发区');
    expect(f.zones.find((z) => z.name === '山亭经济开发区')?.target?.output).toBe(105);
  });
});

describe('plan facts: a county named by a rare word, zone words, firms of a cluster, plants’ power', () => {
  it('reads a county whose base the segmenter tags a verb but rarely counts (奉节), not a common word (新兴产业)', () => {
    expect(
      extract('从传统产业到新兴产业的蓬勃发展,奉节在生态工业上迈出新步。我县将加快发展。', '').facts.district
        ?.name,
    ).toBe('奉节县');
  });

  it('reads 科创园, 孵化园 and …小镇 as zones, and 力争/完成/投资企业 end the words before a name', () => {
    const f = extract(
      '完成甲乙科创园续建工程,建设丙丁产业孵化园,加快眼镜小镇建设,力争园区产值增长。签约项目的投资企业湖南戊己科技股份有限公司正准备上市。',
      '',
    ).facts;
    const names = f.zones.map((z) => z.name);
    expect(names).toEqual(expect.arrayContaining(['甲乙科创园', '丙丁产业孵化园', '眼镜小镇']));
    expect(names.filter((n) => /力争|完成/.test(n))).toEqual([]);
    expect(f.firms.map((x) => x.name)).toContain('湖南戊己科技股份有限公司');
  });

  it('reads firms closed by 等规模企业, and a mine’s, a power plant’s and a solar plant’s capacities', () => {
    const f = extract(
      '甲乙经济开发区主攻农产品加工。形成了以丙丁实业、戊己牧业等规模企业产业集聚。年产300万吨的庚辛煤矿预计明年投产。某集团投资的2×100万千瓦的庚辛电厂和总容量240mw的壬癸光伏电站已并网发电。扩建年产6000万支输液器生产线。',
      '',
    ).facts;
    expect(f.firms.map((x) => x.name)).toEqual(expect.arrayContaining(['丙丁实业', '戊己牧业']));
    const caps = f.projects.map((p) => [p.value, p.unit, p.product]);
    expect(caps).toContainEqual([300, '万吨/年', '庚辛煤矿']);
    expect(caps).toContainEqual([200, '万千瓦', '庚辛电厂']);
    expect(caps).toContainEqual([240, 'MW', '壬癸光伏电站']);
    expect(caps).toContainEqual([6000, '万支/年', '输液器']);
  });
});
