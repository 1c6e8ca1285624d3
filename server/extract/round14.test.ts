/**
 * The fourteenth chain round (docs/EXTRACTION.md): a sequence in the bracket right after who gains or loses glosses
 * how the effect comes about, and a last link that ends in the pace of a change (…升级节奏) states an effect — pinned on
 * made-up sentences, each beside a chain of the same shape that must stay a chain.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { keptOut, stagesOf } from './rounds.testing.ts';

describe('a bracket right after who gains or loses', () => {
  it('keeps the path of a benefit out', () => {
    keptOut('量产前夜，轴承厂最先受益(试产→扩产→议价权)。', REJECT_REASON.causal);
  });

  it('keeps the path of a loss out', () => {
    keptOut('需求转弱，中小厂商承压（订单→排产→现金流）。', REJECT_REASON.causal);
  });

  it('still reads a chain in a bracket after a plain noun', () => {
    expect(stagesOf('本县重点发展特色农业（种植→加工→销售）。')).toEqual([[['种植'], ['加工'], ['销售']]]);
  });
});

describe('the pace of a change after the last link', () => {
  it('keeps a path that ends in the pace of an upgrade out', () => {
    keptOut('跟踪主线：芯片→光模块迭代节奏。', REJECT_REASON.causal);
  });

  it('still reads a chain that ends in a product', () => {
    expect(stagesOf('跟踪主线：芯片→光模块→服务器。')).toEqual([[['芯片'], ['光模块'], ['服务器']]]);
  });
});
