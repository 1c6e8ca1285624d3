import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';
import { type FactGold, measureFacts, planFixtureText, statusPrecision } from './measure.ts';
import { facts } from './rounds.testing.ts';

// Made-up sentences for a project's status (#15): where the text states where the project stands, and where it
// only states what the plan wants. Never a name from a test text.

const statuses = (t: string) => facts(t).projects.map((p) => [p.value, p.status, p.statusWords]);

describe('a project status the sentence states as a fact', () => {
  it('reads 已建成投产 / 竣工投产 / 并网发电 as 投产, with the words that decided it', () => {
    expect(statuses('甲乙公司年产5万吨铝板项目已建成投产。')).toEqual([[5, '投产', '已建成投产']]);
    expect(statuses('12月1日，甲乙公司年产3万吨涂料项目同日竣工投产。')).toEqual([[3, '投产', '竣工投产']]);
    expect(statuses('甲乙公司总容量100MW的丙丁光伏电站已并网发电。')).toEqual([[100, '投产', '并网发电']]);
  });
  it('gives the predicate after a list of projects to every item (…等项目正在加紧建设)', () => {
    expect(
      statuses('甲公司年产2万吨铝箔生产线、乙公司年产4万吨果酱生产线等项目正在加紧建设；丙项目已投产。'),
    ).toEqual([
      [2, '在建', '正在加紧建设'],
      [4, '在建', '正在加紧建设'],
    ]);
  });
  it('reads 签约 from 正式签约落户 and from the sentence the list is the subject of', () => {
    expect(statuses('年产300万只齿轮等8个项目正式签约落户甲乙园区。')).toEqual([[300, '签约', '正式签约']]);
    expect(
      statuses('此次集中签约的项目涵盖多个领域，既有甲公司年产40万套座椅、乙公司年产2万台电机等项目。'),
    ).toEqual([
      [40, '签约', '集中签约'],
      [2, '签约', '集中签约'],
    ]);
  });
  it('reads 在建 from a frame before the project and from the next clause that carries on', () => {
    expect(statuses('年初以来，园区新开工建设了年产22万吨彩涂板等9个项目。')).toEqual([
      [22, '在建', '新开工建设了'],
    ]);
    expect(statuses('共有甲公司年产6万吨环氧乙烷项目等5个项目落户园区，并已陆续开建。')).toEqual([
      [6, '在建', '陆续开建'],
    ]);
    expect(statuses('目前正在进行25万吨电解槽技改项目建设。')).toEqual([
      [25, '在建', '正在进行25万吨电解槽技改项目建设'],
    ]);
  });
  it('gives a list headed 在建项目： / 签约项目 its status', () => {
    expect(statuses('在建项目：甲公司年产5万吨铝板项目，乙公司年产3万吨铝箔项目。')).toEqual([
      [5, '在建', '在建项目'],
      [3, '在建', '在建项目'],
    ]);
  });
  it('gives the items under a heading 储备项目 / 在建项目 its status', () => {
    expect(
      statuses('某区工业规划\n三、储备项目\n1.甲乙公司年产5万吨铝板项目\n2.丙丁公司年产3万吨铝箔项目\n'),
    ).toEqual([
      [5, '储备', '储备项目'],
      [3, '储备', '储备项目'],
    ]);
  });
  it('reads 规划 only where the plan lists what it plans to build (规划建设…)', () => {
    expect(statuses('规划建设年产50万台驱动电机、年产10万台智能座舱。')).toEqual([
      [50, '规划', '规划建设'],
      [10, '规划', '规划建设'],
    ]);
  });
});

describe('no status where the text states an aim, a future or a condition', () => {
  it('gives none to a push or a goal (推动…建成投产, 力争…投产, 确保…开工, 加快推进…建设)', () => {
    for (const t of [
      '推动甲乙公司年产8万吨轧制材项目在丙丁组团建成投产。',
      '力争甲乙公司年产5万吨铝板项目年内投产。',
      '确保甲乙公司年产5万吨铝板项目一季度开工。',
      '加快推进甲乙公司年产5万吨铝板项目建设。',
      '甲乙公司拟建成年产200台设备基地。',
    ])
      expect(statuses(t).map(([, s]) => s)).toEqual([null]);
  });
  it('gives none to a future or an expectation (将于…投产, 预计…建成)', () => {
    expect(statuses('新浦公司年产30万吨烧碱项目也将于近期投产。').map(([, s]) => s)).toEqual([null]);
    expect(statuses('总投资5亿元的甲乙公司年产7万吨草酸项目，预计今年12月建成。').map(([, s]) => s)).toEqual([
      null,
    ]);
  });
  it('gives none to what follows once built (建成投产后可实现…)', () => {
    expect(statuses('项目建成投产后可实现年产锑产品1.2万吨。').map(([, s]) => s)).toEqual([null]);
  });
  it('gives none to a project still being negotiated', () => {
    expect(
      statuses('处于协议起草阶段的项目2个，分别为年产400吨薄荷脑生产项目等。').map(([, s]) => s),
    ).toEqual([null]);
  });
});

describe('project statuses on the hand-read list (tests/fixtures/plans/facts-gold.json)', () => {
  it('reads ≥ 0.90 of the stated statuses, and ≥ 0.95 of what it reads on a judged project is right', () => {
    const gold = JSON.parse(readFileSync('tests/fixtures/plans/facts-gold.json', 'utf8')) as {
      plans: FactGold[];
    };
    let [found, stated, right, read] = [0, 0, 0, 0];
    for (const g of gold.plans.filter((p) => p.projects.some((x) => x.status !== undefined))) {
      const f = extract(planFixtureText(readFileSync(g.plan, 'utf8')), g.title).facts;
      const r = measureFacts(f, g).status;
      found += r.dev.found + r.heldOut.found;
      stated += r.dev.total + r.heldOut.total;
      const p = statusPrecision(f, g);
      right += p.right;
      read += p.extracted;
    }
    expect(found / stated).toBeGreaterThanOrEqual(0.9);
    expect(right / read).toBeGreaterThanOrEqual(0.95);
  });
});
