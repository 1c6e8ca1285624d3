/**
 * The thirteenth chain round (docs/EXTRACTION.md): a heading's bound at the end of its first clause, the Chinese
 * rendering of a hyphenated foreign term, a group label before the first link, code-string quotes around a ——
 * pair, code operators, a trailing 模式, and place routes (two links, stations, compound directions) — pinned on
 * made-up sentences, each beside a chain of the same shape that must stay a chain; and lists of pairs read together.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { keptOut, stagesOf } from './rounds.testing.ts';

describe('a numbered line longer than a heading label', () => {
  it('reads a chain that runs past the label’s 40 characters whole', () => {
    expect(
      stagesOf('1. 本县围绕资源优势重点发展精细化工和新材料产业，着力构建原盐—烧碱—聚氯乙烯—塑料型材产业链'),
    ).toEqual([[['原盐'], ['烧碱'], ['聚氯乙烯'], ['塑料型材']]]);
  });
});

describe('the Chinese rendering of a hyphenated foreign term', () => {
  it('keeps 晶片-晶圆-基板 after Chip-on-Wafer-on-Substrate out', () => {
    keptOut('采用 CoWoS（Chip-on-Wafer-on-Substrate，晶片-晶圆-基板）封装。', REJECT_REASON.translation);
  });

  it('still reads a chain after a hyphenated name outside a bracket', () => {
    expect(stagesOf('合作方为 SK-Hynix，形成晶圆—封装—测试产业链。')).toEqual([
      [['晶圆'], ['封装'], ['测试']],
    ]);
  });
});

describe('a group label before the first link', () => {
  it('keeps an order of market items set off by a space out', () => {
    keptOut('按价格排列，顺序 黄金→白银→铂金→钯金', REJECT_REASON.group);
  });

  it('still reads a chain after a plain space', () => {
    expect(stagesOf('重点发展 原煤→焦炭→甲醇 产业链')).toEqual([[['原煤'], ['焦炭'], ['甲醇']]]);
  });
});

describe('a —— pair in the string quotes of code or data', () => {
  it('keeps a source note out', () => {
    keptOut('{"source": "某大学——电池拆解回收"}', REJECT_REASON.explanation);
  });

  it('still reads a —— pair in quotation marks', () => {
    expect(stagesOf('共有“种植业——粮食深加工”等环节。')).toEqual([[['种植业'], ['粮食深加工']]]);
  });
});

describe('code operators', () => {
  it('keeps an arrow function with a comparison out', () => {
    keptOut('当前：{list.find(c => c.value === selected)?.label}', REJECT_REASON.code);
  });

  it('still reads a chain written with =>', () => {
    expect(stagesOf('flow: 原煤 => 甲醇 => 烯烃')).toEqual([[['原煤'], ['甲醇'], ['烯烃']]]);
  });
});

describe('a trailing 模式', () => {
  it('cuts 循环模式案例 off the last link', () => {
    expect(stagesOf('2.1 秸秆—饲料—肥料循环模式案例')).toEqual([[['秸秆'], ['饲料'], ['肥料']]]);
  });
});

describe('place routes', () => {
  it('keeps a place and a name opening with another out', () => {
    keptOut('开通衡阳—郴州成品油支线', REJECT_REASON.placeCorridor);
  });

  it('reads a compound direction as an area', () => {
    keptOut('建设湘西北—湘南天然气管道', REJECT_REASON.placeCorridor);
  });

  it('keeps stations along a route out', () => {
    keptOut('输送路线：岳阳油库→长沙泵站→湘潭末站', REJECT_REASON.placeCorridor);
  });

  it('still reads a two-link chain whose second link opens with a place', () => {
    expect(stagesOf('延伸“茶叶—安化黑茶”产业链')).toEqual([[['茶叶'], ['安化黑茶']]]);
  });
});

describe('a list of pairs read together', () => {
  it('keeps the list mates of a group of market items out', () => {
    keptOut('板块名称合并：券商→证券，医疗→医药，贵金属→黄金', REJECT_REASON.group);
    expect(stagesOf('板块名称合并：券商→证券，医疗→医药，贵金属→黄金')).toEqual([]);
  });

  it('still reads a list of pairs with no group among them', () => {
    expect(stagesOf('开采—冶炼，冶炼—加工，加工—销售')).toEqual([
      [['开采'], ['冶炼']],
      [['冶炼'], ['加工']],
      [['加工'], ['销售']],
    ]);
  });

  it('reads a string list the same way, the kind named by a longer item', () => {
    keptOut('["能源→化工→通胀","避险→采矿股"]', REJECT_REASON.causal);
    expect(stagesOf('["原油→石脑油→乙烯","煤炭→甲醇"]')).toEqual([
      [['原油'], ['石脑油'], ['乙烯']],
      [['煤炭'], ['甲醇']],
    ]);
  });
});
