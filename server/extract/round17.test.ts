/**
 * The seventeenth chain round (docs/EXTRACTION.md): three edges of links that code strings and process notes write —
 * an escaped line break (`\n`) or an inline list number (` 2.`) ends a chain as a real line break does, a standalone
 * 经 ('by way of') before a process is a preposition although the segmenter tags it a noun, and a level word before
 * a bracketed list leaves the bracket's items as the links — pinned on made-up lines, beside names that start with
 * the same characters and must stay whole.
 */
import { describe, expect, it } from 'vitest';
import { stagesOf } from './rounds.testing.ts';

describe('an escaped line break or an inline list number ends a chain', () => {
  it('splits two chains written in one code string with \\n between them', () => {
    expect(stagesOf("prompt = '请梳理:\\n1.原盐→烧碱→PVC\\n2.原煤→焦炭→甲醇'\n")).toEqual([
      [['原盐'], ['烧碱'], ['PVC']],
      [['原煤'], ['焦炭'], ['甲醇']],
    ]);
  });

  it('splits two chains of one line at the list number of the second', () => {
    expect(stagesOf('重点：1.原盐→烧碱→PVC 2.原煤→焦炭→甲醇\n')).toEqual([
      [['原盐'], ['烧碱'], ['PVC']],
      [['原煤'], ['焦炭'], ['甲醇']],
    ]);
  });

  it('leaves a decimal after a chain alone', () => {
    expect(stagesOf('铁矿石→生铁→粗钢 2.5亿吨\n')).toEqual([[['铁矿石'], ['生铁'], ['粗钢']]]);
  });
});

describe('a standalone 经 before a process is a preposition', () => {
  it('cuts 经 and what precedes it from the first link', () => {
    expect(stagesOf('原油经催化裂化→丙烯→聚丙烯\n')).toEqual([[['催化裂化'], ['丙烯'], ['聚丙烯']]]);
  });

  it('keeps names that start with 经 whole', () => {
    expect(stagesOf('经编面料→家纺→服装\n')).toEqual([[['经编面料'], ['家纺'], ['服装']]]);
  });
});

describe('a level word before a bracketed list', () => {
  it('reads the items in the bracket as the links', () => {
    expect(stagesOf('上游硅料→中游组件→下游（电站/储能/汽车）\n')).toEqual([
      [['硅料'], ['组件'], ['电站', '储能', '汽车']],
    ]);
  });

  it('keeps a bracket that follows a name', () => {
    expect(stagesOf('上游硅料→中游组件→下游电站（集中式/分布式）\n')).toEqual([
      [['硅料'], ['组件'], ['电站（集中式/分布式）']],
    ]);
  });
});
