/**
 * The pipeline board as data, derived step by step: leads → columns by stage (vocab/lead.ts order), the owners
 * and chains the filters offer, and the short line a chain-map node shows for its leads.
 */
import { LEAD_STAGE, LEAD_STAGES, type LeadStage } from '../../../vocab/lead.ts';

export interface BoardLead {
  id: string;
  stage: LeadStage;
  owner: string;
  overdue: boolean;
  chains: readonly { id: string; name: string }[];
}

/** One column per stage, in pipeline order; overdue leads first in a column, then as the server ordered them. */
export function columns<L extends BoardLead>(leads: readonly L[]): { stage: LeadStage; leads: L[] }[] {
  return LEAD_STAGES.map((stage) => {
    const mine = leads.filter((l) => l.stage === stage);
    return { stage, leads: [...mine.filter((l) => l.overdue), ...mine.filter((l) => !l.overdue)] };
  });
}

/** The owners and chains of the leads, sorted, for the filters. */
export function filterOptions(leads: readonly BoardLead[]) {
  const owners = [...new Set(leads.map((l) => l.owner))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const chains = new Map<string, string>();
  for (const l of leads) for (const c of l.chains) chains.set(c.id, c.name);
  return { owners, chains: [...chains].map(([id, name]) => ({ id, name })) };
}

/** A node's lead line on the chain map, e.g. 线索2 洽谈1; empty without leads. */
export function leadLine(stages: readonly { stage: LeadStage; count: number }[]): string {
  return stages.map((s) => `${LEAD_STAGE[s.stage].label}${s.count}`).join(' ');
}

/** The stages a lead can be moved to (every other stage; the server says why a move is refused). */
export const otherStages = (stage: LeadStage) => LEAD_STAGES.filter((s) => s !== stage);
