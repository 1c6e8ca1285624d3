import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 22's rules (#15): the misses of round 22's blind texts and round 21's owners of
// production lines. Never a name from a test text.

const firmNames = (t: string) => facts(t).firms.map((f) => f.name);
const parents = (t: string) => facts(t).zones.map((z) => `${z.name}<${z.parent}>`);

describe('firms: words before a company suffix that name none (round 22)', () => {
  it('reads no firm from a demonstrative before 公司 (紧邻该公司, 据该公司)', () => {
    const t =
      '丙丁风电设备有限公司年产叶片500支。紧邻该公司的是戊己能源装备有限公司，据该公司负责人介绍，产值逾1亿元。';
    expect(firmNames(t)).toEqual(['丙丁风电设备有限公司', '戊己能源装备有限公司']);
  });

  it('cuts the verb of a sentence whose subject comes first (这个县突出X, 重点抓好X)', () => {
    const names = firmNames(
      '这个县突出丙丁玉米开发有限公司的主体地位。饲料企业重点抓好湖南戊己牧业有限公司年产50万吨饲料项目。',
    );
    expect(names).toEqual(expect.arrayContaining(['丙丁玉米开发有限公司', '湖南戊己牧业有限公司']));
    expect(names.filter((n) => /突出|抓好/.test(n))).toEqual([]);
  });

  it('reads firms still to be attracted or secured as targets, not local firms (积极引进, 积极落实)', () => {
    const t =
      '县里巩固现有产能，积极引进丙丁、戊己、庚辛等国内外知名的乳品企业，积极落实子丑集团总投资20亿元的风电项目。';
    expect(firmNames(t)).toEqual([]);
    expect(facts(t).targets.map((x) => x.name)).toEqual(['丙丁', '戊己', '庚辛', '子丑集团']);
  });
});

describe('firms: owners of production lines (round 21’s unfixed, round 22)', () => {
  it('reads the firm before the product of each line in a list of lines completed', () => {
    const names = firmNames('丙丁科技报废汽车拆解生产线、戊己铝材铝合金型材生产线竣工投产。');
    expect(names).toEqual(expect.arrayContaining(['丙丁科技', '戊己铝材']));
    // the list opening a paragraph after a headline (the line break is gone from the text)
    const afterTitle = firmNames(
      '循环经济向高端发展\n庚辛科技废旧轮胎裂解生产线、子丑铝材铝合金门窗生产线建成投产。',
    );
    expect(afterTitle).toEqual(expect.arrayContaining(['庚辛科技', '子丑铝材']));
  });
});

describe('zones: names across a middle dot, numbered parts, goals (round 22)', () => {
  it('reads two places joined by a middle dot as one zone’s name, and its numbered part (二区) under it', () => {
    const t =
      '郴州·惠州工业加工区二区五个项目同时开工：湖南丙丁丝绸有限公司、郴州市戊己机械有限公司等项目总投资1亿元。' +
      '该工业加工区全力打造承接产业转移的平台。';
    expect(parents(t)).toEqual(['郴州·惠州工业加工区<null>', '二区<郴州·惠州工业加工区>']);
    expect(placed(facts(t))).toEqual(
      expect.arrayContaining(['湖南丙丁丝绸有限公司@二区', '郴州市戊己机械有限公司@二区']),
    );
  });

  it('reads the numbered parts of a layout written 即：一区(…)、二区(…)和三区(…) as the zone’s parts', () => {
    const t =
      '丙丁工业园区共分三个区，即：一区(重工业园区)、二区(轻工业园区)和三区(皮革加工工业区)。一区规划面积5平方公里。';
    expect(parents(t)).toEqual([
      '丙丁工业园区<null>',
      '一区<丙丁工业园区>',
      '二区<丙丁工业园区>',
      '三区<丙丁工业园区>',
    ]);
  });

  it('reads no zone from what a county sets out to build (以建设X城为目标)', () => {
    const t =
      '青山县以建设玉米工业城为目标，形成以丙丁玉米开发有限公司为龙头的产业集群，突出它在建设玉米工业城中的主体地位。';
    expect(parents(t)).toEqual([]);
    expect(placed(facts(t))).toEqual(['丙丁玉米开发有限公司@null']);
  });
});

