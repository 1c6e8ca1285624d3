/**
 * The tenth chain round (docs/EXTRACTION.md): fragments of prose cut at a bracket or an enumeration mark, a two-stage
 * chain after a possessive when the text names it a chain, a sequence called a virtuous cycle, and two names joined by
 * the doubled em dash — pinned on made-up sentences, each beside a chain of the same shape that must stay a chain.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { extract } from './index.ts';
import { keptOut, reasonsOf, stagesOf } from './rounds.testing.ts';

describe('fragments of prose', () => {
  it('keeps a link that opens a bracket the cluster never closes out', () => {
    keptOut('排名靠后 → 观望（暂不介入，等待信号）', REJECT_REASON.fragment);
  });

  it('keeps a link with an enumeration mark out', () => {
    keptOut('复盘时看两点——①成交量变化；②资金流向。', REJECT_REASON.fragment);
  });

  it('keeps a product name with its bracket whole', () => {
    expect(stagesOf('形成氧化铝—电解铝(霍尔-埃鲁法)—铝材产业链。')).toEqual([
      [['氧化铝'], ['电解铝(霍尔-埃鲁法)'], ['铝材']],
    ]);
  });
});

describe('a two-stage chain after a possessive', () => {
  it('cuts the modifier before 的 when the text names the pair a chain right after it', () => {
    expect(stagesOf('发展以盐为原料的烧碱—氯气产品链。')).toEqual([[['烧碱'], ['氯气']]]);
    expect(stagesOf('延伸以煤为原料的电石—乙炔化工产业链。')).toEqual([[['电石'], ['乙炔']]]);
    expect(stagesOf('延伸以原油为原料的乙烯—聚乙烯化工产业链。')).toEqual([[['乙烯'], ['聚乙烯']]]);
  });

  it('still reads 的 in a two-stage pair without a chain noun as an appositive', () => {
    expect(extract('公司的主业—轻工机械。').chains).toEqual([]);
  });
});

describe('a sequence the text calls a virtuous cycle', () => {
  it('keeps it out, but not a quoted sequence the text calls a chain', () => {
    keptOut('形成“产地—品牌—增收”的良性循环。', REJECT_REASON.principle);
    expect(stagesOf('形成“种植—加工—销售”的产业链。')).toEqual([[['种植'], ['加工'], ['销售']]]);
  });
});

describe('two names joined by the doubled em dash', () => {
  it('reads an unquoted pair as an explanation of the first', () => {
    keptOut('课题组——锂电池回收工艺研究。', REJECT_REASON.explanation);
    keptOut('研究助理——新能源汽车用户调研。', REJECT_REASON.explanation);
  });

  it('keeps three stages or more, a quoted pair and a single em dash as chains', () => {
    expect(stagesOf('围绕氯碱——氯乙烯——聚氯乙烯延伸产业链。')).toEqual([
      [['氯碱'], ['氯乙烯'], ['聚氯乙烯']],
    ]);
    expect(stagesOf('共有“种植业——粮食深加工”等环节。')).toEqual([[['种植业'], ['粮食深加工']]]);
    expect(stagesOf('配套锂矿—碳酸锂项目。')).toEqual([[['锂矿'], ['碳酸锂']]]);
  });

  it('leaves a place pair and a caption their own reasons', () => {
    expect(reasonsOf('龙头企业——临安市天目山农庄。')).toContain(REJECT_REASON.caption);
  });
});
