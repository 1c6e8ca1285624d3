import { describe, expect, it } from 'vitest';
import type { EnterpriseModel, EvidenceModel } from '../graphql/models.ts';
import { assessLink, type GapReads, gapsOf, nearestFirst, upstreamGaps } from './gapPipeline.ts';
import type { CandidateRows } from './gaps.ts';
import { NO_REACH } from './reach.ts';
import { stepwise } from './upstream.ts';

const firm = (id: string, over: Partial<EnterpriseModel> = {}): EnterpriseModel => ({
  id,
  name: id,
  fullName: null,
  local: true,
  origin: 'plan',
  ...over,
});
const NONE: CandidateRows = { targets: [], pool: [], projects: [] };

// 板 ← 锭 ← 矿 and 板 ← 氧化铝 ← 矿. 锭 has two local producers (strong), 氧化铝 one (weak), 矿 none (missing).
const UP: Record<string, string[]> = { 板: ['锭', '氧化铝'], 锭: ['矿'], 氧化铝: ['矿'] };
const EVIDENCE: Record<string, EvidenceModel> = {
  锭: { producers: [firm('甲'), firm('乙')], projects: [] },
  氧化铝: { producers: [firm('丙')], projects: [] },
};
const CANDIDATES: Record<string, CandidateRows> = {
  氧化铝: {
    targets: [{ enterprise: firm('丁', { local: false }), via: { id: 'c', name: '铝链' }, source: null }],
    projects: [],
    pool: [{ enterprise: firm('戊', { local: false }), weight: 0.5, productName: '氧化铝', basis: 'exact' }],
  },
  // A strong link never asks for candidates; if it did, these would show up.
  锭: { targets: [{ enterprise: firm('己'), via: null, source: null }], projects: [], pool: [] },
};

function tinyGraph() {
  const asked: string[][] = [];
  const reads: GapReads = {
    // Returned in reverse name order, so the ranking (not the reader) decides the order.
    walk: stepwise(async (frontier, seen, limit) =>
      [...new Set(frontier.flatMap((p) => UP[p] ?? []))]
        .filter((u) => !seen.includes(u))
        .sort()
        .reverse()
        .slice(0, limit)
        .map((id) => ({ id, name: id })),
    ),
    evidence: async (id) => EVIDENCE[id] ?? { producers: [], projects: [] },
    candidates: async (ids) => {
      asked.push([...ids]);
      return ids.map((id) => CANDIDATES[id] ?? NONE);
    },
    chains: async () => [],
  };
  return { reads, asked };
}

