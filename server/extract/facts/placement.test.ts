import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

// Made-up sentences for the placement rules of round 11 of #15 (which zone a firm is in), never a name from a test
// text. Each text opens with the zone it is about, so a firm no rule places falls to that zone.
const zoneOf = (text: string, name: string) =>
  extract(text, '').facts.firms.find((x) => x.name === name)?.zone;

describe('plan facts: a firm is placed within its paragraph', () => {
  const text = [
    '甲乙经济开发区位于某县城东，规划面积10平方公里。',
    '壮大机械产业。投资5亿元的丙丁产业园已建成，现已入驻8家企业。',
    '发展能源产业。戊己集团投资的2×30万千瓦电厂已并网发电。',
  ].join('\n');

  it('takes no park named in an earlier paragraph; the firm falls to the zone the text is about', () => {
    expect(zoneOf(text, '戊己集团')).toBe('甲乙经济开发区');
  });

  it('still takes a park named earlier in the same paragraph', () => {
    const same = text.replace('。\n发展能源产业。', '。发展能源产业。');
    expect(zoneOf(same, '戊己集团')).toBe('丙丁产业园');
  });

  it('reads a line broken mid-sentence (a PDF line) as no paragraph end', () => {
    const pdf = text.replace('。\n发展能源产业。', '，\n发展能源产业。');
    expect(zoneOf(pdf, '戊己集团')).toBe('丙丁产业园');
  });

  it('places a firm of a paragraph that names no zone in the county (zone null) when the text is about no zone', () => {
    // An opening of more than 150 characters about the county: no zone is the text's own.
    const county = `某某县地处省境东部，${'交通便利，资源丰富，'.repeat(15)}工业经济稳步增长。`;
    const text = [
      county,
      '投资5亿元的丙丁工业园已建成，现已入驻8家企业。',
      '庚辛集团投资的2×30万千瓦电厂已并网发电。',
    ];
    expect(zoneOf(text.join('\n'), '庚辛集团')).toBeNull();
  });

  it('lets the zone the text is about place a firm from any paragraph', () => {
    const about = [
      '甲乙经济开发区位于某县城东，规划面积10平方公里。',
      '园区交通便利，距高速出口2公里。',
      '东部区域以新材料为主导，规模以上企业主要有庚辛木业、壬癸材料，新引进新能源部件产业。',
    ].join('\n');
    expect(zoneOf(about, '庚辛木业')).toBe('甲乙经济开发区');
  });
});

describe('plan facts: a firm is placed under the title line of its section', () => {
  it('takes the zone a title line names for the paragraphs below it, its bare 园区 too', () => {
    const text = [
      '甲乙经济开发区',
      '甲乙经济开发区位于某县城东，下辖丙丁工业园和戊己工业园。',
      '丙丁工业园',
      '园区规划面积5平方公里，以食品加工为主导产业。',
      '规模以上企业主要有庚辛食品、壬癸饮品。',
      '戊己工业园',
      '规划面积3平方公里。',
      '主要企业有子丑机械、寅卯电子。',
    ].join('\n');
    expect(zoneOf(text, '庚辛食品')).toBe('丙丁工业园');
    expect(zoneOf(text, '子丑机械')).toBe('戊己工业园');
  });
});

describe('plan facts: a firm is placed where its own clause says it is', () => {
  it('reads 位于 + zone after the firm, the narrowest zone of the place, before a zone of an earlier line', () => {
    const text = [
      '甲乙经济开发区位于某县城东，下辖丙丁工业园和戊己工业园。',
      '第一、新建年产500吨饲料生产线，由某县庚辛饲料有限公司投资建设。地址位于甲乙经济开发区戊己工业园3号。',
      '第二、扩建果汁生产线，由某县壬癸食品有限公司投资建设，地址位于甲乙经济开发区丙丁工业园5号，投资额1200万。',
    ].join('\n');
    expect(zoneOf(text, '某县壬癸食品有限公司')).toBe('丙丁工业园');
  });

  it('reads 落户 + zone right after the firm over a zone named before it, but not a 位于 far after it', () => {
    const text = [
      '甲乙经济开发区位于某县城东，下辖丙丁工业园和戊己工业园。',
      '丙丁工业园管委会介绍，庚辛科技有限公司已落户戊己工业园，建设电机生产线。',
    ].join('\n');
    expect(zoneOf(text, '庚辛科技有限公司')).toBe('戊己工业园');
    const far =
      '甲乙经济开发区位于某县城东。壬癸科技有限公司建设电机、电控、减速器、传动轴、齿轮箱等生产线的配套仓库和办公楼，另有一处厂房位于丙丁工业园。';
    expect(zoneOf(far, '壬癸科技有限公司')).toBe('甲乙经济开发区');
  });

  it('takes a zone named in the firm’s own sentence before one of an earlier sentence', () => {
    const text =
      '甲乙经济开发区位于某县城东，下辖丙丁工业园和戊己工业园。丙丁工业园以食品为主。戊己工业园内的庚辛机械有限公司今年扩产。';
    expect(zoneOf(text, '庚辛机械有限公司')).toBe('戊己工业园');
  });

  it('takes the zone an earlier sentence is about (opens it) over one that sentence merely mentions', () => {
    const text =
      '甲乙经济开发区位于某县城东，规划面积10平方公里。戊己工业园位于城北，与丙丁工业园相邻。规模以上企业主要有庚辛木业、壬癸材料。';
    expect(zoneOf(text, '庚辛木业')).toBe('戊己工业园');
    // The bare 园区 opening a sentence is no such subject: the park named before it still places the firm.
    const bare =
      '甲乙经济开发区位于某县城东。戊己工业园规划面积5平方公里。园区交通便利。规模以上企业主要有庚辛木业、壬癸材料。';
    expect(zoneOf(bare, '庚辛木业')).toBe('戊己工业园');
  });

  it('takes no zone named as a goal (打造成…, 建成…) for where a firm is', () => {
    const text =
      '甲乙经济开发区位于某县城东，下辖丙丁工业园。丙丁工业园以食品加工为主导产业，力争打造成戊己食品产业园，依托庚辛食品、壬癸饮品等龙头企业，延伸产业链。';
    expect(zoneOf(text, '庚辛食品')).toBe('丙丁工业园');
    expect(zoneOf(text, '壬癸饮品')).toBe('丙丁工业园');
  });

  it('reads 入住 like 入驻, and a 入驻 with no zone after it leaves the clause to 落户/位于', () => {
    const layout = '甲乙经济开发区位于某县城东，下辖丙丁工业园和戊己工业园。';
    const moved = `${layout}丙丁工业园以食品为主，庚辛科技有限公司、壬癸材料有限公司等企业已入住戊己工业园。`;
    expect(zoneOf(moved, '壬癸材料有限公司')).toBe('戊己工业园');
    const settled = `${layout}丙丁工业园管委会介绍，庚辛科技有限公司作为首批入驻企业，已落户戊己工业园。`;
    expect(zoneOf(settled, '庚辛科技有限公司')).toBe('戊己工业园');
  });
});
