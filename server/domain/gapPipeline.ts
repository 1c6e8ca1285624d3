/**
 * The upstream-gap pipeline: walk upstream from a link, give each link found its status from the evidence in
 * scope, rank them nearest first, keep the gaps (weak or missing: vocab/status.ts `isGap`) and shortlist
 * candidates for each. The pure steps are exported for the other callers (the chain view's candidates, the
 * briefing); the orchestration takes its reads as functions, so it runs on a tiny graph without Neo4j.
 */
import { byChineseName } from '../../vocab/names.ts';
import type { GapSort } from '../../vocab/priority.ts';
import { type GapStatus, isGap, type LinkStatus } from '../../vocab/status.ts';
import type { EvidenceModel, GapAssessmentModel, GapModel, UpstreamNodeModel } from '../graphql/models.ts';
import { type CandidateRows, candidatesFor, listedKinds } from './gaps.ts';
import { byPriority, gapKind, priorityOf } from './priority.ts';
import { type ChainGraph, type Reach, reachOf } from './reach.ts';
import { explain } from './status.ts';
import { UPSTREAM_LIMIT, type UpstreamLink, type Walk } from './upstream.ts';

/** Nearest first; at the same distance by name as Chinese readers sort. */
export function nearestFirst<T extends { distance: number; product: { name: string } }>(
  nodes: readonly T[],
): T[] {
  return [...nodes].sort((a, b) => a.distance - b.distance || byChineseName(a.product.name, b.product.name));
}

/** The gaps among links (weak or missing), in the order given. */
export function gapsOf<T extends { status: LinkStatus }>(links: readonly T[]): (T & { status: GapStatus })[] {
  return links.filter((l): l is T & { status: GapStatus } => isGap(l.status));
}

const NO_ROWS: CandidateRows = { targets: [], pool: [], projects: [], others: [] };

/**
 * One gap, assessed: its kind, whether it breaks a chain, its priority and its ranked candidates. The one
 * function the upstream view, the chain map's links, the product panel and the briefing all go through.
 */
export function assessGap(
  name: string,
  evidence: {
    producerCount: number;
    projects: readonly { id: string; name: string; status: string | null }[];
  },
  rows: CandidateRows,
  reach: Reach,
  /** How many 外区企业 there are, when `rows` were read without them (see listedKinds); else undefined. */
  others?: number | null,
): GapAssessmentModel {
  const candidates = candidatesFor(name, rows, new Set(evidence.projects.map((p) => p.id)));
  const priority = priorityOf({
    producerCount: evidence.producerCount,
    projects: evidence.projects,
    reach,
    candidates: listedKinds(candidates, others),
    sought: rows.sought ?? [],
  });
  return {
    kind: gapKind(evidence.producerCount, evidence.projects.length),
    breaksChain: reach.breaks.length > 0,
    priority,
    candidates,
    otherDistrictCount: others ?? null,
  };
}

/** What assessLink needs of a link: its status, product and the evidence behind the status. */
export interface AssessableLink {
  status: LinkStatus;
  product: { id: string; name: string };
  reason: { producerCount: number; projects: readonly { id: string; name: string; status: string | null }[] };
  /** The link's scope: outside it, firms of the graph are 外区企业 candidates; none = the whole graph. */
  scope?: { zone: { id: string } | null; zoneIds: readonly string[]; districts?: readonly string[] | null };
}

/** A link's assessment in its scope; null when it is not a gap (and then nothing is read). */
export async function assessLink(
  link: AssessableLink,
  read: { candidates: (id: string) => Promise<CandidateRows>; reach: (id: string) => Promise<Reach> },
): Promise<GapAssessmentModel | null> {
  if (!isGap(link.status)) return null;
  const [rows, reach] = await Promise.all([read.candidates(link.product.id), read.reach(link.product.id)]);
  return assessGap(link.product.name, link.reason, rows, reach);
}

/** The reach of each of `ids` (in order) from the chains around them. */
export function reachesOf(ids: readonly string[], chains: readonly ChainGraph[]): Reach[] {
  return ids.map((id) => reachOf(id, chains));
}

