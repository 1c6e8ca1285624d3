/**
 * What withdrawing an imported plan does, worked out from what the graph holds (server/imports/withdraw.ts reads
 * it in the withdrawal's transaction): pure, so the rules of docs/IMPORTS.md are unit-tested on tiny graphs.
 */
import { isRegionKind } from '../../vocab/region.ts';
import type { KeepReason, KeptItem, RestoredItem, UnsureItem, WithdrawKind } from '../../vocab/withdraw.ts';
import type { End, GNode, GRel, WithdrawInputs } from './withdrawTypes.ts';
import { bareAttach, unsureItems } from './withdrawUnsure.ts';

export type { End, GNode, GRel, PlanEntry, WithdrawInputs } from './withdrawTypes.ts';

export interface WithdrawPlan {
  /** Element ids of nodes to DETACH DELETE. */
  deleteNodes: string[];
  /** Nodes whose `sources` shrink: element id → the sources left. */
  nodeSources: { key: string; sources: string[] }[];
  deleteRels: string[];
  /** Relationships kept with fewer sources, chains or plans (null removes the property). */
  relUpdates: { key: string; props: Record<string, unknown> }[];
  /** Properties put back (null removes one), by element id. */
  restores: { key: string; props: Record<string, unknown>; was: Record<string, unknown> }[];
  /** Firms whose stated products (未入链产品) come back: the list before and after the import, and the names back. */
  stated: { id: string; before: string[]; after: string[]; add: string[] }[];
  removed: Record<WithdrawKind, string[]>;
  kept: KeptItem[];
  restored: RestoredItem[];
  /** What cannot be undone exactly or attributed (withdrawUnsure.ts). */
  unsure: UnsureItem[];
  /** Links whose producer counts change, and firms that stay but lost or kept edges. */
  links: string[];
  firms: string[];
}

const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The kind a node is reported under. */
export function kindOf(n: { labels: string[]; props: Record<string, unknown> }): WithdrawKind | null {
  const l = n.labels;
  if (l.includes('Chain')) return 'chains';
  if (l.includes('Product')) return 'links';
  if (l.includes('Industry')) return 'industries';
  if (l.includes('Zone')) return isRegionKind(String(n.props.kind)) ? 'regions' : 'zones';
  if (l.includes('Enterprise')) return n.props.local === false ? 'targets' : 'firms';
  if (l.includes('Project')) return 'projects';
  return null;
}

export const emptyRemoved = (): Record<WithdrawKind, string[]> => ({
  chains: [],
  links: [],
  industries: [],
  zones: [],
  firms: [],
  targets: [],
  projects: [],
  yearTargets: [],
  sought: [],
  regions: [],
});

/** A relationship after the plan's sources, chains and plans leave it: null = removed, else the changed props. */
function relAfter(
  r: GRel,
  inputs: WithdrawInputs,
  planChains: Set<string>,
): { removed: true } | { removed: false; props: Record<string, unknown> | null } {
  const S = inputs.sources;
  const p = r.props;
  const hasSources = Array.isArray(p.sources);
  const sources = list(p.sources);
  const source = typeof p.source === 'string' ? p.source : null;
  const plans = list(p.plans);
  const ownSource = (source !== null && S.has(source)) || sources.some((s) => S.has(s));
  const ownPlan = plans.includes(inputs.document);
  // A chain's links go with the chain (a chain kept for someone's work keeps them).
  if (r.type === 'HAS_LINK') return { removed: false, props: null };
  if (!ownSource && !ownPlan) {
    const chains = list(p.chains);
    if (chains.some((c) => planChains.has(c)))
      return { removed: false, props: { chains: chains.filter((c) => !planChains.has(c)) } };
    return { removed: false, props: null };
  }
  const left = (hasSources ? sources : source ? [source] : []).filter((s) => !S.has(s));
  const plansLeft = plans.filter((d) => d !== inputs.document);
  if (ownSource && left.length === 0 && plansLeft.length === 0) return { removed: true };
  if (!ownSource && plansLeft.length === 0 && !hasSources && !source) return { removed: true };
  const props: Record<string, unknown> = {};
  if (ownPlan) props.plans = plansLeft.length > 0 ? plansLeft : null;
  if (ownSource) {
    if (!('source' in p)) props.sources = left;
    else {
      const first = source && left.includes(source) ? source : (left[0] ?? null);
      props.source = first;
      // An edge that had `source` only before a plan import listed it (the seed's, a table's) gets back that shape.
      const kind = first ? inputs.sourceDocs.get(first)?.kind : undefined;
      props.sources = left.length === 1 && left[0] === first && kind !== 'import' ? null : left;
    }
  }
  if (Array.isArray(p.chains)) props.chains = list(p.chains).filter((c) => !planChains.has(c));
  return { removed: false, props };
}

