import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';
import { makeDoc } from '../text.ts';
import { countOf, cutGoverning, namedChainFacts } from './namedChains.ts';
import { type NamedChainsGold, scoreNamedChains } from './namedChainsMeasure.ts';

const lists = (text: string) => namedChainFacts(makeDoc(text)).map((l) => l.names);

describe('chains a plan names in a list (规划点名的产业链)', () => {
  it('reads a list after a counted chain word, with its sentence, offsets and cue', () => {
    const text =
      '据悉，本次调整结合产业基础。调整后的10条产业链是:白酒、能源、化工新材料、装备制造(含军民融合、机器人)、电子信息、数字经济。';
    const [got] = namedChainFacts(makeDoc(text));
    expect(got?.names).toEqual(['白酒', '能源', '化工新材料', '装备制造', '电子信息', '数字经济']);
    expect(got?.quote).toBe(
      '调整后的10条产业链是:白酒、能源、化工新材料、装备制造(含军民融合、机器人)、电子信息、数字经济。',
    );
    expect(text.slice(got?.start, got?.end)).toBe(
      '白酒、能源、化工新材料、装备制造(含军民融合、机器人)、电子信息、数字经济',
    );
    expect(got?.cue).toBe('10条产业链');
  });

  it('reads a list before the counted chain word, cut from the verb that governs it', () => {
    expect(lists('我省分两批确定了特钢材料、新能源汽车、氢能等16条省级重点产业链。')).toEqual([
      ['特钢材料', '新能源汽车', '氢能'],
    ]);
    expect(lists('培育壮大航空航天、新材料11条支柱产业链条。')).toEqual([['航空航天', '新材料']]);
  });

  it('reads a list after a dash, and 等 with a kind of chain', () => {
    expect(lists('我市将产业链调整为九大重点产业链——电子信息与软件服务、绿色食品、现代物流。')).toEqual([
      ['电子信息与软件服务', '绿色食品', '现代物流'],
    ]);
    expect(lists('其中“4”即工程机械(含农用机械)、汽车及零部件、轨道交通等卓越型产业链；')).toEqual([
      ['工程机械', '汽车及零部件', '轨道交通'],
    ]);
  });

  it('keeps a name with 和 whole unless the count says one more item is written there', () => {
    expect(lists('形成了“煤-焦-化”、“冶-建-造”和农副产品加工三条产业链。')).toEqual([
      ['煤-焦-化', '冶-建-造', '农副产品加工'],
    ]);
    expect(lists('聚焦半导体和电子信息、汽车及零部件2条重点产业链。')).toEqual([
      ['半导体和电子信息', '汽车及零部件'],
    ]);
  });

  it('reads a list after a bare count in a sentence about chains, not elsewhere', () => {
    expect(lists('我市重点工业产业生态链由6条调整为10条，包括白酒、能源、化工新材料等。')).toEqual([
      ['白酒', '能源', '化工新材料'],
    ]);
    expect(lists('全县建成3条，包括一号线、二号线等。')).toEqual([]);
  });

  it('reads the further clauses of one list (既包括…也有…)', () => {
    expect(
      lists('系统梳理出33条重点产业链,既包括燃油汽车、摩托车等传统制造业,也有集成电路、软件等新兴产业。'),
    ).toEqual([['燃油汽车', '摩托车', '集成电路', '软件']]);
  });

  it('reads no industries, clusters, products of one chain, counts alone, firms or places', () => {
    expect(lists('重点发展医药、食品、新材料、电子信息、汽车配件五大百亿级工业产业。')).toEqual([]);
    expect(lists('加快打造装备制造、现代材料、文化旅游5个千亿产业集群。')).toEqual([]);
    expect(lists('重点壮大蓝牙、耳机、数据线等电子配件产业链。')).toEqual([]);
    expect(lists('加速构建再生铜铜材、黄铜制品产业链。')).toEqual([]);
    expect(lists('第一批发布的8条产业链包括“大数字”领域产业链2条,“大健康”领域产业链2条。')).toEqual([]);
    expect(lists('引进了华为公司、比亚迪集团等3个产业链龙头。')).toEqual([]);
    expect(lists('对全县8大重点产业链链长办的工作予以评比表彰。')).toEqual([]);
  });

  it('cuts the governing words and reads counts', () => {
    expect(cutGoverning('加大电梯')).toBe('电梯');
    expect(cutGoverning('围绕铜精深加工')).toBe('铜精深加工');
    expect(cutGoverning('促进其中特高压设备')).toBe('特高压设备');
    expect([
      countOf('8'),
      countOf('十六'),
      countOf('九'),
      countOf('二十'),
      countOf('二十一'),
      countOf('１２'),
      countOf('几'),
    ]).toEqual([8, 16, 9, 20, 21, 12, Number.NaN]);
  });

  it('reads a plan in traditional script, names in simplified', () => {
    const facts = extract('著力打造石油化工、裝備製造、生物醫藥、有色冶金4條優勢產業鏈條。', '').facts;
    expect(facts.namedChains.map((l) => l.names)).toEqual([['石油化工', '装备制造', '生物医药', '有色冶金']]);
    expect(facts.namedChains[0]?.quote).toContain('裝備製造');
  });
});

describe('named chains on the hand-labelled sentences (development part)', () => {
  it('keeps the development figures (a floor under what the rule reaches)', () => {
    const gold = JSON.parse(
      readFileSync('tests/fixtures/plans/named-chains-gold.json', 'utf8'),
    ) as NamedChainsGold;
    const { dev } = scoreNamedChains(gold, (text) => extract(text, '').facts);
    expect(dev.sentences).toBeGreaterThanOrEqual(30);
    expect(dev.right / dev.extracted).toBeGreaterThanOrEqual(0.95);
    expect(dev.found / dev.total).toBeGreaterThanOrEqual(0.75);
  });
});