/**
 * What the pipeline reads: the walk upstream, a link's evidence in scope, candidate rows for links (id order),
 * the chains around links (server/db/chainGraphs.ts).
 */
export interface GapReads {
  walk: Walk;
  evidence: (id: string) => Promise<EvidenceModel>;
  candidates: (ids: readonly string[]) => Promise<CandidateRows[]>;
  chains: (ids: readonly string[]) => Promise<ChainGraph[]>;
  /**
   * Set when `candidates` reads no 外区企业: how many a link has, from its evidence (null: none can be, the
   * whole graph is the scope).
   */
  others?: (evidence: EvidenceModel) => number | null;
}

export interface UpstreamGaps {
  /** The links found, in walk order (breadth first). */
  links: UpstreamLink[];
  truncated: boolean;
  /** Every link found with its status and reason, nearest first. */
  nodes: UpstreamNodeModel[];
  /** The weak and missing ones, highest priority first (or nearest first), each assessed. */
  gaps: GapModel[];
}

/**
 * Only the first `n` gaps (in the order given) keep their candidates; the others are marked unlisted. Every
 * priority was computed from its whole list before, so the order and scores do not depend on `n`.
 */
export function listFirst<T extends GapAssessmentModel>(
  gaps: readonly T[],
  n: number | null,
): (T & { candidatesListed: boolean })[] {
  return gaps.map((g, i) =>
    n === null || i < n
      ? { ...g, candidatesListed: true }
      : { ...g, candidates: [], candidatesListed: false },
  );
}

/**
 * The upstream of `product` within `maxDepth` steps, its statuses in a scope, and the gaps with candidates
 * (those of the first `listCandidates` gaps only, when given).
 */
export async function upstreamGaps(
  product: string,
  maxDepth: number,
  scopeLabel: string,
  reads: GapReads,
  limit = UPSTREAM_LIMIT,
  sort: GapSort = 'PRIORITY',
  listCandidates: number | null = null,
): Promise<UpstreamGaps> {
  const walk = await reads.walk(product, maxDepth, limit);
  const evidenceOf = new Map<string, EvidenceModel>();
  // The candidates and the chains around every link are read beside the evidence rather than after it: an
  // upstream list is mostly gaps (96 of 100 links in a district of the national benchmark), so asking for the
  // few strong links too costs less than a third round of reads waiting on the evidence. Only gaps use them:
  // the chains are asked again for the gaps alone (kept by the server's cache: no second read there), since a
  // gap's reach counts every chain passed that it is a link of.
  const all = walk.links.map((n) => n.id);
  const around = Promise.all([reads.candidates(all), reads.chains(all)]);
  // Observed at once (awaited below): a failure while the evidence is still read must not go unhandled.
  around.catch(() => undefined);
  const found = await Promise.all(
    walk.links.map(async (n): Promise<UpstreamNodeModel> => {
      const evidence = await reads.evidence(n.id);
      evidenceOf.set(n.id, evidence);
      const reason = explain(evidence, scopeLabel);
      return { product: { id: n.id, name: n.name }, distance: n.distance, status: reason.status, reason };
    }),
  );
  const nodes = nearestFirst(found);
  const weak = gapsOf(nodes);
  const [rowList] = await around;
  const chains = await reads.chains(weak.map((n) => n.product.id));
  const rowOf = new Map(all.map((id, i) => [id, rowList[i] ?? NO_ROWS]));
  const gaps = weak.map((n) => ({
    ...n,
    ...assessGap(
      n.product.name,
      n.reason,
      rowOf.get(n.product.id) ?? NO_ROWS,
      reachOf(n.product.id, chains),
      reads.others?.(evidenceOf.get(n.product.id) ?? { producers: [], projects: [] }),
    ),
  }));
  return {
    links: walk.links,
    truncated: walk.truncated,
    nodes,
    gaps: listFirst(sort === 'PRIORITY' ? byPriority(gaps) : gaps, listCandidates),
  };
}
