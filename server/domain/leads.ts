/**
 * The rules of the investment-promotion pipeline, pure: which stage moves are allowed, when a next step is
 * overdue, and how a lead's stage counts are summed per link. The words (stages, labels) are vocab/lead.ts.
 */
import { isOpenStage, LEAD_STAGE, LEAD_STAGES, type LeadStage, SIGNED_STAGE } from '../../vocab/lead.ts';

/** Project statuses at which a signed lead may still be moved back (nothing has been built yet). */
export const UNDOABLE_PROJECT_STATUSES: readonly string[] = ['储备', '规划', '签约'];

/**
 * Why a move from `from` to `to` is refused, or null when it is allowed. A lead may move forward (skipping a
 * stage is allowed: a firm may sign without a visit) or back, always with a reason; never to its own stage. A
 * signed lead may move back only while its project has not started building (status 签约 or earlier): once the
 * project is 在建 the signature is a fact the chain map already counts.
 */
export function moveRefusal(
  from: LeadStage,
  to: LeadStage,
  reason: string,
  projectStatus: string | null,
): string | null {
  if (from === to) return `is already at stage ${to} (${LEAD_STAGE[to].label})`;
  if (reason.trim() === '') return 'needs a reason for the move';
  if (from === SIGNED_STAGE && projectStatus !== null && !UNDOABLE_PROJECT_STATUSES.includes(projectStatus))
    return `cannot leave 签约: its project is already ${projectStatus}`;
  return null;
}

/** Today's date (YYYY-MM-DD) in China (UTC+8, no daylight saving): officers' deadlines are local dates. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** An open lead whose next step's date is before today (China time). A signed lead is never overdue. */
export function isOverdue(stage: LeadStage, nextStepDate: string | null, now: Date): boolean {
  return isOpenStage(stage) && nextStepDate !== null && nextStepDate < chinaDate(now);
}

/**
 * A lead's own fields as the pipeline keeps them: what the API returns (LeadModel), what a row of the weekly
 * Excel report carries (server/tables/leadPlan.ts LeadRow) and what the export reads back.
 */
export interface LeadFields {
  firmName: string;
  /** The Enterprise id when the firm is in the graph. */
  firm: string | null;
  /** Zone id. */
  zone: string;
  owner: string;
  stage: LeadStage;
  investment: number | null;
  capacity: number | null;
  capacityUnit: string | null;
  nextStep: string | null;
  nextStepDate: string | null;
  notes: string | null;
}

/** How many leads a link has at each stage, and how many are open (before 签约). */
export interface LeadCount {
  product: string;
  open: number;
  stages: { stage: LeadStage; count: number }[];
}

/** Sums leads per link: one LeadCount per link that has any, stages in pipeline order (zero stages left out). */
export function countLeads(leads: readonly { product: string; stage: LeadStage }[]): LeadCount[] {
  const byLink = new Map<string, Map<LeadStage, number>>();
  for (const l of leads) {
    const m = byLink.get(l.product) ?? new Map<LeadStage, number>();
    m.set(l.stage, (m.get(l.stage) ?? 0) + 1);
    byLink.set(l.product, m);
  }
  return [...byLink.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([product, m]) => {
      const stages = LEAD_STAGES.filter((s) => m.has(s)).map((stage) => ({
        stage,
        count: m.get(stage) ?? 0,
      }));
      const open = stages.filter((s) => isOpenStage(s.stage)).reduce((n, s) => n + s.count, 0);
      return { product, open, stages };
    });
}
