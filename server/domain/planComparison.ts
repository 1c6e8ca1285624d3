/**
 * What changed from one plan of a district to a later one (issue #15): chains added, dropped (the later plan says
 * so) or not restated (it does not mention them; matched by name, since each plan states its own chain nodes), links added or dropped in the chains both plans state, targets
 * changed (old → new, each with its year), and gaps closed since — links weak or missing under the earlier plan's
 * facts that are strong now. Pure; cypher/plans/ reads the inputs, linkStatus (status.ts) decides the statuses.
 */
import type { LinkStatus } from '../../vocab/status.ts';
import { linkStatus } from './status.ts';

export interface Ref {
  id: string;
  name: string;
}

export interface PlanChain extends Ref {
  links: Ref[];
}

export interface PlanTarget {
  owner: Ref & { kind: 'INDUSTRY' | 'ZONE' };
  year: number;
  output: number | null;
  valueAdded: number | null;
}

export interface LinkEvidence {
  chain: string;
  product: Ref;
  producers: { name: string; then: boolean }[];
  projects: { name: string; then: boolean }[];
}

export type Metric = 'OUTPUT' | 'VALUE_ADDED';

export interface TargetChange {
  owner: PlanTarget['owner'];
  metric: Metric;
  from: { year: number; value: number } | null;
  to: { year: number; value: number } | null;
}

export interface ClosedGap {
  chain: string;
  product: Ref;
  before: LinkStatus;
  now: LinkStatus;
  /** The producers and projects the later plan brought (not known under the earlier one). */
  newFacts: string[];
}

export interface Comparison {
  chainsAdded: Ref[];
  /** Chains of the earlier plan that the later plan says it drops (a sentence naming the chain with 不再/退出 …). */
  chainsDropped: Ref[];
  /** Chains of the earlier plan that the later plan does not mention (未提及): not restated, not dropped. */
  chainsNotRestated: Ref[];
  linksAdded: { chain: string; product: Ref }[];
  linksDropped: { chain: string; product: Ref }[];
  targetsChanged: TargetChange[];
  gapsClosed: ClosedGap[];
}

const norm = (name: string) => name.replace(/\s+/g, '');

/** Words by which a plan says it stops pursuing something (不再发展…, 退出…, 淘汰…). */
const DROP_WORDS = /不再|退出|淘汰|取消|停止|放弃|关停|撤销|移出|不再列入/;

/**
 * The chains of `unstated` (not stated by the later plan) that the later plan's text says it drops: a sentence
 * (。；！？ or a line) naming the chain and holding a drop word. The rest are only not restated — a short plan
 * names few chains, and silence is not a decision.
 */
export function droppedByText(
  unstated: Ref[],
  laterText: string | null,
): { dropped: Ref[]; notRestated: Ref[] } {
  const sentences = (laterText ?? '')
    .split(/[。；;！!？?\n]/)
    .map(norm)
    .filter((s) => DROP_WORDS.test(s));
  const said = (c: Ref) => sentences.some((s) => s.includes(norm(c.name)));
  return { dropped: unstated.filter(said), notRestated: unstated.filter((c) => !said(c)) };
}

export function compareChains(
  from: PlanChain[],
  to: PlanChain[],
  laterText: string | null = null,
): Omit<Comparison, 'targetsChanged' | 'gapsClosed'> {
  const before = new Map(from.map((c) => [norm(c.name), c]));
  const after = new Map(to.map((c) => [norm(c.name), c]));
  const ref = (c: PlanChain): Ref => ({ id: c.id, name: c.name });
  const linksAdded: Comparison['linksAdded'] = [];
  const linksDropped: Comparison['linksDropped'] = [];
  for (const [key, next] of after) {
    const prev = before.get(key);
    if (!prev) continue;
    const had = new Set(prev.links.map((l) => l.id));
    const has = new Set(next.links.map((l) => l.id));
    for (const l of next.links) if (!had.has(l.id)) linksAdded.push({ chain: next.name, product: l });
    for (const l of prev.links) if (!has.has(l.id)) linksDropped.push({ chain: next.name, product: l });
  }
  const { dropped, notRestated } = droppedByText(
    from.filter((c) => !after.has(norm(c.name))).map(ref),
    laterText,
  );
  return {
    chainsAdded: to.filter((c) => !before.has(norm(c.name))).map(ref),
    chainsDropped: dropped,
    chainsNotRestated: notRestated,
    linksAdded,
    linksDropped,
  };
}

/**
 * Each owner's target per metric: the latest year a plan gives. A change is a target of the later plan with a
 * different year or value than the earlier one's, or none there; targets the later plan does not restate are not.
 */
export function compareTargets(from: PlanTarget[], to: PlanTarget[]): TargetChange[] {
  const latest = (targets: PlanTarget[]) => {
    const m = new Map<string, { owner: PlanTarget['owner']; metric: Metric; year: number; value: number }>();
    for (const t of targets)
      for (const [metric, value] of [
        ['OUTPUT', t.output],
        ['VALUE_ADDED', t.valueAdded],
      ] as const) {
        if (value === null) continue;
        const key = `${t.owner.id}\u0000${metric}`;
        const seen = m.get(key);
        if (!seen || seen.year < t.year) m.set(key, { owner: t.owner, metric, year: t.year, value });
      }
    return m;
  };
  const a = latest(from);
  const b = latest(to);
  const changes: TargetChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    // A target the later plan does not restate is not a change (a short plan names few targets).
    if (!y || (x && x.year === y.year && x.value === y.value)) continue;
    changes.push({
      owner: y.owner,
      metric: y.metric,
      from: x ? { year: x.year, value: x.value } : null,
      to: y ? { year: y.year, value: y.value } : null,
    });
  }
  return changes.sort(
    (p, q) => p.owner.name.localeCompare(q.owner.name, 'zh') || p.metric.localeCompare(q.metric),
  );
}

/** Links of the earlier plan's chains that were weak or missing with what it knew and are strong now (once each). */
export function gapsClosed(evidence: LinkEvidence[]): ClosedGap[] {
  const seen = new Set<string>();
  const closed: ClosedGap[] = [];
  for (const e of evidence) {
    if (seen.has(e.product.id)) continue;
    const then = linkStatus(
      e.producers.filter((p) => p.then).length,
      e.projects.filter((p) => p.then).length,
    );
    const now = linkStatus(e.producers.length, e.projects.length);
    if (then === 'STRONG' || now !== 'STRONG') continue;
    seen.add(e.product.id);
    closed.push({
      chain: e.chain,
      product: e.product,
      before: then,
      now,
      newFacts: [...e.producers, ...e.projects].filter((x) => !x.then).map((x) => x.name),
    });
  }
  return closed;
}
