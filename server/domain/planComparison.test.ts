import { describe, expect, it } from 'vitest';
import {
  compareChains,
  compareTargets,
  droppedByText,
  gapsClosed,
  type PlanTarget,
} from './planComparison.ts';

const link = (name: string) => ({ id: `p-${name}`, name });

describe('compareChains', () => {
  it('matches chains by name and lists chains and links added or dropped', () => {
    const from = [
      { id: 'c1', name: '铝轧制—电池箔产品链', links: ['电解铝', '轧制材', '板带材', '电池箔'].map(link) },
      { id: 'c2', name: '火锅产品群', links: [link('火锅底料')] },
    ];
    const to = [
      { id: 'n1', name: '铝轧制—电池箔 产品链', links: ['电解铝', '轧制材', '电池箔', '储能电芯'].map(link) },
      { id: 'n2', name: '储能电池产品链', links: [link('储能电芯')] },
    ];
    expect(compareChains(from, to)).toEqual({
      chainsAdded: [{ id: 'n2', name: '储能电池产品链' }],
      chainsDropped: [],
      chainsNotRestated: [{ id: 'c2', name: '火锅产品群' }],
      linksAdded: [{ chain: '铝轧制—电池箔 产品链', product: link('储能电芯') }],
      linksDropped: [{ chain: '铝轧制—电池箔 产品链', product: link('板带材') }],
    });
  });
});

describe('droppedByText', () => {
  const hotpot = { id: 'c2', name: '火锅产品群' };
  const glass = { id: 'c3', name: '玻纤产业链' };
  it('drops a chain only where the later plan says so; silence is 未提及', () => {
    const text = '一、调整方向\n不再单独发展火锅 产品群，相关企业并入食品产业。玻纤产业链保持稳定。';
    expect(droppedByText([hotpot, glass], text)).toEqual({ dropped: [hotpot], notRestated: [glass] });
    expect(droppedByText([hotpot], null)).toEqual({ dropped: [], notRestated: [hotpot] });
    // A drop word in another sentence does not count.
    expect(droppedByText([glass], '玻纤产业链稳步发展。淘汰落后产能。').dropped).toEqual([]);
  });
});

describe('compareTargets', () => {
  const owner = { id: 'ind-new-materials', name: '新材料', kind: 'INDUSTRY' as const };
  const t = (year: number, output: number | null, valueAdded: number | null): PlanTarget => ({
    owner,
    year,
    output,
    valueAdded,
  });

  it('says old → new with years; a 2030 target is not a 2025 one', () => {
    expect(compareTargets([t(2025, 500, 140)], [t(2030, 800, 140)])).toEqual([
      { owner, metric: 'OUTPUT', from: { year: 2025, value: 500 }, to: { year: 2030, value: 800 } },
      { owner, metric: 'VALUE_ADDED', from: { year: 2025, value: 140 }, to: { year: 2030, value: 140 } },
    ]);
  });

  it('lists nothing when year and value agree or the later plan is silent; a new target from null', () => {
    expect(compareTargets([t(2025, 500, null)], [t(2025, 500, null)])).toEqual([]);
    expect(compareTargets([t(2025, 500, 140)], [])).toEqual([]);
    expect(compareTargets([], [t(2030, 800, null)])).toEqual([
      { owner, metric: 'OUTPUT', from: null, to: { year: 2030, value: 800 } },
    ]);
  });
});

describe('gapsClosed', () => {
  const ev = (producers: [string, boolean][], projects: [string, boolean][] = []) => ({
    chain: '铝轧制—电池箔产品链',
    product: link('轧制材'),
    producers: producers.map(([name, then]) => ({ name, then })),
    projects: projects.map(([name, then]) => ({ name, then })),
  });

  it('is a link weak or missing under the earlier plan and strong now, with what closed it', () => {
    expect(
      gapsClosed([
        ev(
          [
            ['甲', true],
            ['乙', false],
          ],
          [['乙项目', false]],
        ),
      ]),
    ).toEqual([
      {
        chain: '铝轧制—电池箔产品链',
        product: link('轧制材'),
        before: 'WEAK',
        now: 'STRONG',
        newFacts: ['乙', '乙项目'],
      },
    ]);
    expect(
      gapsClosed([
        ev([
          ['甲', false],
          ['乙', false],
        ]),
      ])[0]?.before,
    ).toBe('MISSING');
  });

  it('leaves out links strong before, still not strong, or seen in another chain', () => {
    expect(
      gapsClosed([
        ev([
          ['甲', true],
          ['乙', true],
        ]),
      ]),
    ).toEqual([]);
    expect(gapsClosed([ev([['甲', false]], [['项目', false]])])).toEqual([]);
    expect(
      gapsClosed([
        ev([
          ['甲', false],
          ['乙', false],
        ]),
        ev([
          ['甲', false],
          ['乙', false],
        ]),
      ]),
    ).toHaveLength(1);
  });
});
