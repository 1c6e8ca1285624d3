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
  /** Quotes (Source nodes) and relationships removed. */
  sources: number;
  relations: number;
  /** The pool's MAIN_PRODUCT edges after the re-match; null when the graph has no pool or on a dry run. */
  pool: { added: number; removed: number } | null;
}

/** A plan committed through /imports (its Document id is doc-import-<hash>): the only kind a withdrawal accepts. */
export const isImportedPlan = (documentId: string): boolean => documentId.startsWith('doc-import-');
