/**
 * A list's bullet at a line's start (`- 位置:…`): no separator, and no chain runs across it into the line before — a
 * heading or another item (seen importing 噶尔's page, 2026-12-07: `獅泉河鎮綠色產業聚集區- 位置` was a chain).
 */
import { describe, expect, it } from 'vitest';
import { stagesOf } from './rounds.testing.ts';

describe('a bullet opening a line', () => {
  it('makes no chain of a heading and the item under it', () => {
    expect(stagesOf('獅泉河鎮綠色產業聚集區\n- 位置:西藏阿里地區噶爾縣獅泉河鎮\n')).toEqual([]);
  });

  it('keeps an item’s chain to its own line: not the heading before, not the next item', () => {
    expect(stagesOf('产业布局\n- 铝土矿—氧化铝—电解铝\n- 位置:某县\n')).toEqual([
      [['铝土矿'], ['氧化铝'], ['电解铝']],
    ]);
    expect(stagesOf('园区简介情况说明\n  — 铝土矿—氧化铝—电解铝\n')).toEqual([
      [['铝土矿'], ['氧化铝'], ['电解铝']],
    ]);
  });

  it('leaves a chain a PDF broke before a dash as one chain (no space after the dash)', () => {
    expect(stagesOf('形成铝土矿\n—氧化铝—电解铝产业链。\n')).toEqual([[['铝土矿'], ['氧化铝'], ['电解铝']]]);
  });
});
