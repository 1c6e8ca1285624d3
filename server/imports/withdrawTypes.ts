/**
 * What a withdrawal reads of the graph (server/imports/withdraw.ts) and hands to its pure rules: withdrawPlan.ts
 * (what goes, stays, comes back) and withdrawUnsure.ts (what an old commit's records cannot tell).
 */

/** A node the plan's sources are on, as withdraw-touched.cypher reads it. */
export interface GNode {
  key: string;
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

/** One end of a relationship: enough to tell a lead, a signed project, the document or its targets apart. */
export interface End {
  key: string;
  id: string | null;
  name: string | null;
  labels: string[];
}

export interface GRel {
  key: string;
  type: string;
  props: Record<string, unknown>;
  a: End;
  b: End;
}

/** An IMPORT_PLAN audit entry of the plan (figures changed, stated products moved, the district's targets). */
export interface PlanEntry {
  entity: string;
  entityType: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface WithdrawInputs {
  document: string;
  /** Ids of the plan's Source nodes. */
  sources: Set<string>;
  nodes: GNode[];
  rels: GRel[];
  /** Node ids someone worked on: an audit entry by a person, an alias. */
  edited: Set<string>;
  aliased: Set<string>;
  entries: PlanEntry[];
  /** Document of each remaining source id, with its kind and title: plan import, table, seed. */
  sourceDocs: Map<string, { doc: string; title: string; kind: 'import' | 'table' | 'seed' }>;
  /** Ids of the plan's Target nodes (deleted with it). */
  targets: Set<string>;
  /** Ids of the plan's districts (FOR_DISTRICT). */
  districts: Set<string>;
  /** The plan was committed before provenance was kept (its Import summary has no `provenance`). */
  legacy: boolean;
}
