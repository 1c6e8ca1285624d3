import { SeedError } from '../errors.ts';
import type { SeedGraph, SeedInput } from '../graph.ts';
import type { ChainEntry } from '../schema.ts';
import { type Context, productId } from './context.ts';

type Feeds = Map<string, SeedGraph['feeds'][number]>;

/**
 * Industries, their chains (links by stage, FEEDS between consecutive stages) and extra products — a first pass
 * over every file, so that the enterprises and projects of any file can refer to them. Returns the chain ids.
 */
export function compileChains(input: SeedInput, ctx: Context): Set<string> {
  const { g, cite, claimId } = ctx;
  const feeds: Feeds = new Map();
  const chainIds = new Set<string>();
  for (const { file, data } of input.industries) {
    const ind = data.industry;
    claimId(file, `industry (${ind.id})`, ind.id);
    const isrc = [cite(file, `industry (${ind.id})`, 'source', ind.source)];
    if (ind.targetsSource) isrc.push(cite(file, `industry (${ind.id})`, 'targetsSource', ind.targetsSource));
    g.industries.push({
      id: ind.id,
      name: ind.name,
      position: ind.position,
      output2025: ind.output2025 ?? null,
      valueAdded2025: ind.valueAdded2025 ?? null,
      sources: isrc,
    });
    data.chains.forEach((c, i) => {
      chainIds.add(c.id);
      compileChain(file, ind.id, c, i, ctx, feeds);
    });
    data.extraProducts?.forEach((p, i) => {
      ctx.addProduct(p.name, cite(file, `extraProducts[${i}] (${p.name})`, 'source', p.source));
    });
  }
  g.feeds = [...feeds.values()];
  return chainIds;
}

function compileChain(
  file: string,
  industry: string,
  c: ChainEntry,
  position: number,
  { g, cite, claimId, addProduct }: Context,
  feeds: Feeds,
): void {
  const entry = `chains[${position}] (${c.id})`;
  claimId(file, entry, c.id);
  const sid = cite(file, entry, 'source', c.source);
  g.chains.push({
    id: c.id,
    name: c.name,
    expression: c.expression,
    kind: c.kind ?? null,
    industry,
    position,
    stageCount: c.stages.length,
    sources: [sid],
  });
  const seenInChain = new Set<string>();
  c.stages.forEach((stage, s) => {
    for (const [j, name] of stage.entries()) {
      const pid = addProduct(name, sid);
      if (seenInChain.has(pid)) {
        throw new SeedError(file, entry, `stages[${s}][${j}]`, `link "${name}" appears twice in the chain`);
      }
      seenInChain.add(pid);
      g.hasLink.push({ chain: c.id, product: pid, stage: s, source: sid });
    }
    const next = c.stages[s + 1];
    if (!next) return;
    for (const up of stage) {
      for (const down of next) {
        const key = `${productId(up)}>${productId(down)}`;
        const f = feeds.get(key) ?? { from: productId(up), to: productId(down), chains: [], sources: [] };
        if (!f.chains.includes(c.id)) f.chains.push(c.id);
        if (!f.sources.includes(sid)) f.sources.push(sid);
        feeds.set(key, f);
      }
    }
  });
}