/** Works out the withdrawal: what goes, what stays (and why), what is put back. */
export function planWithdrawal(inputs: WithdrawInputs): WithdrawPlan {
  const S = inputs.sources;
  const byKey = new Map(inputs.nodes.map((n) => [n.key, n]));
  const left = new Map(inputs.nodes.map((n) => [n.key, list(n.props.sources).filter((s) => !S.has(s))]));
  const orphan = (n: GNode) => (left.get(n.key) ?? []).length === 0;
  const candidates = inputs.nodes.filter(
    (n) =>
      orphan(n) && kindOf(n) !== 'regions' && (n.props.origin === 'import' || n.labels.includes('Product')),
  );
  const planChains = new Set(candidates.filter((n) => n.labels.includes('Chain')).map((n) => n.id));
  const moved = new Set(
    inputs.entries.flatMap((e) => list(e.after.producesAdded).map((link) => `${e.entity}>${link}`)),
  );
  const relState = new Map(inputs.rels.map((r) => [r.key, relAfter(r, inputs, planChains)]));
  const goesWithPlan = (e: End) =>
    e.id === inputs.document ||
    (e.labels.includes('Target') && inputs.targets.has(e.id ?? '')) ||
    (e.labels.includes('Source') && e.id !== null && S.has(e.id));
  const relsOf = new Map<string, GRel[]>();
  for (const r of inputs.rels)
    for (const k of new Set([r.a.key, r.b.key])) relsOf.set(k, [...(relsOf.get(k) ?? []), r]);

  // The greatest set of candidates none of which anything that stays needs (docs/IMPORTS.md, step 3).
  const del = new Set(candidates.map((n) => n.key));
  const why = new Map<string, Set<KeepReason>>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of [...del]) {
      const n = byKey.get(key) as GNode;
      const reasons = new Set<KeepReason>();
      if (inputs.edited.has(n.id)) reasons.add('EDITED');
      if (inputs.aliased.has(n.id)) reasons.add('ALIAS');
      for (const r of relsOf.get(key) ?? []) {
        const out = r.a.key === key;
        const other = out ? r.b : r.a;
        if (other.labels.includes('Lead')) {
          reasons.add('LEAD');
          continue;
        }
        if (relState.get(r.key)?.removed || del.has(other.key) || goesWithPlan(other)) continue;
        if (r.type === 'MAIN_PRODUCT') continue;
        // A node only this plan states was made by it, and so was its bare edge to the district (an old commit's).
        if (out && bareAttach(r, inputs.districts)) continue;
        if (r.type === 'HAS_CHAIN' && !out) continue;
        if (r.type === 'HAS_LINK' && out) continue;
        if (r.type === 'PRODUCES' && moved.has(`${r.a.id}>${r.b.id}`)) continue;
        reasons.add('IN_USE');
      }
      if (reasons.size > 0) {
        del.delete(key);
        why.set(key, reasons);
        changed = true;
      }
    }
  }

  const removed = emptyRemoved();
  const kept: KeptItem[] = [];
  const nodeSources: WithdrawPlan['nodeSources'] = [];
  const name = (n: GNode) => String(n.props.name ?? n.id);
  for (const n of inputs.nodes) {
    const kind = kindOf(n);
    if (del.has(n.key)) {
      if (kind) removed[kind].push(name(n));
      continue;
    }
    nodeSources.push({ key: n.key, sources: left.get(n.key) ?? [] });
    if (!kind) continue;
    const docs = (left.get(n.key) ?? []).map((s) => inputs.sourceDocs.get(s)).filter((d) => d !== undefined);
    const reasons = new Set<KeepReason>(why.get(n.key) ?? []);
    if (docs.some((d) => d.kind !== 'table')) reasons.add('OTHER_PLAN');
    if (docs.some((d) => d.kind === 'table')) reasons.add('TABLE');
    if (reasons.size === 0) continue;
    const by = [...new Set(docs.map((d) => d.title))];
    kept.push({ kind, id: n.id, name: name(n), reasons: [...reasons], by });
  }

  const deleteRels: string[] = [];
  const relUpdates: WithdrawPlan['relUpdates'] = [];
  const links = new Set<string>();
  const firms = new Set<string>();
  for (const r of inputs.rels) {
    const state = relState.get(r.key);
    const gone =
      state?.removed || del.has(r.a.key) || del.has(r.b.key) || goesWithPlan(r.a) || goesWithPlan(r.b);
    if (r.type === 'PRODUCES' || r.type === 'LOCATED_IN' || r.type === 'MAIN_PRODUCT') {
      if (r.b.labels.includes('Product')) links.add(r.b.id ?? '');
      if (!del.has(r.a.key) && r.a.labels.includes('Enterprise')) firms.add(r.a.id ?? '');
    }
    if (gone) {
      if (r.type === 'SEEKS' && state?.removed) removed.sought.push(r.b.name ?? '');
      if (state?.removed && !del.has(r.a.key) && !del.has(r.b.key)) deleteRels.push(r.key);
      continue;
    }
    if (state && !state.removed && state.props) relUpdates.push({ key: r.key, props: state.props });
  }
  for (const n of inputs.nodes) if (del.has(n.key) && n.labels.includes('Product')) links.add(n.id);

  // Figures the plan changed on nodes that existed before it, back to `before` where they still hold its value.
  const restores: WithdrawPlan['restores'] = [];
  const restored: RestoredItem[] = [];
  const find = (type: string, id: string) => inputs.nodes.find((n) => n.id === id && n.labels.includes(type));
  const stated: WithdrawPlan['stated'] = [];
  for (const e of inputs.entries) {
    if (e.entityType === 'Enterprise' && Array.isArray(e.after.producesAdded)) {
      const gone = list(e.after.producesAdded).filter((l) =>
        candidates.some((c) => c.id === l && del.has(c.key)),
      );
      if (gone.length === 0) continue;
      const names = gone.map((l) => name(candidates.find((c) => c.id === l) as GNode));
      stated.push({
        id: e.entity,
        before: list(e.before.statedProducts),
        after: list(e.after.statedProducts),
        add: list(e.before.statedProducts).filter((x) => names.includes(x)),
      });
      continue;
    }
    const n = find(e.entityType, e.entity);
    if (!n || del.has(n.key)) continue;
    const props: Record<string, unknown> = {};
    const was: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e.after)) {
      if (k === 'document' || !(k in e.before)) continue;
      if (same(n.props[k], v)) {
        props[k] = e.before[k] ?? null;
        was[k] = v;
      }
    }
    if (Object.keys(props).length === 0) continue;
    restores.push({ key: n.key, props, was });
    restored.push({ id: n.id, name: name(n), type: e.entityType, fields: Object.keys(props) });
  }
  return {
    deleteNodes: [...del],
    nodeSources,
    deleteRels,
    relUpdates,
    restores,
    stated,
    removed,
    kept,
    restored,
    unsure: unsureItems({ inputs, deletedNodes: del, deletedRels: new Set(deleteRels) }),
    links: [...links].filter((x) => x !== ''),
    firms: [...firms].filter((x) => x !== ''),
  };
}
