/**
 * Chains of the benchmark graph (bench/data/generate.ts): grown upstream (breadth first) from pool products that
 * have at least three materials — the largest (`nc-0`) among the 300 best-connected anchors, the others from a
 * shuffled list of anchors — with their links, FEEDS edges (every pool edge, naming the chains that state it) and
 * targets; then the links every chain can draw from, a Zipf order of chains for districts to specialise in, and the
 * 200 hub links shared by most chains.
 */
import type { SeedGraph } from '../../seed/compile.ts';
import type { NationalGraph } from './graph.ts';
import type { Catalogue } from './pool.ts';
import { type Random, zipfCumulative } from './random.ts';

interface ChainDraft {
  id: string;
  anchor: number;
  links: { product: number; stage: number }[];
  edges: [number, number][];
  industry: string;
}

/** A chain districts can specialise in: its links' product ids. */
export interface ChainLinks {
  chain: string;
  industry: string;
  links: string[];
}

/** The chains districts draw from, in Zipf order with its cumulative weights, and the hub links. */
export interface ChainPlan {
  chainLinks: ChainLinks[];
  chainOrder: ChainLinks[];
  chainWeights: number[];
  hubs: string[];
}

/** Writes chains, HAS_LINK, FEEDS and TARGET_FOR rows into `g`; returns what the district generator needs. */
export function generateChains(
  rnd: Random,
  cat: Catalogue,
  g: NationalGraph,
  seed: SeedGraph,
  opts: { chainCount: number; largest: number },
): ChainPlan {
  const { names, ids, up, edgeKeys, industryIds, productIndustry, companiesByProduct } = cat;
  const { chainCount, largest } = opts;
  // Chains: grown upstream (breadth first) from anchor products that have at least three materials.
  // At most `fanIn` materials per product, so chains grow deep rather than into one wide star.
  const grow = (
    anchor: number,
    maxDepth: number,
    cap: number,
    fanIn: number,
  ): Omit<ChainDraft, 'id' | 'industry'> => {
    const dist = new Map<number, number>([[anchor, 0]]);
    let frontier = [anchor];
    for (let d = 1; d <= maxDepth && frontier.length > 0 && dist.size < cap; d++) {
      const next: number[] = [];
      for (const p of frontier) {
        for (const m of rnd.sample(up.get(p) ?? [], fanIn)) {
          if (dist.has(m) || dist.size >= cap) continue;
          dist.set(m, d);
          next.push(m);
        }
      }
      frontier = next;
    }
    const depth = Math.max(...dist.values());
    const links = [...dist].map(([product, d]) => ({ product, stage: depth - d + 1 }));
    const edges: [number, number][] = [];
    for (const p of dist.keys()) {
      for (const m of up.get(p) ?? []) if (dist.has(m)) edges.push([m, p]);
    }
    return { anchor, links, edges };
  };
  const anchors = [...up.entries()].filter(([, ms]) => ms.length >= 3).map(([p]) => p);
  anchors.sort((a, b) => (up.get(b)?.length ?? 0) - (up.get(a)?.length ?? 0) || a - b);
  // The largest chain: the biggest (then deepest) upstream closure among the 300 best-connected anchors.
  let big: Omit<ChainDraft, 'id' | 'industry'> | null = null;
  const stagesOf = (c: { links: { stage: number }[] }) => Math.max(...c.links.map((l) => l.stage));
  for (const a of anchors.slice(0, 300)) {
    const c = grow(a, 10, largest, 10);
    if (
      !big ||
      c.links.length > big.links.length ||
      (c.links.length === big.links.length && stagesOf(c) > stagesOf(big))
    )
      big = c;
  }
  const drafts: ChainDraft[] = [];
  const usedAnchors = new Set<number>();
  const industryOf = (anchor: number) => productIndustry.get(anchor) ?? rnd.pick(industryIds);
  if (big) {
    drafts.push({ ...big, id: 'nc-0', industry: industryOf(big.anchor) });
    usedAnchors.add(big.anchor);
  }
  const shuffled = rnd.shuffle([...anchors]);
  for (const a of shuffled) {
    if (drafts.length >= chainCount) break;
    if (usedAnchors.has(a)) continue;
    const roll = rnd.next();
    const cap = roll < 0.7 ? rnd.int(8, 25) : roll < 0.95 ? rnd.int(25, 80) : rnd.int(80, 300);
    const c = grow(a, rnd.int(3, 6), cap, rnd.int(3, 8));
    if (c.links.length < 4) continue;
    usedAnchors.add(a);
    drafts.push({ ...c, id: `nc-${drafts.length}`, industry: industryOf(a) });
  }
  const perIndustry = new Map<string, number>();
  const feedChains = new Map<string, string[]>();
  for (const d of drafts) {
    const pos = (perIndustry.get(d.industry) ?? 0) + 1;
    perIndustry.set(d.industry, pos);
    const byStage = new Map<number, string[]>();
    for (const l of d.links) {
      const list = byStage.get(l.stage) ?? [];
      list.push(names[l.product] as string);
      byStage.set(l.stage, list);
      g.hasLink.push({ chain: d.id, product: ids[l.product] as string, stage: l.stage });
    }
    const stages = [...byStage.keys()].sort((a, b) => a - b);
    const expression = stages
      .map((s) => {
        const list = byStage.get(s) ?? [];
        return list.length > 3 ? `${list.slice(0, 3).join('、')}等` : list.join('、');
      })
      .join('—');
    g.chains.push({
      id: d.id,
      name: `${names[d.anchor]}产业链`,
      expression,
      industry: d.industry,
      position: pos,
      stageCount: stages.length,
    });
    for (const [m, p] of d.edges) {
      const key = `${m}>${p}`;
      const list = feedChains.get(key);
      if (list) list.push(d.id);
      else feedChains.set(key, [d.id]);
    }
  }
  for (const key of edgeKeys) {
    const [m, p] = key.split('>').map(Number) as [number, number];
    g.feeds.push({ from: ids[m] as string, to: ids[p] as string, chains: feedChains.get(key) ?? [] });
  }

  // Chain targets: pool firms whose main products are links of the chain, else any pool firm.
  for (const d of drafts) {
    const firms = new Set<string>();
    for (const l of d.links) for (const f of companiesByProduct.get(l.product) ?? []) firms.add(f);
    const list =
      firms.size > 0 ? [...firms] : g.enterprises.filter((e) => e.origin === 'pool').map((e) => e.id);
    for (const f of rnd.sample(list, rnd.int(0, 4))) g.targetFor.push({ enterprise: f, chain: d.id });
  }

  // Links every chain can draw from: the seeded chains too, so their hubs (铝锭 …) get national producers.
  const chainLinks: ChainLinks[] = [
    ...seed.chains.map((c) => ({
      chain: c.id,
      industry: c.industry,
      links: seed.hasLink.filter((h) => h.chain === c.id).map((h) => h.product),
    })),
    ...drafts.map((d) => ({
      chain: d.id,
      industry: d.industry,
      links: d.links.map((l) => ids[l.product] as string),
    })),
  ].filter((c) => c.links.length > 0);
  const chainOrder = rnd.shuffle([...chainLinks]);
  const chainWeights = zipfCumulative(chainOrder.length, 0.8);
  const linkUse = new Map<string, number>();
  for (const c of chainLinks) for (const l of c.links) linkUse.set(l, (linkUse.get(l) ?? 0) + 1);
  const hubs = [...linkUse.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 200)
    .map(([id]) => id);
  return { chainLinks, chainOrder, chainWeights, hubs };
}
