import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';
import { makeLexicon } from '../products.ts';
import { makeDoc } from '../text.ts';
import { reaches, soughtFacts } from './sought.ts';
import { wantedFacts } from './wanted.ts';

/** Sought links and wanted items of a text: `links` the plan's chain links, `graph` the graph's. */
function read(text: string, links: string[] = [], graph: string[] = []) {
  const doc = makeDoc(text);
  const found = reaches(doc);
  const sought = soughtFacts(doc, links, graph, found);
  const listed = wantedFacts(doc, found, sought, links, graph);
  return { sought: [...sought, ...listed.sought], wanted: listed.wanted };
}
const wanted = (text: string, links: string[] = [], graph: string[] = []) =>
  read(text, links, graph).wanted.map((w) => w.name);

describe('sought links of the graph’s chains', () => {
  it('reads a graph chain link like a plan link, marked graph; a plan link is not marked', () => {
    const doc = makeDoc('重点引进铝合金生产企业，同步招引汽车电子项目。');
    const got = soughtFacts(doc, ['汽车电子'], ['铝合金', '汽车电子']);
    expect(got.map((s) => [s.name, s.graph ?? false])).toEqual([
      ['铝合金', true],
      ['汽车电子', false],
    ]);
    expect(soughtFacts(doc, ['汽车电子'])).toHaveLength(1);
  });

  it('reaches the extraction through the lexicon’s links (an upload’s graph lexicon)', () => {
    const lexicon = makeLexicon(['铝合金'], [], 'graph', ['铝合金']);
    const x = extract('重点引进铝合金生产企业。', '', { lexicon });
    expect(x.facts.sought.map((s) => [s.name, s.graph])).toEqual([['铝合金', true]]);
    expect(extract('重点引进铝合金生产企业。').facts.sought).toEqual([]);
  });

  it('scans a reach once whatever the number of graph links (a national graph)', () => {
    const graph = Array.from({ length: 50_000 }, (_, i) => `产品${i}号`);
    const text = `${'重点引进电池箔、铝型材等项目，'.repeat(400)}。`;
    const t = performance.now();
    expect(soughtFacts(makeDoc(text), [], [...graph, '电池箔'])).toHaveLength(1);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('wanted items (规划提出引进、尚无对应环节)', () => {
  it('reads the items of a list the word governs, each with its span, sentence and word', () => {
    const text = '园区下一步将重点引进超薄钛带、超厚钛板材等深加工项目。';
    const got = read(text).wanted;
    expect(got.map((w) => [w.name, w.cue])).toEqual([
      ['超薄钛带', '引进'],
      ['超厚钛板材', '引进'],
    ]);
    expect(text.slice(got[1]?.start, got[1]?.end)).toBe('超厚钛板材');
    expect(got[0]?.quote).toBe(text);
  });

  it('reads a 在…等方面引进 frame, cuts items on 及, and makes an item that is a link a sought link', () => {
    const text =
      '该区还缺少配套企业，拟在铝用阳极炭块、铝塑复合板、铝合金生产、铝箔及铝塑包装产品生产等方面引进项目。';
    const got = read(text, [], ['铝合金']);
    expect(got.wanted.map((w) => w.name)).toEqual(['铝用阳极炭块', '铝塑复合板', '铝箔', '铝塑包装产品']);
    expect(got.sought.map((s) => [s.name, s.graph, s.cue])).toEqual([['铝合金', true, '引进']]);
    // A plan's own link is a sought link too, not a wanted item, and not marked graph.
    const own = read(text, ['铝合金']);
    expect(own.sought.map((s) => [s.name, s.graph])).toEqual([['铝合金', undefined]]);
    expect(own.wanted.map((w) => w.name)).not.toContain('铝合金');
  });

  it('reads no item where a sought link already stands (建材用铝型材 is read as the link 铝型材)', () => {
    const got = read('拟引进建材用铝型材、铝塑复合管等项目。', ['铝型材']);
    expect(got.sought.map((s) => s.name)).toEqual(['铝型材']);
    expect(got.wanted.map((w) => w.name)).toEqual(['铝塑复合管']);
  });

  it('drops lead and tail words and spaces from an item (一批, 上游, 加工厂, 项目; LED 芯片)', () => {
    expect(wanted('积极引进上游淀粉加工厂、肉骨粉加工厂等配套企业。')).toEqual(['淀粉', '肉骨粉']);
    expect(wanted('着力引进一批锂电池项目、汽车座椅等配套项目。')).toEqual(['锂电池', '汽车座椅']);
    expect(wanted('积极招引LED 芯片、驱动 IC 等企业。')).toEqual(['LED芯片', '驱动IC']);
  });

  it('reads one item only with its producer word', () => {
    expect(wanted('引进扶持封装测试企业5~10家。')).toEqual(['封装测试']);
    expect(wanted('着力引进锂电池，打造产业集群。')).toEqual([]);
    expect(wanted('瞄准招引配套企业，在招商阶段就摸清企业需求。')).toEqual([]);
  });

  it('reads no list of a fill word, of 招商引资, or of a word that is itself a list item', () => {
    expect(wanted('产业链上下游企业之间缺乏有效沟通和协作。')).toEqual([]);
    expect(wanted('补齐高性能动力电池、储能电池等短板。')).toEqual([]);
    expect(wanted('统筹推进招商引资、项目落地、开工建设等全过程服务。')).toEqual([]);
    expect(wanted('统筹协调需求对接、项目引进、要素保障、企业帮扶等问题。')).toEqual([]);
  });

  it('reads no list of techniques, services or named firms (the words after 等)', () => {
    expect(wanted('聚焦引进培育压铸一体化、锻压连轧等高端工艺。')).toEqual([]);
    expect(wanted('引进和培育一批科技咨询、检验检测等中介服务机构。')).toEqual([]);
    expect(wanted('积极引进飞鹤、伊利、雀巢等国内外知名的乳品企业。')).toEqual([]);
  });

  it('reads no list that starts with a phrase or holds a description', () => {
    expect(wanted('加大引进为长安汽车、三一重工等龙头企业直接配套的核心零部件生产企业。')).toEqual([]);
    expect(wanted('引进和培育一批创新能力强、具有核心竞争力的骨干企业。')).toEqual([]);
    expect(wanted('着力引进3-5家集研发、设计、施工于一体的企业。')).toEqual([]);
  });

  it('keeps out ranks, industries, talent and technology (人才, 技术, 龙头, 电子信息)', () => {
    expect(wanted('加快引进一批龙头项目、高端项目和特色项目。')).toEqual([]);
    expect(wanted('定向招引更多电子信息、生物医药等领域企业。')).toEqual([]);
    expect(wanted('积极引进行业领军企业和境内外上市公司。')).toEqual([]);
    expect(wanted('引进高层次人才、科研团队等。')).toEqual([]);
    expect(wanted('引进关键技术、先进工艺等。')).toEqual([]);
    expect(wanted('招引光伏产业、储能产业等项目。')).toEqual([]);
  });

  it('reads no past fact, negation, or clause before a nominalised word', () => {
    expect(wanted('先后引进了锂电池、光伏组件等项目。')).toEqual([]);
    expect(wanted('不再引进电解铝、铁合金等项目。')).toEqual([]);
    expect(wanted('加快太阳能光伏、储能电池等产业项目招引。')).toEqual([]);
  });

  it('gives simplified names with the plan’s own script in the quote (extract)', () => {
    const x = extract('擬在鋁用陽極炭塊、鋁塑復合板等方面引進項目。');
    expect(x.facts.wanted.map((w) => w.name)).toEqual(['铝用阳极炭块', '铝塑复合板']);
    expect(x.facts.wanted[0]?.quote).toBe('擬在鋁用陽極炭塊、鋁塑復合板等方面引進項目。');
    expect(x.facts.sought).toEqual([]);
  });

  it('reads a long list of one recruit word in linear time', () => {
    const text = `重点引进${'钛带、'.repeat(100_000)}等项目。`;
    const t = performance.now();
    read(text);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
