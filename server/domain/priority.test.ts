import { describe, expect, it } from 'vitest';
import { assessGap } from './gapPipeline.ts';
import type { CandidateRows } from './gaps.ts';
import { byPriority, gapKind, PRIORITY_WEIGHTS, priorityOf, tierOf } from './priority.ts';
import { breaksChain, type ChainGraph, chainsInScope, NO_REACH, reachOf } from './reach.ts';

const NONE: CandidateRows = { targets: [], pool: [], projects: [] };
const chain = (
  id: string,
  links: string[],
  feeds: [string, string][],
  output2025: number | null = 100,
  districts: string[] = [],
) =>
  ({
    chain: { id, name: id },
    industry: `ind-${id}`,
    output2025,
    districts,
    links,
    feeds: feeds.map(([from, to]) => ({ from, to })),
  }) satisfies ChainGraph;

// 铝链: 矿 → 氧化铝 → 铝锭 → 铝棒 → 型材, and 废铝 → 铝锭 (a second source). 配件 → 型材 on the side.
const ALU = chain(
  '铝链',
  ['矿', '氧化铝', '废铝', '铝锭', '铝棒', '型材', '配件'],
  [
    ['矿', '氧化铝'],
    ['氧化铝', '铝锭'],
    ['废铝', '铝锭'],
    ['铝锭', '铝棒'],
    ['铝棒', '型材'],
    ['配件', '型材'],
  ],
  500,
);

