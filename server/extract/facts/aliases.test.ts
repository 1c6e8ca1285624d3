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
