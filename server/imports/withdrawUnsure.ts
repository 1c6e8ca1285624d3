/**
 * What a withdrawal cannot undo exactly for a plan committed before provenance was kept (docs/IMPORTS.md, *Plans
 * committed before provenance was kept*): pure, worked out from the same reads as withdrawPlan.ts, so each case is
 * unit-tested on a tiny graph. Nothing here changes what is written; it says what may be wrong and why.
 */
import { isRegionKind } from '../../vocab/region.ts';
import type { UnsureItem } from '../../vocab/withdraw.ts';
import type { GNode, GRel, WithdrawInputs } from './withdrawTypes.ts';

/** The fact edges whose `source` the old commit overwrote with the last plan's (cypher/seed/part-of … by). */
export const FACT_RELS = new Set(['PART_OF', 'LOCATED_IN', 'TARGET_FOR', 'BUILDS', 'IN_ZONE', 'BY']);

/** The figures a plan commit may overwrite on a node that existed (cypher/imports/figures.cypher), per label. */
const FIGURES: Record<string, string[]> = {
  Zone: ['output2025', 'valueAdded2025', 'targetYear'],
  Industry: ['output2025', 'valueAdded2025', 'targetYear'],
  Project: ['capacityValues', 'investmentValue'],
};

/** A fact edge as the old commit left it: the plan's `source` and no `sources` list (today's commit writes both). */
export const lastSourceOnly = (r: GRel, sources: Set<string>): boolean =>
  FACT_RELS.has(r.type) &&
  !Array.isArray(r.props.sources) &&
  typeof r.props.source === 'string' &&
  sources.has(r.props.source);

/** An attach-plan edge (a zone PART_OF, a firm LOCATED_IN the plan's district) that records neither quote nor plan. */
export const bareAttach = (r: GRel, districts: Set<string>): boolean =>
  (r.type === 'PART_OF' || r.type === 'LOCATED_IN') &&
  districts.has(r.b.id ?? '') &&
  r.props.source == null &&
  r.props.sources == null &&
  r.props.plans == null;

export interface UnsureInputs {
  inputs: WithdrawInputs;
  /** Element ids of the nodes the withdrawal removes, and of the relationships it removes itself. */
  deletedNodes: Set<string>;
  deletedRels: Set<string>;
}

/**
 * The items of a withdrawal that are not exact, with the reason: a removed last-source-only fact edge whose ends
 * another document also cites (it may state the edge too: removed with the plan's quote) — for any plan, since only
 * such an edge shows it; and, for a plan whose commit kept no records (`inputs.legacy`), the bare attach edges of
 * nodes that stay, the figures on nodes that stay that no entry of the plan accounts for, and nothing on regions
 * (withdraw.ts adds the district when nothing is left on it).
 */
export function unsureItems({ inputs, deletedNodes, deletedRels }: UnsureInputs): UnsureItem[] {
  const S = inputs.sources;
  const byKey = new Map(inputs.nodes.map((n) => [n.key, n]));
  const docsOf = (n: GNode | undefined) =>
    ((n?.props.sources ?? []) as string[])
      .filter((s) => !S.has(s))
      .map((s) => inputs.sourceDocs.get(s)?.title)
      .filter((t): t is string => t !== undefined);
  const stays = (key: string) => !deletedNodes.has(key);
  const out: UnsureItem[] = [];
  const edge = (r: GRel) => `${r.a.name ?? r.a.id} → ${r.b.name ?? r.b.id}`;
  for (const r of inputs.rels) {
    if (lastSourceOnly(r, S) && deletedRels.has(r.key) && stays(r.a.key) && stays(r.b.key)) {
      const by = [...new Set([...docsOf(byKey.get(r.a.key)), ...docsOf(byKey.get(r.b.key))])];
      if (by.length > 0)
        out.push({ reason: 'LAST_SOURCE_ONLY', outcome: 'removed', name: edge(r), fields: [], by });
    }
    if (inputs.legacy && bareAttach(r, inputs.districts) && byKey.has(r.a.key) && stays(r.a.key))
      out.push({ reason: 'NO_PLANS', outcome: 'kept', name: edge(r), fields: [], by: [] });
  }
  if (!inputs.legacy) return out;
  const audited = new Set(inputs.entries.map((e) => `${e.entityType}:${e.entity}`));
  for (const n of inputs.nodes) {
    const label = Object.keys(FIGURES).find((l) => n.labels.includes(l));
    if (!label || !stays(n.key) || audited.has(`${label}:${n.id}`)) continue;
    if (label === 'Zone' && isRegionKind(String(n.props.kind))) continue;
    const fields = (FIGURES[label] ?? []).filter((f) => n.props[f] != null);
    if (fields.length > 0)
      out.push({
        reason: 'NO_FIGURE_AUDIT',
        outcome: 'kept',
        name: String(n.props.name ?? n.id),
        fields,
        by: [],
      });
  }
  return out;
}