describe('firms: branches and the firms a county has (round 22)', () => {
  it('reads a branch (甲公司某县分公司) as one firm, local when its clause says what it has', () => {
    const t =
      '本县还在巩固沈阳丙丁公司青山分公司、广州戊己乳业公司青山分公司现有年5万吨加工能力基础上,积极引进庚辛、子丑等知名乳品企业。';
    expect(firmNames(t)).toEqual(['沈阳丙丁公司青山分公司', '广州戊己乳业公司青山分公司']);
    expect(facts(t).targets.map((x) => x.name)).toEqual(['庚辛', '子丑']);
  });

  it('cuts a sentence verb before a brand that is also a place’s name (突出龙凤…)', () => {
    expect(firmNames('这个县突出龙凤丙丁开发有限公司在产业中的主体地位。')).toEqual(['龙凤丙丁开发有限公司']);
  });
});

describe('zones and firms of a pilot zone’s first area (round 22)', () => {
  const t =
    '记者走进云南瑞丽重点开发开放试验区先行发展区，看到厂房林立。据云南瑞丽重点开发开放试验区管委会介绍，' +
    '庚辛风电设备有限公司是先行发展区首批入驻、首家投产企业。紧邻该公司的是壬癸能源装备有限公司，于今年5月投产。';

  it('reads 开发开放试验区 as a zone word, and a zone word right after a zone as its part', () => {
    expect(parents(t)).toEqual([
      '云南瑞丽重点开发开放试验区<null>',
      '先行发展区<云南瑞丽重点开发开放试验区>',
    ]);
  });

  it('places a firm in the zone its predicate counts it an entrant of, and its neighbour with it', () => {
    expect(placed(facts(t))).toEqual(['庚辛风电设备有限公司@先行发展区', '壬癸能源装备有限公司@先行发展区']);
  });
});

describe('firms: projects named by brands of two to four characters and what they make (round 22)', () => {
  it('reads the list after the clause’s verbs, and no firm from a list of public works', () => {
    const t =
      '丙丁工业园区采取专班推进机制，及时研究协调解决坤越炭素、益森宝箱、浦宏达环保、鑫垚缘合金、天瑞极钻科技等项目推进中的困难和问题。' +
      '园区还协调解决污水处理、道路管网、标准厂房等项目推进中的困难。';
    expect(placed(facts(t))).toEqual([
      '坤越炭素@丙丁工业园区',
      '益森宝箱@丙丁工业园区',
      '浦宏达环保@丙丁工业园区',
      '鑫垚缘合金@丙丁工业园区',
      '天瑞极钻科技@丙丁工业园区',
    ]);
  });
});

describe('zones: a name cut short or read with the sentence’s words, and 园区 after a conjunction (round 22)', () => {
  it('reads one zone where a sentence writes it after 根据 and another clause opens with 同时园区', () => {
    const t =
      '阿州温宿工业园区地处温宿县城东，批准规划面积19平方公里,根据阿州温宿工业园区总体规划,园区主要建设重工业基地，' +
      '同时园区北面尚有备用地7平方公里。';
    expect(parents(t)).toEqual(['阿州温宿工业园区<null>']);
  });
});

describe('capacities: co-products and a plant’s outputs (round 22)', () => {
  const caps = (t: string) => facts(t).projects.map((p) => `${p.product} ${p.value}${p.unit}`);

  it('reads each product of a line that makes one with another (联产), in lines written with 分别 and 和一期', () => {
    const t =
      '丙丁锂业、戊己锂盐公司分别建成年产0.2万吨氯化锂联产0.5万吨精硼酸和一期0.6万吨氯化锂联产1.5万吨精硼酸生产线。';
    expect(caps(t)).toEqual(
      expect.arrayContaining([
        '氯化锂 0.2万吨/年',
        '精硼酸 0.5万吨/年',
        '氯化锂 0.6万吨/年',
        '精硼酸 1.5万吨/年',
      ]),
    );
  });

  it('reads the outputs listed after 形成, each product before its amount', () => {
    const t = '庚辛科技有限公司建成天然提取物生产线，形成叶绿素200吨、果胶400吨，废渣用作有机肥原料。';
    expect(caps(t)).toEqual(['叶绿素 200吨/年', '果胶 400吨/年']);
  });
});

describe('a park’s introduction: titles and firms settled (round 22)', () => {
  const t =
    '经过20多年的发展，宁夏丙丁工业园区华丽变身为国家级循环化改造示范试点园区、国家级绿色园区。' +
    '园区狠抓招商引资，坤泰制药、华岳生物、润川硅材料、森垚新能源等一批批优质企业的落户，扩大了园区产业链。';

  it('reads no zone from a level and a model or pilot park of common words (a title)', () => {
    expect(parents(t)).toEqual(['宁夏丙丁工业园区<null>']);
  });

  it('reads the firms of a list closed by 等一批批…企业, one ending in a product among them', () => {
    expect(firmNames(t)).toEqual(
      expect.arrayContaining(['坤泰制药', '华岳生物', '润川硅材料', '森垚新能源']),
    );
  });
});
