/**
 * The rule that gives a link its status, in one place. A link is STRONG when at least STRONG_MIN_PRODUCERS local
 * enterprises in scope produce it; WEAK when one does, or none does but a project in scope builds it; MISSING
 * otherwise. The statuses themselves (values, labels, colours, counts) are the shared vocabulary in vocab/status.ts.
 */
import type { LinkStatus } from '../../vocab/status.ts';

export const STRONG_MIN_PRODUCERS = 2;

export interface Named {
  id: string;
  name: string;
}

/**
 * At most this many producers (by name) are listed with a status; producerCount is always the full count.
 * A hub link at national scope has thousands of producers, and a reason needs names, not all of them.
 */
export const MAX_LISTED_PRODUCERS = 50;

export interface Evidence<E extends Named = Named, P extends Named = Named> {
  /** The first MAX_LISTED_PRODUCERS producers by name. */
  producers: E[];
  projects: P[];
  /** All producers in scope; the listed ones when absent. */
  producerCount?: number;
  /** All projects in scope; the listed ones when absent or null (a chain map counts them without listing). */
  projectCount?: number | null;
}

export function linkStatus(producerCount: number, projectCount: number): LinkStatus {
  if (producerCount >= STRONG_MIN_PRODUCERS) return 'STRONG';
  if (producerCount === 1 || projectCount > 0) return 'WEAK';
  return 'MISSING';
}

const MAX_NAMES = 4;

/** A project signed from a lead (招商线索) says so in the reason line, with the lead's owner. */
function projectLabel(p: Named & { leadOwner?: unknown }): Named {
  return typeof p.leadOwner === 'string' ? { ...p, name: `${p.name}（招商线索，负责人 ${p.leadOwner}）` } : p;
}

function names(items: Named[], total = items.length): string {
  const shown = items.slice(0, MAX_NAMES).map((i) => i.name);
  return total > MAX_NAMES ? `${shown.join('、')} 等` : shown.join('、');
}

/** One line in Chinese saying why the link has its status. */
export function statusSummary(status: LinkStatus, ev: Evidence, scopeLabel: string): string {
  const p = ev.producerCount ?? ev.producers.length;
  const j = ev.projects.length;
  const projectNames = names(ev.projects.map(projectLabel));
  const projects = j > 0 ? `；${j} 个项目在建或规划：${projectNames}` : '';
  switch (status) {
    case 'STRONG':
      return `${scopeLabel}内 ${p} 家本地企业生产：${names(ev.producers, p)}${projects}`;
    case 'WEAK':
      return p === 1
        ? `${scopeLabel}内仅 1 家本地企业生产：${names(ev.producers, p)}${projects}`
        : `${scopeLabel}内无本地企业生产，${j} 个项目在建或规划：${projectNames}`;
    case 'MISSING':
      return `${scopeLabel}内无本地企业生产，也无在建或规划项目`;
  }
}

export interface StatusReason<E extends Named = Named, P extends Named = Named> extends Evidence<E, P> {
  status: LinkStatus;
  producerCount: number;
  projectCount: number;
  summary: string;
}

export function explain<E extends Named, P extends Named>(
  ev: Evidence<E, P>,
  scopeLabel: string,
): StatusReason<E, P> {
  const producerCount = ev.producerCount ?? ev.producers.length;
  const projectCount = ev.projectCount ?? ev.projects.length;
  const status = linkStatus(producerCount, projectCount);
  return {
    status,
    producers: ev.producers,
    projects: ev.projects,
    producerCount,
    projectCount,
    summary: statusSummary(status, ev, scopeLabel),
  };
}
