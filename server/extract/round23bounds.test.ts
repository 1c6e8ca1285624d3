/**
 * The twenty-third chain round, part on boundaries (docs/EXTRACTION.md): where a chain starts and ends and how a
 * stage splits into links — pinned on made-up lines, beside chains that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { extract } from './index.ts';
import { makeLexicon } from './products.ts';
import { reasonsOf, stagesOf } from './rounds.testing.ts';

describe("an arrow of the chain's own separators separates wherever it stands", () => {
  it('splits Latin names and a spaced number that the arrow joins', () => {
    expect(stagesOf('衬底→外延→MOCVD→InP 激光器\n')).toEqual([
      [['衬底'], ['外延'], ['MOCVD'], ['InP激光器']],
    ]);
    expect(stagesOf('光纤→SiC→GaN外延片\n')).toEqual([[['光纤'], ['SiC'], ['GaN外延片']]]);
    expect(stagesOf('乙烯 → EO → 128 乳化剂 / 清洗剂\n')).toEqual([
      [['乙烯'], ['EO'], ['128乳化剂', '清洗剂']],
    ]);
  });

  it('still reads a lone arrow between codes as a code, and a dangling arrow as nothing', () => {
    expect(reasonsOf('Blackwell→InP\n')).toContain(REJECT_REASON.code);
    expect(stagesOf('Blackwell→InP\n')).toEqual([]);
  });
});

describe('words before the first link', () => {
  it('ends a label at an ideographic space, as at a colon', () => {
    expect(stagesOf('产品定位　晶圆代工 → 封装测试 → 模组\n')).toEqual([
      [['晶圆代工'], ['封装测试'], ['模组']],
    ]);
    expect(stagesOf('链条定位　SiC 衬底 → 外延 → 器件\n')).toEqual([[['SiC衬底'], ['外延'], ['器件']]]);
  });

  it('leaves out a count in digits and its unit before the first link', () => {
    expect(stagesOf('- 36 项选矿—冶炼—压延\n')).toEqual([[['选矿'], ['冶炼'], ['压延']]]);
    expect(stagesOf('- 120 维采购—生产—销售\n')).toEqual([[['采购'], ['生产'], ['销售']]]);
  });

  it('keeps a first link that merely starts with a number and letters (5G, 3D NAND)', () => {
    expect(stagesOf('5G 基站→天线→滤波器\n')).toEqual([[['5G基站'], ['天线'], ['滤波器']]]);
  });
});

describe('或, 或者 and 以及 separate alternatives of one stage', () => {
  it('splits them in any stage and never ends a preamble at them', () => {
    expect(stagesOf('形成了海绵钛或钛锭——钛材——钛合金件、钛管\n')).toEqual([
      [['海绵钛', '钛锭'], ['钛材'], ['钛合金件', '钛管']],
    ]);
    expect(stagesOf('建成原盐——烧碱——PVC、氯化石蜡以及环氧树脂等产品链\n')).toEqual([
      [['原盐'], ['烧碱'], ['PVC', '氯化石蜡', '环氧树脂']],
    ]);
  });

  it('still keeps 及 inside a link', () => {
    expect(stagesOf('形成原盐——烧碱及液氯——PVC\n')).toEqual([[['原盐'], ['烧碱及液氯'], ['PVC']]]);
  });
});

describe('a verb of use before a later link is not part of its name', () => {
  it('reads the use (用于X, 应用于X)', () => {
    expect(stagesOf('形成氧化锆——陶瓷粉——用于牙科、刀具以及光纤连接器等产品链\n')).toEqual([
      [['氧化锆'], ['陶瓷粉'], ['牙科', '刀具', '光纤连接器']],
    ]);
    expect(stagesOf('硅料—硅片—应用于光伏组件\n')).toEqual([[['硅料'], ['硅片'], ['光伏组件']]]);
  });
});

describe('words after the last link', () => {
  it('ends the link at its closing bracket', () => {
    // Not after 模型： — a sequence the text names a model is a look-alike (named.ts, the round's part A).
    expect(stagesOf('- 工艺：选矿—冶炼—压延（SCP）成本优化方法\n')).toEqual([
      [['选矿'], ['冶炼'], ['压延（SCP）']],
    ]);
  });

  it('ends it before a fixed phrase that opens with a preposition', () => {
    expect(stagesOf('布局（按工序：采矿→选矿→冶炼从上到下）\n')).toEqual([[['采矿'], ['选矿'], ['冶炼']]]);
  });

  it('ends it before a spaced bracket of a code identifier', () => {
    expect(stagesOf('边: 硅料→硅片→组件 (FEEDS_INTO) 保留\n')).toEqual([[['硅料'], ['硅片'], ['组件']]]);
  });

  it('leaves out 产业 that names the sequence an industry, not a first link that ends with it', () => {
    expect(stagesOf('发展盐—碱—氯碱化工及精细化工产业。\n')).toEqual([
      [['盐'], ['碱'], ['氯碱化工及精细化工']],
    ]);
    expect(stagesOf('发展盐—碱—PVC产业。\n')).toEqual([[['盐'], ['碱'], ['PVC']]]);
    expect(stagesOf('稀土产业→永磁材料→电机\n')).toEqual([[['稀土产业'], ['永磁材料'], ['电机']]]);
  });

  it('keeps a bracket that closes the link, and one inside it', () => {
    expect(stagesOf('- 工序：坯布→染整→后整理（定型）\n')).toEqual([
      [['坯布'], ['染整'], ['后整理（定型）']],
    ]);
    expect(stagesOf('炼钢(SMS)→连铸→热轧(HSM)\n')).toEqual([[['炼钢(SMS)'], ['连铸'], ['热轧(HSM)']]]);
  });
});

describe('a character the page could not encode', () => {
  it('reads an ASCII ? between a Han character and a letter, digit or dash as part of the name', () => {
    expect(stagesOf('形成原煤——合成?—尿素的产业链\n')).toEqual([[['原煤'], ['合成?'], ['尿素']]]);
    expect(stagesOf('形成淀粉——葡萄糖——輔?Q10的产业链\n')).toEqual([[['淀粉'], ['葡萄糖'], ['輔?Q10']]]);
  });

  it('still ends a clause at a question mark before Han text', () => {
    expect(stagesOf('为什么?煤—电—铝\n')).toEqual([[['煤'], ['电'], ['铝']]]);
  });
});

describe('a quotation mark opened right before the cluster', () => {
  it('marks where the first link starts: no preamble is cut after it', () => {
    expect(stagesOf('围绕“铁矿开采加工—特钢冶炼—零件加工\n')).toEqual([
      [['铁矿开采加工'], ['特钢冶炼'], ['零件加工']],
    ]);
  });
});

describe('a level word before the first link alone', () => {
  it('labels the stage and leaves the link (上游X → Y → Z)', () => {
    expect(stagesOf('上游硅料 → 硅片 → 电池片 → 组件\n')).toEqual([
      [['硅料'], ['硅片'], ['电池片'], ['组件']],
    ]);
  });

  it('makes a path of roles a level path, as when every stage is labelled', () => {
    expect(stagesOf('上游原料 → 制造 → 应用\n')).toEqual([]);
    expect(reasonsOf('上游原料 → 制造 → 应用\n')).toContain(REJECT_REASON.level);
  });

  it('keeps a level word inside a later link (下游制品)', () => {
    expect(stagesOf('有机硅单体—中间体—下游制品—密封胶\n')).toEqual([
      [['有机硅单体'], ['中间体'], ['下游制品'], ['密封胶']],
    ]);
  });
});

describe('a bracket closing the chain that holds stages', () => {
  it('reads a chain of three stages or more in it as a chain of its own, and leaves it out of the link', () => {
    expect(stagesOf("m:'焙烧-浸出(闪锌矿→焙砂→锌锭)'\n")).toEqual([
      [['焙烧'], ['浸出']],
      [['闪锌矿'], ['焙砂'], ['锌锭']],
    ]);
  });

  it('reads a bracket that opens with a separator as an optional last stage', () => {
    expect(stagesOf('登记坯布→印花→定型（→覆膜）\n')).toEqual([[['坯布'], ['印花'], ['定型'], ['覆膜']]]);
  });

  it('keeps two stages in a bracket inside the link they qualify', () => {
    expect(stagesOf('PEEK(萤石→DFBP)→薄膜\n')).toEqual([[['PEEK(萤石→DFBP)'], ['薄膜']]]);
  });
});

describe('a doubled em dash beside a chain of arrows', () => {
  it('is the punctuation of an explanation: the chain ends or starts at it', () => {
    expect(stagesOf('经电解→烧碱→PVC——氯碱行业的主线产品\n')).toEqual([[['电解'], ['烧碱'], ['PVC']]]);
    expect(stagesOf('热失控不仅是消防问题——电芯→模组→电池包\n')).toEqual([[['电芯'], ['模组'], ['电池包']]]);
  });

  it('still separates stages in a chain of doubled em dashes alone', () => {
    expect(stagesOf('形成玉米——淀粉——淀粉糖产业链\n')).toEqual([[['玉米'], ['淀粉'], ['淀粉糖']]]);
  });
});

describe('a bracket of examples that the trailing 等 stands in', () => {
  it('ends the chain before the bracket instead of inside it', () => {
    expect(stagesOf('- 上游：铁矿 → 生铁 → 粗钢 → 轧制与精整（宝武、鞍钢等）。\n')).toEqual([
      [['铁矿'], ['生铁'], ['粗钢'], ['轧制与精整']],
    ]);
  });
});

describe("the lexicon's cut of the last link", () => {
  const lexicon = makeLexicon(['锂矿', '碳酸锂', '合金', 'PTA', '聚酯'], []);
  const cut = (text: string) => extract(text, '', { lexicon }).chains.map((c) => c.stages);

  it('falls between two words of the link, never inside one', () => {
    expect(cut('锂矿 → 碳酸锂 → 合金化与熔铸\n')).toEqual([[['锂矿'], ['碳酸锂'], ['合金化与熔铸']]]);
    expect(cut('PTA→聚酯行业景气\n')).toEqual([[['PTA'], ['聚酯']]]);
  });
});

describe('a cluster that gives nothing', () => {
  it('has the chains in its brackets read by themselves (a banner of dashes around a note)', () => {
    expect(stagesOf('// —— 主线连线（焦炭→高炉→转炉） ——\n')).toEqual([[['焦炭'], ['高炉'], ['转炉']]]);
  });
});

describe('a time clause before the first link', () => {
  it('ends at 后 or 前 after a word', () => {
    expect(stagesOf('工序：酸洗后 冷轧→退火→镀锌\n')).toEqual([[['冷轧'], ['退火'], ['镀锌']]]);
    expect(stagesOf('// —— 主线连线（焦化后 焦炭→高炉→转炉 逐炉向下的连接） ——\n')).toEqual([
      [['焦炭'], ['高炉'], ['转炉']],
    ]);
  });
});

describe('a chain noun of the segmenter after the last link', () => {
  it('is cut whole (供应链, 价值链), not its 链 alone', () => {
    expect(stagesOf('打造锂矿→正极→电池供应链\n')).toEqual([[['锂矿'], ['正极'], ['电池']]]);
    expect(stagesOf('完善硅料—硅片—组件价值链\n')).toEqual([[['硅料'], ['硅片'], ['组件']]]);
  });
});
