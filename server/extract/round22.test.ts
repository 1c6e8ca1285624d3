/**
 * The twenty-second chain round (docs/EXTRACTION.md): rules for the largest kinds of wrong chains on the fresh sets
 * (development from round 21 on) — pinned on made-up lines, beside chains that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { MIN_CHAIN_CONFIDENCE, REJECT_REASON } from '../../vocab/extractReasons.ts';
import { extract } from './index.ts';
import { makeLexicon } from './products.ts';
import { keptOut, stagesOf } from './rounds.testing.ts';

describe('a path that starts at a chain is a category path', () => {
  it('keeps out a tree path under a chain (the chain, its segment, its sub-segment)', () => {
    keptOut('示例产业链——软件系统——操作系统\n', REJECT_REASON.categoryChain);
    keptOut('新能源汽车产业链—动力电池—正极材料\n', REJECT_REASON.categoryChain);
    keptOut('光伏供应链→硅料→硅片\n', REJECT_REASON.categoryChain);
  });

  it('still reads a chain whose first link merely ends in 链 as a product (冷链) or names it after the path', () => {
    expect(stagesOf('冷链—冷库—冷藏车\n')).toEqual([[['冷链'], ['冷库'], ['冷藏车']]]);
    expect(stagesOf('构建硅料—硅片—电池片—组件全产业链。\n')).toEqual([
      [['硅料'], ['硅片'], ['电池片'], ['组件']],
    ]);
  });
});

describe('a link that is a purchase is no product', () => {
  it('keeps out procurement edges (a buyer → what it buys 采购)', () => {
    keptOut('动力电池→负极采购\n', REJECT_REASON.procurement);
    keptOut('三元正极→碳酸锂采购、镍钴采购\n', REJECT_REASON.procurement);
    keptOut('原料采购→生产→销售\n', REJECT_REASON.procurement);
  });

  it('still reads the chain between the goods themselves', () => {
    expect(stagesOf('碳酸锂→三元正极→动力电池\n')).toEqual([[['碳酸锂'], ['三元正极'], ['动力电池']]]);
  });
});

describe('a chain scored under the minimum confidence is set aside as a look-alike', () => {
  const lexicon = makeLexicon(['碳酸锂', '正极材料', '动力电池'], [['正极材料', '碳酸锂']]);

  it('records a sequence with no product word, no chain word and few known links among the rejected, with its span', () => {
    const text = '用户留存路径：相似→喜欢→留存\n';
    const { chains, rejected } = extract(text, '', { lexicon });
    expect(chains).toEqual([]);
    const r = rejected.find((x) => x.reason === REJECT_REASON.lowConfidence);
    expect(r?.text).toBe('相似→喜欢→留存');
    expect(text.slice(r?.start, r?.end)).toBe('相似→喜欢→留存');
  });

  it('keeps a chain of known products, and the same sequence when the shape rules alone score it', () => {
    const { chains } = extract('碳酸锂→正极材料→动力电池\n', '', { lexicon });
    expect(chains.map((c) => c.stages)).toEqual([[['碳酸锂'], ['正极材料'], ['动力电池']]]);
    expect(chains[0]?.confidence).toBeGreaterThanOrEqual(MIN_CHAIN_CONFIDENCE);
    expect(stagesOf('用户留存路径：相似→喜欢→留存\n')).toEqual([[['相似'], ['喜欢'], ['留存']]]);
  });
});

describe('a verb of making before a later link is not part of its name', () => {
  it('reads what is made', () => {
    expect(stagesOf('电解槽用电 → 生产氢气\n')).toEqual([[['电解槽用电'], ['氢气']]]);
    expect(stagesOf('DRI + 电力 + 石灰 → 生产钢\n')).toEqual([[['DRI', '电力', '石灰'], ['钢']]]);
    expect(stagesOf('天然气→制取氢气→合成氨\n')).toEqual([[['天然气'], ['氢气'], ['合成氨']]]);
  });

  it('keeps names that open with the word (生产线, 生产设备) and a lone 生产', () => {
    expect(stagesOf('钢材→生产线→整车\n')).toEqual([[['钢材'], ['生产线'], ['整车']]]);
    expect(stagesOf('科研—生产—储藏—加工\n')).toEqual([[['科研'], ['生产'], ['储藏'], ['加工']]]);
  });
});

describe('the levels of the linear and circular economy models', () => {
  it('keeps out levels run together or glossed in brackets (资源—产品—污染(废弃物)排放)', () => {
    keptOut('传统的“资源—产品—污染(废弃物)排放”单向流动\n', REJECT_REASON.circular);
    keptOut('資源——生產——廢棄物排放的模式\n', REJECT_REASON.circular);
    keptOut('资源—产品—治理—污染排放\n', REJECT_REASON.circular);
  });

  it('still reads a chain that ends in using waste (废弃物综合利用)', () => {
    expect(stagesOf('饲草种植—标准养殖—屠宰加工—废弃物综合利用\n')).toEqual([
      [['饲草种植'], ['标准养殖'], ['屠宰加工'], ['废弃物综合利用']],
    ]);
  });
});

describe('the states of an order are a business flow, not goods', () => {
  it('keeps out order, storage, shipping, inspection and waiting states', () => {
    keptOut('订货→排产→炼钢→轧制→入库→发运\n', REJECT_REASON.orderFlow);
    keptOut('炼钢→连铸→轧钢等待→精整等待→发货\n', REJECT_REASON.orderFlow);
    keptOut('炼钢(SMS)→连铸→轧制→质检(SQM)→发货(SYD)\n', REJECT_REASON.orderFlow);
  });

  it('still reads chains through storage and delivery trades, and one inspection step', () => {
    expect(stagesOf('牧场→屠宰→运输→仓储\n')).toEqual([[['牧场'], ['屠宰'], ['运输'], ['仓储']]]);
    expect(stagesOf('铸件→机加工→质检→整机\n')).toEqual([[['铸件'], ['机加工'], ['质检'], ['整机']]]);
  });
});

describe('two bare level words make a level path', () => {
  it('keeps out a level path whose last word runs into the text after it', () => {
    keptOut('上游—中游—下游框架\n', REJECT_REASON.level);
    keptOut('供应商—制造商—应用方/上游—中游—下游\n', REJECT_REASON.level);
  });

  it('still reads a chain with its levels as labels', () => {
    expect(stagesOf('上游锂矿→中游正极材料→下游动力电池\n')).toEqual([
      [['锂矿'], ['正极材料'], ['动力电池']],
    ]);
  });
});

describe('the minimum confidence and a graph of other industries', () => {
  it('does not set aside a chain only because the graph lacks its products', () => {
    // The Qijiang graph knows aluminium, not lithium: no product word, two unquoted stages — a real chain all the same.
    const graph = makeLexicon(['废铝', '再生铝', '铝锭'], [['再生铝', '废铝']], 'graph');
    const pool = makeLexicon(['废铝', '再生铝', '铝锭'], [['再生铝', '废铝']], 'pool');
    const text = '加快锂矿—碳酸锂布局。\n';
    const [chain] = extract(text, '', { lexicon: graph }).chains;
    expect(chain?.stages).toEqual([['锂矿'], ['碳酸锂']]);
    expect(chain?.confidence).toBeLessThan(MIN_CHAIN_CONFIDENCE);
    expect(extract(text, '', { lexicon: pool }).chains).toEqual([]);
  });
});
