/**
 * The shapes real plans use that the first rules missed (issue #14), one behaviour each, and hostile input.
 * These are behaviours, not a measurement: the figures come from the corpus (corpus.test.ts, npm run extract:eval).
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { MAX_FINDINGS } from './chains.ts';
import { extract } from './index.ts';
import { stagesOf } from './rounds.testing.ts';

const rejectedOf = (text: string) => extract(text).rejected.map((r) => r.text);

describe('separators', () => {
  it('reads every dash-like separator, ASCII hyphens and arrows included', () => {
    const chain = [['原煤'], ['焦炭'], ['甲醇']];
    for (const dash of ['—', '——', '-', '－', '–', '─', '━', '→', '->', '＞', '⟶'])
      expect(stagesOf(`形成原煤${dash}焦炭${dash}甲醇产品链。`), dash).toEqual([chain]);
    expect(stagesOf('推进铸锭/拉晶-切片-电池片-组件一体化发展。')).toEqual([
      [['铸锭', '拉晶'], ['切片'], ['电池片'], ['组件']],
    ]);
  });

  it('never splits number, year or date ranges, nor signs', () => {
    expect(stagesOf('到 2025 年培育 3-5 家龙头企业，2021—2025 年累计投资，增速在 -1%-4% 之间。')).toEqual([]);
    expect(rejectedOf('周报(2025.7.19-2025.7.25)')).toEqual(['2025.7.19-2025.7.25']);
  });
});

describe('where a chain starts and ends', () => {
  it('drops trailing chain nouns, in quotes too and in traditional script', () => {
    expect(stagesOf('打造废铝—铝锭—再生铝全产业链。')).toEqual([[['废铝'], ['铝锭'], ['再生铝']]]);
    expect(stagesOf('延伸發展多晶矽-矽片-電池片-組件主鏈。')).toEqual([
      [['多晶矽'], ['矽片'], ['電池片'], ['組件']],
    ]);
    expect(stagesOf('编制了“煤-电-铝-材一体化”实施方案。')).toEqual([[['煤'], ['电'], ['铝'], ['材']]]);
  });

  it('cuts the preamble before the first link by part of speech, keeping one-character stages', () => {
    expect(stagesOf('其整个产业链包括硅料-硅片-电池片-组件。')).toEqual([
      [['硅料'], ['硅片'], ['电池片'], ['组件']],
    ]);
    expect(stagesOf('推动煤—电—铝—化—材一体化发展。')).toEqual([[['煤'], ['电'], ['铝'], ['化'], ['材']]]);
    expect(stagesOf('发展再生铝—铝棒—铝型材产业链。')).toEqual([[['再生铝'], ['铝棒'], ['铝型材']]]);
  });

  it('drops a level gloss in brackets after the last link and keeps it out as a look-alike', () => {
    const r = extract('锂矿→碳酸锂（上游原料→中游材料）');
    expect(r.chains.map((c) => c.stages)).toEqual([[['锂矿'], ['碳酸锂']]]);
    expect(r.rejected.map((x) => x.text)).toEqual(['上游原料→中游材料']);
  });

  it('reads a dash inside a bracketed first link as part of the link when a separator follows the bracket', () => {
    expect(stagesOf('PEEK(萤石→DFBP)→薄膜')).toEqual([[['PEEK(萤石→DFBP)'], ['薄膜']]]);
    expect(stagesOf('形成了完整产业链（原煤—焦炭—甲醇）')).toEqual([[['原煤'], ['焦炭'], ['甲醇']]]);
  });

  it('splits two chains listed with 、 when the whole does not read as one chain', () => {
    const r = extract('分层问题（端—边—云、原料—加工—销售）');
    expect(r.chains.map((c) => c.stages)).toEqual([[['原料'], ['加工'], ['销售']]]);
    expect(r.rejected.map((x) => x.text)).toEqual(['端—边—云']);
    expect(stagesOf('矿山—骨料—管廊、管片—独立功能房')).toEqual([
      [['矿山'], ['骨料'], ['管廊', '管片'], ['独立功能房']],
    ]);
  });

  it('ends the chain at a spaced plus (a side item) but keeps a tight plus as a co-product', () => {
    expect(stagesOf('光伏: 多晶硅→硅片→电池片→组件→电站 + 设备')).toEqual([
      [['多晶硅'], ['硅片'], ['电池片'], ['组件'], ['电站']],
    ]);
    expect(stagesOf('大豆→豆粕+豆油')).toEqual([[['大豆'], ['豆粕', '豆油']]]);
  });

  it('ends the last link at a time word (夜盘走弱 is market prose, not part of the product)', () => {
    expect(stagesOf('原油—石脑油夜盘走弱')).toEqual([[['原油'], ['石脑油']]]);
  });
});

describe('look-alikes', () => {
  it('keeps slogans, place pairs, category paths, appositives and abstract levels out, with a reason', () => {
    for (const text of [
      '坚持治理——污染——再治理的老路不可取。',
      '依托成渝—贵阳通道，加快发展。',
      '融入川—渝一体化发展。',
      '中国—东盟产业合作区是规划建设的产业园区。',
      '重点发展新材料-先进有色金属-铝合金。',
      '稀土矿主要有四种—氟碳铈矿、独居石、磷钇矿。',
      '新能源汽车的核心部件 —— 动力电池，需求量剧增。',
      '分为熔化硅料——放入籽晶——扭转提拉——构成单晶硅棒。',
      '呈现“原料 – 中间体 – 终端产品”层级结构。',
      '铝价波动加大-关注左侧机会',
      '铜矿→冶炼厂只收铜精矿→电解铜',
      '大豆→油厂把豆粕卖给饲料厂→养殖',
      '散户具有追涨习惯→行情放大时换手最高',
      'e-TA-PF',
      '（工人日报-中工网记者 黄榆 通讯员 熊瑛）',
      '据新华社—本报记者报道。',
    ]) {
      const r = extract(text);
      expect(r.chains, text).toEqual([]);
      expect(r.rejected.length, text).toBeGreaterThan(0);
      expect(r.rejected.every((x) => x.reason.length > 0)).toBe(true);
    }
  });

  it('keeps lists of market sectors out as groups, but not a chain that ends in a service', () => {
    for (const text of ['金融链：银行→保险→券商→资管→金融科技', '| 贵金属—美元—利率 | 偏空但不追 |'])
      expect(
        extract(text).rejected.map((r) => r.reason),
        text,
      ).toContain(REJECT_REASON.group);
    expect(stagesOf('锂精炼→正极→电芯→整车→销售→保险→充电')).toHaveLength(1);
  });
});

describe('sequences the text itself names as something else (seventh chain round)', () => {
  it('keeps a transmission path out as cause and effect', () => {
    const r = extract('半导体板块涨停传导路径为：设备→材料→设计→封测。');
    expect(r.chains).toEqual([]);
    expect(r.rejected.map((x) => x.reason)).toContain(REJECT_REASON.causal);
  });

  it('keeps a sequence the text counts as steps or phases out, but not one it calls a chain', () => {
    for (const text of ['用“产地—原料—数据”三步说明产品特点。', '按“试点—推广—普及”两个阶段推进。']) {
      const r = extract(text);
      expect(r.chains, text).toEqual([]);
      expect(
        r.rejected.map((x) => x.reason),
        text,
      ).toContain(REJECT_REASON.stepCount);
    }
    expect(stagesOf('形成“种植—加工—销售”三个环节的产业链。')).toHaveLength(1);
  });

  it('keeps a chain of evidence, reasoning or innovation out, but not a chain of goods', () => {
    const r = extract('学习重点是用条件—微生物—原料—代谢物—用途的证据链。');
    expect(r.chains).toEqual([]);
    expect(r.rejected.map((x) => x.reason)).toContain(REJECT_REASON.otherChain);
    expect(stagesOf('延伸硅料—硅片—电池片的产业链。')).toHaveLength(1);
  });
});

describe('confidence', () => {
  it('scores every chain in [0, 1] with the reasons, quoted chains with a chain noun above bare pairs', () => {
    const [quoted, pair] = extract('构建“原盐—烧碱—聚氯乙烯”产业链，配套原油-PX。').chains;
    expect(quoted?.confidence).toBeGreaterThan(pair?.confidence ?? 1);
    for (const c of [quoted, pair]) {
      expect(c?.confidence).toBeGreaterThanOrEqual(0);
      expect(c?.confidence).toBeLessThanOrEqual(1);
      expect(c?.reasons.length).toBeGreaterThan(0);
    }
  });
});

describe('hostile input', () => {
  it('reads a megabyte of one dash run without a chain and with one reason', () => {
    const r = extract('甲—'.repeat(300_000));
    expect(r.chains).toEqual([]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.text.length).toBeLessThan(100);
  });

  it('stops after a bounded number of findings on text that is all short dash pairs', () => {
    const r = extract('甲—乙，'.repeat(200_000));
    expect(r.chains.length + r.rejected.length).toBe(MAX_FINDINGS + 1);
    expect(r.rejected.at(-1)?.reason).toContain('不再读取');
  });
});
