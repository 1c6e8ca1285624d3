/**
 * The ninth chain round (docs/EXTRACTION.md): groups of market sectors and asset classes, transmissions into macro
 * variables, directory trees, and gazetteer streets named after an industry — pinned on made-up sentences, each beside
 * a chain of the same shape that must stay a chain.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { keptOut, stagesOf } from './rounds.testing.ts';

describe('groups of sectors and asset classes', () => {
  it('keeps a rotation of asset classes or sectors out, but not a chain that passes one class word', () => {
    keptOut('大宗商品存在“贵金属→工业金属→能源化工→农产品”的涨价次序。', REJECT_REASON.group);
    keptOut('资金依次流向医药→消费→有色→军工。', REJECT_REASON.group);
    expect(stagesOf('发展原油→化工→塑料制品产业链。')).toEqual([[['原油'], ['化工'], ['塑料制品']]]);
  });

  it('keeps a sequence the text calls an order of market items out (轮动序列, 节点, 顺序)', () => {
    keptOut('防御阶段跟踪轮动序列（钢材→水泥→玻璃）。', REJECT_REASON.group);
    keptOut('监控商品节点：铜→铝→锌→镍。', REJECT_REASON.group);
    expect(stagesOf('打造铜→铝→锌产业链。')).toEqual([[['铜'], ['铝'], ['锌']]]);
  });
});

describe('transmissions into macro variables', () => {
  it('keeps a sequence with a macro variable out as causal, but not a chain of goods', () => {
    keptOut('关注能源→化工→通胀的传递。', REJECT_REASON.causal);
    keptOut('冲击沿着土地→城投→银行→经济扩散。', REJECT_REASON.causal);
    expect(stagesOf('延伸原油—石脑油—乙烯产业链。')).toEqual([[['原油'], ['石脑油'], ['乙烯']]]);
  });
});

describe('directory trees', () => {
  it('keeps box-drawing branches out', () => {
    keptOut('│   ├── metals/   # 金属因子', REJECT_REASON.tree);
  });
});

describe('gazetteer streets named after an industry', () => {
  it('does not read common industry words as a corridor of areas', () => {
    expect(stagesOf('形成采矿→化工→建筑→电力的供给环。')).toEqual([[['采矿'], ['化工'], ['建筑'], ['电力']]]);
    keptOut('推进辽宁阜新—沈阳、山西大同—朔州、河南安阳—鹤壁等区域的勘查。', REJECT_REASON.placeCorridor);
  });
});
