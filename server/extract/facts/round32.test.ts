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

describe('zone words that name no zone (round 32)', () => {
  const names = (t: string) => facts(t).zones.map((z) => z.name);
  it('reads no class of a scope (全国化工园区) nor an adjective’s (综合性园区)', () => {
    const n = names(
      '甲乙新材料化工园区自2020年启动建设,近期又成功入选2024年全国化工园区综合竞争力百强名单。经过十多年的建设,丙丁工业园区已建成钨业、药业、鞋业为主导产业的综合性园区。',
    );
    expect(n).toEqual(expect.arrayContaining(['甲乙新材料化工园区', '丙丁工业园区']));
    expect(n.filter((z) => /全国|综合性/.test(z))).toEqual([]);
  });
  it('reads no province’s or city’s zones as a class of an event (山西省开发区2024年…, 吕梁市开发区2024年…)', () => {
    const n = names(
      '8月19日,山西省开发区2024年第三次“三个一批”活动以现场会形式举行。甲乙宣布吕梁市开发区2024年第三次“开工一批”项目集中开工,交城经济开发区设分会场。',
    );
    expect(n).toEqual(['交城经济开发区']);
  });
  it('keeps a zone named by a city’s base (吉林经济开发区)', () => {
    expect(names('吉林经济开发区位于吉林市北部,面积20平方公里。')).toContain('吉林经济开发区');
  });
  it('reads no role (核心园区) after a zone’s name, nor 核心区 in 核心区域', () => {
    const n = names(
      '甲镇是南靖县丙丁精密机械产业园核心园区,全镇先后落地项目12个。丁戊经济开发区低碳生态园位于开发区核心区域,占地30亩。',
    );
    expect(n.filter((z) => z.includes('核心'))).toEqual([]);
  });
  it('reads no size class (千亿级化纤产业园区) nor what a zone is to become (建设成为…产业园)', () => {
    const n = names(
      '近日,甲乙滨海新城打造千亿级化纤产业园区拉开序幕。力争把丙丁山工业园建设成为恭城县重要经济支柱产业园。',
    );
    expect(n).toContain('丙丁山工业园');
    expect(n.filter((z) => /千亿|支柱/.test(z))).toEqual([]);
  });
  it('cuts a project or an industry joined by 和 before a zone (…项目和交城经开区)', () => {
    const n = names(
      '随后,一行深入甲乙铁合金有限责任公司热态渣再利用年产10万吨无机纤维密度板材项目和交城经开区低碳生态园进行了观摩。',
    );
    expect(n.filter((z) => /项目和/.test(z))).toEqual([]);
    expect(n).toContain('交城经开区');
  });
});

describe('installed power added up is no project (round 32)', () => {
  const projects = (t: string) => facts(t).projects.map((p) => `${p.value}${p.unit}`);
  it('reads no project in 新增并网投产装机容量18.2万千瓦, but one in 新增风电装机容量180MW', () => {
    expect(
      projects(
        '今年将新开工甲乙风电、丙丁光伏等重点项目,新增并网投产装机容量18.2万千瓦,加速推进屋顶光伏行动。',
      ),
    ).toEqual([]);
    expect(projects('力争“十四五”末新增风电装机容量 180MW,积极构建分布式能源体系。')).toEqual(['180MW']);
  });
});

describe('a park’s platform company (round 32)', () => {
  const firms = (t: string) => facts(t).firms.map((f) => f.name);
  it('reads no firm in a company that works jointly with the park’s governing body (甲集团与管委会协调联动)', () => {
    expect(
      firms(
        '今年,我县将提升园区发展质效。推动甲乙集团与工业园区管委会协调联动,加快推进丙丁组团标准厂房建设。',
      ),
    ).toEqual([]);
  });
  it('keeps a firm that signs with it (甲集团与管委会签约)', () => {
    expect(
      firms(
        '今年,我县将提升园区发展质效。甲乙集团与工业园区管委会签约,在丙丁组团投资建设年产5万吨饲料项目。',
      ),
    ).toEqual(['甲乙集团']);
  });
});

describe('a firm named by its brand in a list of projects (round 32)', () => {
  const firms = (t: string) => facts(t).firms.map((f) => f.name);
  it('reads 鸿翊电子 in 签约项目4个,包括汽配零件模型材料、鸿翊电子产品研发生产等', () => {
    expect(
      firms(
        '记者今天从丙丁经开区了解到,该区今年1月签约项目4个,包括汽配零件模型材料、鸿翊电子产品研发生产等,总投资5.37亿元。',
      ),
    ).toEqual(['鸿翊电子']);
  });
  it('reads no firm where the items are common words (新能源汽车零部件制造、电子信息产品研发等)', () => {
    expect(
      firms('该区今年签约项目4个,包括新能源汽车零部件制造、电子信息产品研发生产等,总投资5亿元。'),
    ).toEqual([]);
  });
});

describe('the verbs and capacity words before a firm (round 32)', () => {
  const firms = (t: string) => facts(t).firms.map((f) => f.name);
  it('reads no owner in 新建年产500吨…生产线 nor 建设一年年产2万吨…生产线 (年产 is the capacity’s word)', () => {
    expect(firms('第三、新建年产500吨龙虾生产线,由甲乙市丙丁水产品有限公司投资建设。')).toEqual([
      '甲乙市丙丁水产品有限公司',
    ]);
    expect(firms('项目拆除旧厂房并新建40000平方米,建设一年年产2万吨电解锌生产线。')).toEqual([]);
  });
  it('cuts 投产 opening a firm’s name (新投产甲乙纸业有限公司)', () => {
    expect(firms('本年度新投产鞍山甲乙纸业有限公司年产1万吨生活用纸。')).toEqual(['鞍山甲乙纸业有限公司']);
  });
});

describe('a partner’s zone and a count of areas (round 32)', () => {
  const names = (t: string) => facts(t).zones.map((z) => z.name);
  it('reads no zone the district works with (深化与甲经济开发区协作共建)', () => {
    expect(
      names(
        '建设丙丁产业孵化园,年内建成标准厂房10万平方米。深化与即墨经济开发区协作共建,开展链式合作、协同招商。',
      ),
    ).toEqual(['丙丁产业孵化园']);
  });
  it('reads no count of areas (…综合产业四大功能片区)', () => {
    expect(
      names(
        '园区划分创新示范、共享产业社区、新材料产业和综合产业四大功能片区。目前甲乙工业园已集聚30余家企业。',
      ).filter((z) => z.includes('片区')),
    ).toEqual([]);
  });
});

describe('a development zone’s news from its own office (round 32)', () => {
  const news = (from: string) =>
    `甲乙经济开发区掀起招商引资新热潮\n昨日,记者${from}获悉,截至6月上旬,甲乙经济开发区今年新签约项目达21个。连日来,丙丁智能装备产业园、戊己绿色新材料产业园等相继举行招商推介会。`;
  it('holds the parks it names as its parts (记者从甲乙经济开发区管委会获悉)', () => {
    expect(zones(news('从甲乙经济开发区管委会'))).toEqual(
      expect.arrayContaining(['丙丁智能装备产业园<甲乙经济开发区>', '戊己绿色新材料产业园<甲乙经济开发区>']),
    );
  });
  it('leaves them beside it when the news comes from elsewhere (记者从市商务局获悉)', () => {
    expect(zones(news('从市商务局'))).toEqual(
      expect.arrayContaining(['丙丁智能装备产业园<null>', '戊己绿色新材料产业园<null>']),
    );
  });
});
