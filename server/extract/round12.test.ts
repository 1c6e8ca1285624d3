/**
 * The twelfth chain round (docs/EXTRACTION.md): a dash inside a web address is code, and a sequence whose last link
 * names an analysis or a report (事件 → 公司影响分析) maps an input to what is made of it — pinned on made-up
 * sentences, each beside a chain of the same shape that must stay a chain.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { extract } from './index.ts';
import { keptOut, stagesOf } from './rounds.testing.ts';

describe('web addresses', () => {
  it('keeps a hyphen inside an address out', () => {
    keptOut('详见：https://m.example.com/html5/train/CKG-KWE-day-1.html', REJECT_REASON.code);
    keptOut('参见 www.example.cn - 茶叶', REJECT_REASON.code);
  });

  it('reads nothing on a page’s source line (makeDoc leaves it out)', () => {
    const x = extract('来源：https://m.example.com/html5/train/CKG-KWE-day-1.html');
    expect([x.chains, x.rejected]).toEqual([[], []]);
  });

  it('still reads a chain beside an address', () => {
    expect(stagesOf('形成“茶叶—茶饮料—茶食品”产业链（详见 https://example.com/a）。')).toEqual([
      [['茶叶'], ['茶饮料'], ['茶食品']],
    ]);
  });
});

describe('an analysis or a report as the last link', () => {
  it('keeps 事件 → 公司影响分析 and 公司 → 发展综述 out', () => {
    keptOut('提供「事件 → 行业影响分析」能力。', REJECT_REASON.deliverable);
    keptOut('提供「企业 → 年度综述」能力。', REJECT_REASON.deliverable);
  });

  it('still reads a chain whose middle link is a service', () => {
    expect(stagesOf('构建“样品采集—检测分析—试剂生产”链条。')).toEqual([
      [['样品采集'], ['检测分析'], ['试剂生产']],
    ]);
  });
});
