/**
 * The twenty-first chain round (docs/EXTRACTION.md): rules from the errors of the thirteen fresh sets, development from
 * this round on — pinned on made-up lines, beside names and texts that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { extract } from './index.ts';
import { keptOut, stagesOf } from './rounds.testing.ts';

describe('pinyin glosses of a page store are read over', () => {
  it('drops the gloss from a link and reads the leading verb and the chain noun through glosses', () => {
    expect(stagesOf('積極構(gòu)建鎳—鎳鐵—不銹鋼產(chǎn)業(yè)鏈。\n')).toEqual([
      [['鎳'], ['鎳鐵'], ['不銹鋼']],
    ]);
    expect(stagesOf('研發(fā)—中試—量產(chǎn)模式\n')).toEqual([[['研發'], ['中試'], ['量產']]]);
  });

  it('keeps spans, expression and quote in the text as given', () => {
    const text = '積極構(gòu)建鎳—鎳鐵—不銹鋼產(chǎn)業(yè)鏈。';
    const [chain] = extract(`${text}\n`).chains;
    expect(chain?.expression).toBe('鎳—鎳鐵—不銹鋼');
    expect(text.slice(chain?.start, chain?.end)).toBe('鎳—鎳鐵—不銹鋼');
    expect(chain?.quote).toBe(text);
  });

  it('keeps an English word in brackets, which is no gloss', () => {
    expect(stagesOf('锂矿→碳酸锂→正极材料(cathode)\n')).toEqual([
      [['锂矿'], ['碳酸锂'], ['正极材料(cathode)']],
    ]);
  });
});

describe('a shared suffix is not spread over alternatives joined by a slash', () => {
  it('keeps slash alternatives whole', () => {
    expect(stagesOf('原铝→铜板/铜箔/铝型材→汽车\n')).toEqual([
      [['原铝'], ['铜板', '铜箔', '铝型材'], ['汽车']],
    ]);
    expect(stagesOf('GPU/CPU设计→晶圆制造→封测\n')).toEqual([[['GPU', 'CPU设计'], ['晶圆制造'], ['封测']]]);
  });

  it('still spreads it over short stems listed with 、', () => {
    expect(stagesOf('钢材→热锻、冷轧、压铸件→整车\n')).toEqual([
      [['钢材'], ['热锻件', '冷轧件', '压铸件'], ['整车']],
    ]);
  });
});

describe('与 and 和 between two names keep the last link whole', () => {
  it('keeps both names', () => {
    expect(stagesOf('硅料→硅片→电池与组件\n')).toEqual([[['硅料'], ['硅片'], ['电池与组件']]]);
    expect(stagesOf('原盐→烧碱→管材和型材\n')).toEqual([[['原盐'], ['烧碱'], ['管材和型材']]]);
  });

  it('still ends the link before a function word or a number after them', () => {
    expect(stagesOf('硅料→硅片→电池与其他环节\n')).toEqual([[['硅料'], ['硅片'], ['电池']]]);
    expect(stagesOf('硅料→硅片→电池和3家企业\n')).toEqual([[['硅料'], ['硅片'], ['电池']]]);
  });
});

describe('markup tags and box-drawing frames bound a chain', () => {
  it('reads a chain inside an HTML tag without the tag', () => {
    expect(stagesOf('<div class="flow">原盐 → 烧碱 → 聚氯乙烯</div>\n')).toEqual([
      [['原盐'], ['烧碱'], ['聚氯乙烯']],
    ]);
  });

  it('reads a chain inside a text-table frame without the frame', () => {
    expect(stagesOf('│ 原盐 → 烧碱 → 聚氯乙烯 │\n')).toEqual([[['原盐'], ['烧碱'], ['聚氯乙烯']]]);
  });

  it('keeps an ASCII arrow, which is no tag', () => {
    expect(stagesOf('原盐->烧碱->聚氯乙烯\n')).toEqual([[['原盐'], ['烧碱'], ['聚氯乙烯']]]);
  });
});

describe('a bracketed note after the last link is not part of it', () => {
  it('ends the chain before a note that judges with 是, also when the note runs past a comma', () => {
    expect(stagesOf('- 硅料→组件（硅料是上游材料）\n')).toEqual([[['硅料'], ['组件']]]);
    expect(stagesOf('- 原盐→烧碱（原盐是上游原料，烧碱耗电）\n')).toEqual([[['原盐'], ['烧碱']]]);
  });

  it('ends the chain before a note that places the links by level', () => {
    expect(stagesOf('链条：原盐→烧碱→PVC(方向上下游相反：盐涨利空中游)；\n')).toEqual([
      [['原盐'], ['烧碱'], ['PVC']],
    ]);
  });

  it('keeps a bracket that qualifies the last link', () => {
    expect(stagesOf('铝土矿→氧化铝→电解铝（霍尔法）\n')).toEqual([
      [['铝土矿'], ['氧化铝'], ['电解铝（霍尔法）']],
    ]);
  });
});

describe('a template of levels between an abstract input and an abstract output', () => {
  it('keeps out a path of generic steps from raw material to end use', () => {
    keptOut('按原料—组装—质检—成品排列。\n', REJECT_REASON.abstract);
    keptOut('覆盖原材料→零部件→制造→终端应用，共四级。\n', REJECT_REASON.abstract);
  });

  it('keeps a chain that names its own steps between the same ends', () => {
    expect(stagesOf('原料→烧结→炼铁→炼钢→成品\n')).toEqual([
      [['原料'], ['烧结'], ['炼铁'], ['炼钢'], ['成品']],
    ]);
  });
});

describe('a sequence the text names a workflow, an order or a pipeline', () => {
  it('keeps it out', () => {
    keptOut('平台实现收货→入库→分拣→出库的全流程管理。\n', REJECT_REASON.processOrder);
    keptOut('请按“外观—电源—接口—固件”的顺序检查。\n', REJECT_REASON.processOrder);
  });

  it('keeps a chain the text names a chain', () => {
    expect(stagesOf('形成“原盐—烧碱—聚氯乙烯”的完整产业链。\n')).toEqual([
      [['原盐'], ['烧碱'], ['聚氯乙烯']],
    ]);
  });
});

describe('a numeral with 元 before a name counts components, not items', () => {
  it('keeps a two-stage chain whose link names a ternary material', () => {
    expect(stagesOf('label: "硫酸镍→三元前驱体"\n')).toEqual([[['硫酸镍'], ['三元前驱体']]]);
  });

  it('still reads a count as a count', () => {
    expect(extract('有四种—煤、电、铝、材\n').chains).toEqual([]);
  });
});

describe('an influence or causal path named before the sequence', () => {
  it('keeps out a path after 影响链, 因果链 or a transmission path with words between', () => {
    keptOut('- 影响链：政策→受益行业→上下游→替代品\n', REJECT_REASON.causal);
    keptOut('固定因果链：核心技术→稳定量产→终端应用\n', REJECT_REASON.causal);
    keptOut('政策传导路径清晰：补贴→终端销量→电池装机\n', REJECT_REASON.causal);
  });

  it('keeps a chain after a plain label', () => {
    expect(stagesOf('- 产业链：原盐→烧碱→聚氯乙烯\n')).toEqual([[['原盐'], ['烧碱'], ['聚氯乙烯']]]);
  });
});

describe('a link that is a statistic of goods', () => {
  it('keeps out pairs of statistics', () => {
    keptOut('| 口径 | 进口量→出货量 |\n', REJECT_REASON.measure);
    keptOut('重点：库存→开工率\n', REJECT_REASON.measure);
  });

  it('keeps chains whose links only end like a statistic word', () => {
    expect(stagesOf('功率器件→模组→逆变器\n')).toEqual([[['功率器件'], ['模组'], ['逆变器']]]);
  });
});

describe('two stages joined by a spaced hyphen or en dash', () => {
  it('reads a title and its subtitle, not a chain', () => {
    keptOut('光伏周报 - 硅料价格回顾\n', REJECT_REASON.aside);
    keptOut('锂电观察 – 正极材料专题\n', REJECT_REASON.aside);
  });

  it('keeps a chain of three stages and a tight hyphen', () => {
    expect(stagesOf('硅料 - 硅片 - 电池片\n')).toEqual([[['硅料'], ['硅片'], ['电池片']]]);
    expect(stagesOf('硅料-硅片\n')).toEqual([[['硅料'], ['硅片']]]);
  });
});

describe('a range of full-width digits', () => {
  it('is a range, not a chain', () => {
    keptOut('《行动方案（２０２４－２０２７年）》\n', REJECT_REASON.range);
  });
});

describe('amounts around a dash (鄢陵, 定海: seen on import, 2026-12-07)', () => {
  it('is a range, not a chain, in either script, with the amounts as its text', () => {
    keptOut('其中,5000万—1亿元工业项目27个。\n', REJECT_REASON.range);
    keptOut('其中,5000萬—1億元工業項目27個。\n', REJECT_REASON.range);
    keptOut('新增产能10万吨—20万吨。\n', REJECT_REASON.range);
    const [r] = extract('其中,1000万—5000万元工业项目51个。\n').rejected;
    expect(r?.text).toBe('1000万—5000万元');
  });

  it('a negative measure after a word is a sign (定海: 核心区块平均水深-10米以上)', () => {
    keptOut('岸线总长47.85公里,核心区块平均水深-10米以上,最大靠泊30万吨级船舶。\n', REJECT_REASON.sign);
    keptOut('冬季气温-5℃以下。\n', REJECT_REASON.sign);
    expect(stagesOf('光纤—5G基站—智能终端\n')).toEqual([[['光纤'], ['5G基站'], ['智能终端']]]);
  });

  it('leaves a chain beside it as it was', () => {
    expect(stagesOf('新增产能10万吨—20万吨，形成废铝—再生铝—铝锭产业链。\n')).toEqual([
      [['废铝'], ['再生铝'], ['铝锭']],
    ]);
  });
});

describe('a conjunction before the chain head starts a second chain', () => {
  it('splits two chains of one head joined by 和', () => {
    expect(stagesOf('形成煤——煤气化——甲醇和煤——焦化——焦油深加工两条产业链\n')).toEqual([
      [['煤'], ['煤气化'], ['甲醇']],
      [['煤'], ['焦化'], ['焦油深加工']],
    ]);
  });

  it('still splits at 、 with a space before the head', () => {
    expect(stagesOf('原盐—烧碱—PVC、 原盐—纯碱—玻璃\n')).toEqual([
      [['原盐'], ['烧碱'], ['PVC']],
      [['原盐'], ['纯碱'], ['玻璃']],
    ]);
  });
});

describe('an idiom after the last link ends it', () => {
  it('drops 一条龙 and what follows from the last link', () => {
    expect(stagesOf('原木→板材→定制家具一条龙服务\n')).toEqual([[['原木'], ['板材'], ['定制家具']]]);
  });
});

describe('a chain in a bracket that a colon leaves open', () => {
  it('is read after a code before the bracket', () => {
    expect(stagesOf('REQ-7 工序链（坯布→染整→印花：投入产出核算）\n')).toEqual([
      [['坯布'], ['染整'], ['印花']],
    ]);
  });
});

describe('每 or 各 after the last link ends it', () => {
  it('drops the distributive and what follows', () => {
    expect(stagesOf('原奶→杀菌→灌装每一步都要记录温度\n')).toEqual([[['原奶'], ['杀菌'], ['灌装']]]);
  });
});
