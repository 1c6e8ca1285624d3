/**
 * The twenty-third chain round, look-alikes (docs/EXTRACTION.md): sequences the text around them names as something
 * other than a flow of goods, what it says of a pair, a comment or a link, and changes that make a path of cause and effect — pinned on lines
 * of the development data (the fresh sets), beside chains of the same data that must stay.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { keptOut, stagesOf } from './rounds.testing.ts';

describe('a grouping named before the sequence', () => {
  it('keeps out items sorted into groups or taking turns', () => {
    keptOut('按行业分组：新能源车→半导体→电商→安防→光伏→基建→能源→制造→金融。\n', REJECT_REASON.group);
    keptOut('topic_sys += "4. 板块轮动规律（AI→半导体→医疗→新能源→资源）\\n"\n', REJECT_REASON.group);
  });

  it('still reads a chain whose label names an order along the chain', () => {
    expect(stagesOf('板块顺序（总览精确产业链顺序）：锡矿（采选）→ 锡锭（冶炼）→ 锡材（加工）\n')).toEqual([
      [['锡矿（采选）'], ['锡锭（冶炼）'], ['锡材（加工）']],
    ]);
  });
});

describe('a model, a network or a structure named around the sequence', () => {
  it('keeps out the parts of a model named before', () => {
    keptOut('热阻网络模型: 芯片→焊盘→铜箔→PCB→环境\n', REJECT_REASON.model);
    keptOut(
      '半导体供应链的 MRP 排产过程极为复杂：多层 BOM（成品→封装→晶圆→硅片）、长周期 Lead Time\n',
      REJECT_REASON.model,
    );
    keptOut(
      '| `diagnosing-bugs` | 规范化 Bug 诊断循环：复现 → 最小化 → 假设 → 插桩 → 修复 → 回归测试 |\n',
      REJECT_REASON.model,
    );
  });

  it('keeps out the parts of a network or the parties named after', () => {
    keptOut('页面和组件相互耦合，形成“页面—组件—事件—数据源”的关系网络。\n', REJECT_REASON.model);
    keptOut('可以通过“用户源—模板—成品”三方对齐生成两类候选\n', REJECT_REASON.model);
  });

  it('still reads a production process named before and the levels a chain is split into', () => {
    expect(stagesOf('钢铁生产全流程可视化（原料→炼铁→炼钢→轧钢→成品）\n')).toEqual([
      [['原料'], ['炼铁'], ['炼钢'], ['轧钢'], ['成品']],
    ]);
    expect(stagesOf('"电芯—模组—PACK 三层拆分来源。",\n')).toEqual([[['电芯'], ['模组'], ['PACK']]]);
  });
});

describe('a link that states a rise, a fall or a shortage', () => {
  it('makes the sequence cause and effect', () => {
    keptOut('"能繁母猪存栏去化→生猪供应减少→价格弹性释放。"\n', REJECT_REASON.causal);
    keptOut("'fracture': '中间体涨价→下游加工减产之间',\n", REJECT_REASON.causal);
    keptOut('- 案例: AI→HBM→存储芯片涨价→光模块→CPO→液冷→铜连接...\n', REJECT_REASON.causal);
  });
});

describe('what the text says of a pair, a comment or a link', () => {
  it('keeps out a causal path named further back in the clause', () => {
    keptOut(
      "top_down_path = Column(Text)  # 完整反推路径(自由文本), 例: 'AI→GPU→光模块→InP衬底'\n",
      REJECT_REASON.causal,
    );
  });

  it('keeps out the key and value of a dictionary in its comment, not a chain in a plain comment', () => {
    keptOut('_herb_by_pinyin: Dict[str, dict] = {}       # 拼音→饮片\n', REJECT_REASON.keyValue);
    expect(stagesOf('# 5层链：AI服务器→ODM→高层PCB→CCL覆铜板→铜箔/玻纤\n')).toEqual([
      [['AI服务器'], ['ODM'], ['高层PCB'], ['CCL覆铜板'], ['铜箔', '玻纤']],
    ]);
  });

  it('keeps out a product of two quantities', () => {
    keptOut('│ 链条2：CBOT大豆 × 汇率 → 进口成本指数 │\n', REJECT_REASON.formula);
  });

  it('keeps out two goods priced against each other, not a chain a spread trade follows', () => {
    keptOut(
      "'贵金属':   {'unit': ['au', 'ag'], 'focus': '黄金-白银比价，避险情绪传导'},\n",
      REJECT_REASON.priceRelation,
    );
    keptOut('【子系统A】螺纹钢-热卷跨品种统计套利\n', REJECT_REASON.priceRelation);
    expect(stagesOf('22 | 焦化利润三腿套利：焦煤→焦炭→螺纹钢\n')).toEqual([[['焦煤'], ['焦炭'], ['螺纹钢']]]);
  });

  it('keeps out two partners of a joint centre', () => {
    keptOut(
      '积极面向全球市场,建成“大运—博世”联合研发中心,与世界一流企业进行战略合作。\n',
      REJECT_REASON.partners,
    );
  });
});