describe('reach and breaking a chain', () => {
  it('a link every raw-material-to-end-product path crosses breaks the chain; one with a bypass does not', () => {
    expect(breaksChain('铝锭', ALU)).toBe(false); // 配件 → 型材 bypasses it
    const noSide = chain(
      'c',
      ['矿', '氧化铝', '废铝', '铝锭', '铝棒'],
      [
        ['矿', '氧化铝'],
        ['氧化铝', '铝锭'],
        ['废铝', '铝锭'],
        ['铝锭', '铝棒'],
      ],
    );
    expect(breaksChain('铝锭', noSide)).toBe(true);
    expect(breaksChain('铝棒', noSide)).toBe(true); // the only end product
    expect(breaksChain('氧化铝', noSide)).toBe(false); // 废铝 → 铝锭 is another way in
    expect(breaksChain('矿', noSide)).toBe(false);
    expect(breaksChain('外面', noSide)).toBe(false);
  });

  it('counts the links downstream, the chains and their industries’ targets once each', () => {
    const other = chain(
      '棒链',
      ['铝锭', '铝棒', '轮毂'],
      [
        ['铝锭', '铝棒'],
        ['铝棒', '轮毂'],
      ],
    );
    const r = reachOf('氧化铝', [ALU, other]);
    expect(r.links).toBe(3); // 铝锭, 铝棒, 型材 (only 铝链 has 氧化铝)
    expect(r.chains.map((c) => c.id)).toEqual(['铝链']);
    const ingot = reachOf('铝锭', [ALU, other]);
    expect(ingot.links).toBe(3); // 铝棒, 型材, 轮毂
    expect(ingot.output2025).toBe(600);
    expect(ingot.breaks.map((c) => c.id)).toEqual(['棒链']);
  });

  it('answers from a chain kept across calls as from a fresh copy of it, for every gap in any order', () => {
    // The server keeps chain objects under the graph version and reach derives from them once (reach.ts).
    const links = ALU.links;
    const fresh = (gap: string) => breaksChain(gap, structuredClone(ALU));
    const kept = [...links, ...[...links].reverse(), '外面'].map((gap) => breaksChain(gap, ALU));
    expect(kept).toEqual([...links, ...[...links].reverse(), '外面'].map(fresh));
    expect(reachOf('铝锭', [ALU])).toEqual(reachOf('铝锭', [structuredClone(ALU)]));
  });

  it('keeps a gap’s reach only for the same chains: another set of chains around it is computed afresh', () => {
    const rod = chain(
      '棒链2',
      ['铝锭', '铝棒', '轮毂', '汽车'],
      [
        ['铝锭', '铝棒'],
        ['铝棒', '轮毂'],
        ['轮毂', '汽车'],
      ],
    );
    const alone = reachOf('铝锭', [ALU]);
    expect(reachOf('铝锭', [ALU])).toBe(alone); // asked again over the same chain object: the same answer object
    const both = reachOf('铝锭', [ALU, rod]);
    expect(both.links).toBe(4); // 铝棒, 型材, 轮毂, 汽车
    expect(both.chains.map((c) => c.id)).toEqual(['铝链', '棒链2']);
    expect(reachOf('铝锭', [ALU]).links).toBe(2); // 铝棒, 型材: not the answer kept for the pair
    // A fresh structure of the same chain (the graph changed) is a different object: read from its own edges.
    const shorter = { ...ALU, feeds: ALU.feeds.filter((f) => f.to !== '型材') };
    expect(reachOf('铝锭', [shorter]).links).toBe(1);
  });

  it('counts in a district’s scope only its own chains and those of no plan: not a neighbour’s downstream or target', () => {
    // 回收利用 is a link of 秀山's 负极 chain and of 綦江's 铝 chain (500 亿元 to 2025); 秀山's plan gives no 2025 figure.
    const qj = chain(
      '铝链',
      ['回收利用', '再生铝', '压铸件'],
      [
        ['回收利用', '再生铝'],
        ['再生铝', '压铸件'],
      ],
      500,
      ['qj'],
    );
    const xs = chain(
      '负极链',
      ['石墨化', '负极材料', '回收利用'],
      [
        ['石墨化', '负极材料'],
        ['负极材料', '回收利用'],
      ],
      null,
      ['xs'],
    );
    const free = chain('未入规划', ['回收利用', '拆解'], [['回收利用', '拆解']], null, []);
    const all = [qj, xs, free];
    expect(chainsInScope(all, null)).toEqual(all); // the whole graph
    expect(chainsInScope(all, ['xs']).map((c) => c.chain.id)).toEqual(['负极链', '未入规划']);
    const inXiushan = reachOf('回收利用', chainsInScope(all, ['xs']));
    expect(inXiushan.chains.map((c) => c.id)).toEqual(['负极链', '未入规划']);
    expect(inXiushan.output2025).toBe(0);
    expect(inXiushan.links).toBe(1); // 拆解: not 綦江's 再生铝 and 压铸件
    expect(
      priorityOf({ producerCount: 0, projects: [], reach: inXiushan, candidates: [] }).parts[0]?.text,
    ).toBe('下游 1 个环节、2 条产业链（负极链、未入规划）');
    // A city holding both districts counts both.
    const inCity = reachOf('回收利用', chainsInScope(all, ['qj', 'xs']));
    expect([inCity.links, inCity.output2025]).toEqual([3, 500]);
  });
});

