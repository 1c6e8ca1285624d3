/**
 * The withdrawal of an imported plan (撤回导入, POST /imports/withdraw): what it removes, what stays and why, what
 * it puts back. Shared by the server (server/imports/withdraw.ts) and the plans list's dialog; docs/IMPORTS.md.
 */

/** Kinds of items a withdrawal reports, in the order the dialog lists them. */
export const WITHDRAW_KINDS = [
  'chains',
  'links',
  'industries',
  'zones',
  'firms',
  'targets',
  'projects',
  'yearTargets',
  'sought',
  'regions',
] as const;
export type WithdrawKind = (typeof WITHDRAW_KINDS)[number];

/**
 * Why an item the plan stated stays: another plan (or the seed) states it too, a table import's row does, a lead
 * hangs on it, someone edited it after the import, an alias maps onto it, or data that stays is tied to it.
 */
export const KEEP_REASONS = ['OTHER_PLAN', 'TABLE', 'LEAD', 'EDITED', 'ALIAS', 'IN_USE'] as const;
export type KeepReason = (typeof KEEP_REASONS)[number];

export interface KeptItem {
  kind: WithdrawKind;
  id: string;
  name: string;
  reasons: KeepReason[];
  /** Titles of the other documents that state it (OTHER_PLAN, TABLE). */
  by: string[];
}

/** A property the plan changed on a node that existed before it, put back to its value before the import. */
export interface RestoredItem {
  id: string;
  name: string;
  type: string;
  fields: string[];
}

/**
 * Why a withdrawal cannot say exactly what a plan did: it was committed before provenance was kept
 * (docs/IMPORTS.md, *Plans committed before provenance was kept*). LAST_SOURCE_ONLY: a fact edge records the last
 * plan's quote only, and another document cites its ends, so it may state the edge too (the edge is removed);
 * NO_PLANS: a zone's or firm's edge to the district records no plan, so whether this plan made it is unknown (kept);
 * NO_FIGURE_AUDIT: figures on a node that stays were not audited, so whether this plan wrote them is unknown (kept);
 * NO_REGION_RECORD: the plan's district is left with nothing on it, but whether the plan created it is unknown (kept).
 */
export const UNSURE_REASONS = [
  'LAST_SOURCE_ONLY',
  'NO_PLANS',
  'NO_FIGURE_AUDIT',
  'NO_REGION_RECORD',
] as const;
export type UnsureReason = (typeof UNSURE_REASONS)[number];

export interface UnsureItem {
  reason: UnsureReason;
  /** What the withdrawal does with it: removes it (the last plan's quote goes) or leaves it as it is. */
  outcome: 'removed' | 'kept';
  /** The edge (甲 → 乙) or the node, by name. */
  name: string;
  /** The figures' fields (NO_FIGURE_AUDIT). */
  fields: string[];
  /** Titles of the other documents that cite its ends (LAST_SOURCE_ONLY). */
  by: string[];
}

/** POST /imports/withdraw body. */
export interface WithdrawInput {
  document: string;
  dryRun?: boolean;
}

/** The answer of POST /imports/withdraw (a dry run answers the same, nothing written). */
export interface WithdrawReport {
  documentId: string;
  title: string;
  district: { id: string; name: string } | null;
  dryRun: boolean;
  /** Names of what goes, per kind. */
  removed: Record<WithdrawKind, string[]>;
  kept: KeptItem[];
  restored: RestoredItem[];
  /** A plan committed before provenance was kept: what cannot be undone exactly or attributed, and why. */
  unsure: UnsureItem[];
  /** Quotes (Source nodes) and relationships removed. */
  sources: number;
  relations: number;
  /** The pool's MAIN_PRODUCT edges after the re-match; null when the graph has no pool or on a dry run. */
  pool: { added: number; removed: number } | null;
}

/** A plan committed through /imports (its Document id is doc-import-<hash>): the only kind a withdrawal accepts. */
export const isImportedPlan = (documentId: string): boolean => documentId.startsWith('doc-import-');
