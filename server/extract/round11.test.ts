/**
 * The eleventh chain round (docs/EXTRACTION.md): level words that label the stages of a chain (上游X → 中游Y → 下游Z)
 * are not part of the links, a path of levels that names only roles is not a chain, and two directions alone
 * (上→下) are not a chain — pinned on made-up sentences, each beside a chain of the same shape that must stay a chain.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { keptOut, stagesOf } from './rounds.testing.ts';

describe('level words that label stages', () => {
  it('drops 上游/中游/下游 before the links when the stages carry them in order', () => {
    expect(stagesOf('产业链：上游钛矿 → 中游海绵钛/钛锭 → 下游钛材')).toEqual([
      [['钛矿'], ['海绵钛', '钛锭'], ['钛材']],
    ]);
  });

  it('keeps the bracket of a labelled link whole', () => {
    expect(stagesOf('结构：上游零件（齿轮、轴承）→ 中游整机装配 → 下游应用场景（港口/矿山）')).toEqual([
      [['零件（齿轮、轴承）'], ['整机装配'], ['应用场景（港口/矿山）']],
    ]);
  });

  it('leaves a chain without level labels as it is', () => {
    expect(stagesOf('钛矿 → 海绵钛 → 钛材')).toEqual([[['钛矿'], ['海绵钛'], ['钛材']]]);
  });

  it('keeps a path of levels that names only roles out', () => {
    keptOut('图谱展示上游原料 → 中游制造 → 下游应用的全景结构。', REJECT_REASON.level);
    keptOut('关系图谱（上游材料 → 中游设备 → 下游应用 → 终端）', REJECT_REASON.level);
  });
});

describe('directions alone', () => {
  it('keeps 上→下 and 下→上 out', () => {
    keptOut('扩散方向：forward (上→下) / backward (下→上)', REJECT_REASON.level);
  });
});