describe('upstream gap pipeline', () => {
  it('ranks the upstream nearest first, then by name as Chinese readers sort', async () => {
    const { reads } = tinyGraph();
    const r = await upstreamGaps('板', 6, '甲组团', reads);
    // 锭 (dìng) before 氧化铝 (yǎng) in pinyin, although 氧 comes first by code point.
    expect(r.nodes.map((n) => [n.product.name, n.distance, n.status])).toEqual([
      ['锭', 1, 'STRONG'],
      ['氧化铝', 1, 'WEAK'],
      ['矿', 2, 'MISSING'],
    ]);
    expect(r.nodes[1]?.reason.summary).toBe('甲组团内仅 1 家本地企业生产：丙');
    expect(r.truncated).toBe(false);
  });

  it('lists weak and missing links as gaps, never strong ones, though candidates are read beside the evidence for every link', async () => {
    const { reads, asked } = tinyGraph();
    const r = await upstreamGaps('板', 6, '全区', reads, 100, 'DISTANCE');
    expect(r.gaps.map((g) => g.product.name)).toEqual(['氧化铝', '矿']);
    // One read, for the walk's links in walk order: the strong 锭's row (a target, 己) is read and never shown.
    expect(asked).toEqual([['锭', '氧化铝', '矿']]);
    expect(r.gaps.flatMap((g) => g.candidates.map((c) => c.enterprise?.name))).not.toContain('己');
  });

  it("reads the candidates before the evidence has answered, and the reach from the gaps' chains only", async () => {
    const { reads } = tinyGraph();
    const order: string[] = [];
    const chainAsks: string[][] = [];
    let release: () => void = () => undefined;
    const evidenceHeld = new Promise<void>((r) => {
      release = r;
    });
    const slow: GapReads = {
      ...reads,
      evidence: async (id) => {
        await evidenceHeld;
        order.push(`evidence ${id}`);
        return reads.evidence(id);
      },
      candidates: async (ids) => {
        order.push('candidates');
        release();
        return reads.candidates(ids);
      },
      chains: async (ids) => {
        chainAsks.push([...ids]);
        return [];
      },
    };
    await upstreamGaps('板', 6, '全区', slow, 100, 'DISTANCE');
    expect(order[0]).toBe('candidates');
    // Every link's chains beside the evidence (a cache fills), then the gaps' alone for their reach.
    expect(chainAsks).toEqual([
      ['锭', '氧化铝', '矿'],
      ['氧化铝', '矿'],
    ]);
  });

  it("fails with the candidates' error when they fail while the evidence is read, and leaves nothing unhandled", async () => {
    const { reads } = tinyGraph();
    const failing: GapReads = {
      ...reads,
      // The evidence answers a timer later, so the failure would sit unobserved across a turn of the event loop.
      evidence: async (id) => {
        await new Promise((r) => setTimeout(r, 20));
        return reads.evidence(id);
      },
      candidates: async () => {
        throw new Error('candidates down');
      },
    };
    await expect(upstreamGaps('板', 6, '全区', failing)).rejects.toThrow('candidates down');
  });

  it('sorts gaps by priority by default: the hole (矿, 缺链) before the single supplier (氧化铝)', async () => {
    const { reads } = tinyGraph();
    const r = await upstreamGaps('板', 6, '全区', reads);
    expect(r.gaps.map((g) => [g.product.name, g.kind, g.priority.tier])).toEqual([
      ['矿', 'NO_SUPPLY', 'LOW'],
      ['氧化铝', 'SINGLE_SUPPLIER', 'LOW'],
    ]);
  });

  it('shortlists plan targets before pool firms, and nothing for a link no one could fill', async () => {
    const { reads } = tinyGraph();
    const r = await upstreamGaps('板', 6, '全区', reads, 100, 'DISTANCE');
    const [alumina, ore] = r.gaps;
    expect(alumina?.candidates.map((c) => [c.kind, c.enterprise?.name])).toEqual([
      ['PLAN_TARGET', '丁'],
      ['POOL_ENTERPRISE', '戊'],
    ]);
    expect(ore?.candidates).toEqual([]);
  });

  it('lists the candidates of the first N gaps only, with the same order and priorities as listing all', async () => {
    const { reads } = tinyGraph();
    const all = await upstreamGaps('板', 6, '全区', reads, 100, 'DISTANCE');
    const first = await upstreamGaps('板', 6, '全区', reads, 100, 'DISTANCE', 1);
    expect(first.gaps.map((g) => [g.product.name, g.priority])).toEqual(
      all.gaps.map((g) => [g.product.name, g.priority]),
    );
    // 氧化铝 (first) keeps its two; 矿 had none to list but is marked unlisted all the same.
    expect(first.gaps.map((g) => [g.candidates.length, g.candidatesListed])).toEqual([
      [2, true],
      [0, false],
    ]);
    expect(all.gaps.every((g) => g.candidatesListed)).toBe(true);
    // By priority 矿 comes first, so 氧化铝's list is the one left out; its 可招引 part still counts it.
    const [ore, alumina] = (await upstreamGaps('板', 6, '全区', reads, 100, 'PRIORITY', 1)).gaps;
    expect([ore?.candidatesListed, alumina?.candidatesListed, alumina?.candidates]).toEqual([
      true,
      false,
      [],
    ]);
    expect(alumina?.priority.parts.find((p) => p.part === 'CANDIDATES')?.text).toBe(
      '有 2 个候选（规划点名 1、全国企业库 1）',
    );
  });

  it('stops at maxDepth and at the limit, saying when it was cut', async () => {
    const { reads } = tinyGraph();
    expect((await upstreamGaps('板', 1, '全区', reads)).nodes.map((n) => n.product.name)).toEqual([
      '锭',
      '氧化铝',
    ]);
    const cut = await upstreamGaps('板', 6, '全区', reads, 1);
    expect(cut.truncated).toBe(true);
    expect(cut.links).toHaveLength(1);
  });
});

describe('gap rules shared by every caller', () => {
  it('a gap is a weak or missing link', () => {
    const links = [
      { id: 'a', status: 'STRONG' as const },
      { id: 'b', status: 'MISSING' as const },
      { id: 'c', status: 'WEAK' as const },
    ];
    expect(gapsOf(links).map((l) => l.id)).toEqual(['b', 'c']);
  });

  it('a strong link has no candidates even when some firm could make it, and reads none', async () => {
    const asked: string[] = [];
    const read = async (id: string) => {
      asked.push(id);
      return CANDIDATES[id] ?? NONE;
    };
    const product = { id: '锭', name: '锭' };
    const reads = { candidates: read, reach: async () => NO_REACH };
    const reason = { producerCount: 1, projects: [] };
    expect(await assessLink({ status: 'STRONG', product, reason }, reads)).toBeNull();
    expect(asked).toEqual([]);
    const weak = await assessLink({ status: 'WEAK', product, reason }, reads);
    expect(weak?.candidates.map((c) => [c.kind, c.enterprise?.name])).toEqual([['PLAN_TARGET', '己']]);
    expect(weak?.kind).toBe('SINGLE_SUPPLIER');
  });

  it('nearest first keeps distance before name', () => {
    const n = (name: string, distance: number) => ({ product: { name }, distance });
    expect(nearestFirst([n('阿', 2), n('铝', 1), n('爱', 1)]).map((x) => x.product.name)).toEqual([
      '爱',
      '铝',
      '阿',
    ]);
  });
});