describe('gap kind and priority', () => {
  it('kind comes from the evidence', () => {
    expect(gapKind(0, 0)).toBe('NO_SUPPLY');
    expect(gapKind(1, 0)).toBe('SINGLE_SUPPLIER');
    expect(gapKind(1, 2)).toBe('SINGLE_SUPPLIER');
    expect(gapKind(0, 1)).toBe('PROJECT_ONLY');
  });

  it('orders a small chain as an officer would: the missing upstream hole first, the closing one last', () => {
    // 矿 → 锭 → 板 → 箔. 锭 is missing (no producer, no project), 板 has one producer, 箔 (end product) is
    // missing too, 矿 only has a building project.
    const line = chain(
      '箔链',
      ['矿', '锭', '板', '箔'],
      [
        ['矿', '锭'],
        ['锭', '板'],
        ['板', '箔'],
      ],
    );
    const gap = (
      name: string,
      producerCount: number,
      projects: { id: string; name: string; status: string }[] = [],
    ) => ({
      product: { id: name, name },
      distance: 0,
      ...assessGap(name, { producerCount, projects }, NONE, reachOf(name, [line])),
    });
    const gaps = [
      gap('箔', 0),
      gap('板', 1),
      gap('矿', 0, [{ id: 'j', name: '矿项目', status: '在建' }]),
      gap('锭', 0),
    ];
    expect(byPriority(gaps).map((g) => g.product.name)).toEqual(['锭', '箔', '板', '矿']);
    const ingot = gaps[3];
    expect(ingot?.kind).toBe('NO_SUPPLY');
    expect(ingot?.breaksChain).toBe(true);
    expect(ingot?.priority.parts.map((p) => [p.part, p.points])).toEqual([
      ['REACH', 2 * 2 + 4 + 1],
      ['SEVERITY', 40],
      ['BREAKS_CHAIN', 15],
      ['PROJECT', 0],
      ['CANDIDATES', 0],
      ['PLAN_SOUGHT', 0],
    ]);
    expect(ingot?.priority).toMatchObject({ score: 64, tier: 'MEDIUM' });
    expect(gaps.map((g) => g.priority.score)).toEqual([60, 32, 26, 64]);
    expect(ingot?.priority.parts[0]?.text).toBe(
      '下游 2 个环节、1 条产业链（箔链），所属产业 2025 年产值目标 100 亿元',
    );
    const mine = gaps[2];
    expect(mine?.kind).toBe('PROJECT_ONLY');
    expect(mine?.priority.parts[3]).toEqual({
      part: 'PROJECT',
      points: PRIORITY_WEIGHTS.closingProject,
      text: '已有签约或在建项目将补上：矿项目（在建）',
    });
  });

  it('a planned (unsigned) project does not lower it; candidates raise it', () => {
    const base = { producerCount: 0, reach: NO_REACH };
    const planned = priorityOf({ ...base, projects: [{ name: 'p', status: '规划' }], candidates: [] });
    expect(planned.parts.find((p) => p.part === 'PROJECT')?.points).toBe(0);
    const withCandidate = priorityOf({ ...base, projects: [], candidates: [{ kind: 'PLAN_TARGET' }] });
    const without = priorityOf({ ...base, projects: [], candidates: [] });
    expect(withCandidate.score - without.score).toBe(PRIORITY_WEIGHTS.candidates);
    expect(withCandidate.parts.find((p) => p.part === 'CANDIDATES')?.text).toBe('有 1 个候选（规划点名 1）');
  });

  it('tiers from the score', () => {
    expect([tierOf(80), tierOf(70), tierOf(69.9), tierOf(45), tierOf(44.9)]).toEqual([
      'HIGH',
      'HIGH',
      'MEDIUM',
      'MEDIUM',
      'LOW',
    ]);
  });

  it("the scope's plan naming the link as one to bring in raises it, quoted; one that names nothing does not", () => {
    const base = { producerCount: 1, reach: NO_REACH, projects: [], candidates: [] };
    const quote = `大力引进动力电池单体、电池 PACK、电池系统等，${'推进'.repeat(40)}`;
    const sought = priorityOf({
      ...base,
      sought: [{ district: { id: 'd', name: '綦江区' }, sources: [{ id: 's1', quote }] }],
    });
    const without = priorityOf(base);
    expect(sought.score - without.score).toBe(PRIORITY_WEIGHTS.planSought);
    const part = sought.parts.find((p) => p.part === 'PLAN_SOUGHT');
    expect(part?.text).toBe(`规划提出引进（綦江区：“${quote.slice(0, 60)}…”）`);
    // The part cites the sentence (the briefing's footnote), each Source once.
    expect(part?.sources).toEqual(['s1']);
    const twice = priorityOf({
      ...base,
      sought: [
        {
          district: { id: 'd', name: '綦江区' },
          sources: [
            { id: 's1', quote },
            { id: 's2', quote: '补齐铝灰短板' },
          ],
        },
      ],
    });
    expect(twice.parts.find((p) => p.part === 'PLAN_SOUGHT')?.sources).toEqual(['s1', 's2']);
    expect(without.parts.find((p) => p.part === 'PLAN_SOUGHT')).toEqual({
      part: 'PLAN_SOUGHT',
      points: 0,
      text: '规划未提出引进此环节',
    });
    // An edge whose sentences are all gone (no Source found) is no statement.
    const noQuote = priorityOf({ ...base, sought: [{ district: { id: 'd', name: '綦江区' }, sources: [] }] });
    expect(noQuote.score).toBe(without.score);
  });
});
