import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

/**
 * A short name a text sets for a zone (以下简称、简称、下称, full-width or ASCII brackets and quotes) is the zone under
 * another name: no zone of its own, and a firm the text places in it is placed in the zone. Found as a user on a
 * round-19 text (蓬江), where 蓬江产业园 came out as a part of 江门蓬江产业转移工业园 and held all of its firms.
 */
describe('plan facts: short names set for a zone', () => {
  const forms = [
    '甲乙产业转移工业园(以下简称 " 甲乙产业园 ")榜上有名。甲乙产业园已落户企业包括丙丁食品、戊己饮料等企业。',
    '甲乙产业转移工业园（以下简称“甲乙产业园”）榜上有名。甲乙产业园已落户企业包括丙丁食品、戊己饮料等企业。',
    '甲乙产业转移工业园（简称甲乙产业园）榜上有名。甲乙产业园已落户企业包括丙丁食品、戊己饮料等企业。',
    '甲乙产业转移工业园（下称：甲乙产业园）榜上有名。甲乙产业园已落户企业包括丙丁食品、戊己饮料等企业。',
  ];
  it.each(forms)('%s', (text) => {
    const f = extract(text, '甲乙产业转移工业园简介').facts;
    expect(f.zones.map((z) => [z.name, z.parent])).toEqual([['甲乙产业转移工业园', null]]);
    expect(f.firms.map((x) => [x.name, x.zone])).toEqual([
      ['丙丁食品', '甲乙产业转移工业园'],
      ['戊己饮料', '甲乙产业转移工业园'],
    ]);
  });

  it('keeps a zone written beside another in brackets that sets no short name', () => {
    const f = extract(
      '甲乙产业转移工业园（与丙丁产业园相邻）榜上有名。丙丁产业园已落户企业包括戊己食品、庚辛饮料等企业。',
      '甲乙产业转移工业园简介',
    ).facts;
    expect(f.zones.map((z) => z.name).sort()).toEqual(['丙丁产业园', '甲乙产业转移工业园'].sort());
  });
});

/**
 * A headline's 某某开发区 is the 某某经济开发区 of the text written short, as 某某经开区 is: one zone, not two. Found as
 * a user on round 26's 五常 text (牛家開發區 in the headline, 牛家經濟開發區 in the text), listed twice for review.
 */
describe('plan facts: a development zone written without its 经济', () => {
  it.each([
    ['甲乙开发区发展经济当龙头', '记者近日来到位于甲乙经济开发区的丙丁酿酒有限公司。', '甲乙经济开发区'],
    ['甲乙开发区招商引资', '甲乙经济技术开发区的丙丁酿酒有限公司正加紧建设。', '甲乙经济技术开发区'],
  ])('%s / %s', (headline, body, zone) => {
    const f = extract(`${headline}\n${body}`, headline).facts;
    expect(f.zones.map((z) => z.name)).toEqual([zone]);
    // The short name is no firm either.
    expect(f.firms.map((x) => [x.name, x.zone])).toEqual([['丙丁酿酒有限公司', zone]]);
  });

  it('keeps a 高新技术产业开发区 and a 开发区 of another name apart', () => {
    const f = extract('甲乙开发区与丙丁经济开发区签约。戊己高新技术产业开发区也在其中。', '').facts;
    expect(f.zones.map((z) => z.name).sort()).toEqual(
      ['甲乙开发区', '丙丁经济开发区', '戊己高新技术产业开发区'].sort(),
    );
  });
});
