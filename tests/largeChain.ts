import { mulberry32 } from '../bench/data/random.ts';
import { emptyGraph } from '../seed/compile/context.ts';
import type { SeedGraph } from '../seed/compile.ts';
import { type GraphWriter, type WriterActor, writeSeed } from '../seed/write.ts';

/** The audit actor of graphs the tests write through the seed writer. */
export const TEST_ACTOR: WriterActor = { name: 'TEST:vitest', role: 'cli' };

/**
 * A large synthetic chain (hundreds of links, a thousand and more FEEDS) for the chain-map benchmark and its
 * browser test. It is written with the seed's own statements (cypher/seed/*.cypher), so it has exactly the
 * shape of a seeded chain: Industry → Chain → HAS_LINK {stage} → Product, FEEDS {chains}, local enterprises
 * PRODUCING some links (so statuses are mixed), every fact with a Source. Deterministic for given options.
 */
export interface LargeChainOptions {
  id?: string;
  links?: number;
  feeds?: number;
  stages?: number;
}

export interface LargeChain {
  chainId: string;
  links: number;
  feeds: number;
  graph: SeedGraph;
}

const MATERIAL = ['铝', '铜', '钢', '硅', '锂', '镍', '钛', '碳纤维', '聚酯', '玻纤', '稀土', '石墨'];
const FORM = ['锭', '板材', '管材', '粉体', '薄膜', '涂层', '模组', '部件', '组件', '壳体', '线缆', '电芯'];

export function largeChainGraph(opts: LargeChainOptions = {}): LargeChain {
  const chainId = opts.id ?? 'chain-synthetic-large';
  const linkCount = opts.links ?? 800;
  const feedCount = opts.feeds ?? 1200;
  const stages = opts.stages ?? 10;
  // Seeded: the same options give the same chain.
  const rand = mulberry32(linkCount * 7919 + feedCount);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

  const doc = `doc-${chainId}`;
  const src = `src-${chainId}`;
  const industry = `ind-${chainId}`;
  const products = Array.from({ length: linkCount }, (_, i) => ({
    id: `p-${chainId}-${i}`,
    name: `${MATERIAL[i % MATERIAL.length]}${FORM[Math.floor(i / MATERIAL.length) % FORM.length]}${String(i).padStart(3, '0')}`,
    sources: [src],
  }));
  const stageOf = (i: number) => Math.floor((i * stages) / linkCount);
  const byStage: string[][] = Array.from({ length: stages }, () => []);
  products.forEach((p, i) => {
    byStage[stageOf(i)]?.push(p.id);
  });

  // Every link after the first stage gets one input from the stage before; the rest join random neighbouring
  // stages (mostly s → s+1, some s → s+2), never twice between the same pair.
  const feeds = new Map<string, { from: string; to: string; chains: string[]; sources: string[] }>();
  const addFeed = (from: string, to: string) => {
    if (from !== to && !feeds.has(`${from}>${to}`))
      feeds.set(`${from}>${to}`, { from, to, chains: [chainId], sources: [src] });
  };
  for (let s = 1; s < stages; s++) for (const to of byStage[s] ?? []) addFeed(pick(byStage[s - 1] ?? []), to);
  for (let guard = 0; feeds.size < feedCount && guard < feedCount * 20; guard++) {
    const s = Math.floor(rand() * (stages - 1));
    const t = Math.min(stages - 1, s + (rand() < 0.85 ? 1 : 2));
    addFeed(pick(byStage[s] ?? []), pick(byStage[t] ?? []));
  }

  const enterprises = Array.from({ length: Math.ceil(linkCount / 2) }, (_, i) => ({
    id: `e-${chainId}-${i}`,
    name: `合成企业${String(i).padStart(3, '0')}`,
    fullName: null,
    local: true,
    industries: [industry],
    sources: [src],
  }));
  const produces: SeedGraph['produces'] = [];
  for (const p of products) {
    const r = rand();
    const k = r < 0.35 ? 0 : r < 0.6 ? 1 : 2 + Math.floor(rand() * 3);
    const chosen = new Set<string>();
    while (chosen.size < k) chosen.add(pick(enterprises).id);
    for (const e of chosen) produces.push({ enterprise: e, product: p.id, source: src });
  }

  const graph: SeedGraph = {
    ...emptyGraph({ id: doc, title: '合成产业链（基准测试用）', file: 'synthetic', text: '' }),
    sources: [
      { id: src, doc, section: '合成', quote: '合成的大型产业链，仅用于性能测试。', start: 0, line: 1 },
    ],
    industries: [
      {
        id: industry,
        name: '合成产业',
        position: 99,
        output2025: null,
        valueAdded2025: null,
        sources: [src],
      },
    ],
    chains: [
      {
        id: chainId,
        name: `合成大型产业链（${linkCount} 环节）`,
        expression: '合成原料—……—合成终端产品',
        kind: null,
        industry,
        position: 0,
        stageCount: stages,
        sources: [src],
      },
    ],
    products,
    hasLink: products.map((p, i) => ({ chain: chainId, product: p.id, stage: stageOf(i), source: src })),
    feeds: [...feeds.values()],
    enterprises,
    produces,
  };
  return { chainId, links: products.length, feeds: feeds.size, graph };
}

/** Writes the synthetic chain (MERGE on ids, one transaction) next to whatever the database holds. */
export async function writeLargeChain(db: GraphWriter, opts: LargeChainOptions = {}): Promise<LargeChain> {
  const chain = largeChainGraph(opts);
  await writeSeed(db, chain.graph, { actor: TEST_ACTOR });
  return chain;
}
