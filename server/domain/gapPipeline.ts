/**
 * The upstream-gap pipeline: walk upstream from a link, give each link found its status from the evidence in
 * scope, rank them nearest first, keep the gaps (weak or missing: vocab/status.ts `isGap`) and shortlist
 * candidates for each. The pure steps are exported for the other callers (the chain view's candidates, the
 * briefing); the orchestration takes its reads as functions, so it runs on a tiny graph without Neo4j.
 */
import { type GapStatus, isGap, type LinkStatus } from '../../vocab/status.ts';
import type { CandidateModel, EvidenceModel, GapModel, UpstreamNodeModel } from '../graphql/models.ts';
import { type CandidateRows, candidatesFor } from './gaps.ts';
import { explain } from './status.ts';
import { type Step, UPSTREAM_LIMIT, type UpstreamLink, walkUpstream } from './upstream.ts';

/** Nearest first; at the same distance by name as Chinese readers sort. */
export function nearestFirst<T extends { distance: number; product: { name: string } }>(
  nodes: readonly T[],
): T[] {
  return [...nodes].sort(
    (a, b) => a.distance - b.distance || a.product.name.localeCompare(b.product.name, 'zh-CN'),
  );
}

/** The gaps among links (weak or missing), in the order given. */
export function gapsOf<T extends { status: LinkStatus }>(links: readonly T[]): (T & { status: GapStatus })[] {
  return links.filter((l): l is T & { status: GapStatus } => isGap(l.status));
}

/** The shortlist for a link: none when it is not a gap (and then nothing is read). */
export async function linkCandidates(
  link: { status: LinkStatus; product: { id: string; name: string } },
  read: (id: string) => Promise<CandidateRows>,
): Promise<CandidateModel[]> {
  return isGap(link.status) ? candidatesFor(link.product.name, await read(link.product.id)) : [];
}

/** What the pipeline reads: one step upstream, a link's evidence in scope, candidate rows for links (id order). */
export interface GapReads {
  step: Step;
  evidence: (id: string) => Promise<EvidenceModel>;
  candidates: (ids: readonly string[]) => Promise<CandidateRows[]>;
}

export interface UpstreamGaps {
  /** The links found, in walk order (breadth first). */
  links: UpstreamLink[];
  truncated: boolean;
  /** Every link found with its status and reason, nearest first. */
  nodes: UpstreamNodeModel[];
  /** The weak and missing ones, nearest first, each with its candidates. */
  gaps: GapModel[];
}

/** The upstream of `product` within `maxDepth` steps, its statuses in a scope, and the gaps with candidates. */
export async function upstreamGaps(
  product: string,
  maxDepth: number,
  scopeLabel: string,
  reads: GapReads,
  limit = UPSTREAM_LIMIT,
): Promise<UpstreamGaps> {
  const walk = await walkUpstream(product, maxDepth, reads.step, limit);
  const found = await Promise.all(
    walk.links.map(async (n): Promise<UpstreamNodeModel> => {
      const reason = explain(await reads.evidence(n.id), scopeLabel);
      return { product: { id: n.id, name: n.name }, distance: n.distance, status: reason.status, reason };
    }),
  );
  const nodes = nearestFirst(found);
  const weak = gapsOf(nodes);
  const rows = await reads.candidates(weak.map((n) => n.product.id));
  const gaps = weak.map((n, i) => ({
    ...n,
    candidates: candidatesFor(n.product.name, rows[i] ?? { targets: [], pool: [], projects: [] }),
  }));
  return { links: walk.links, truncated: walk.truncated, nodes, gaps };
}
