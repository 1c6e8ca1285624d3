/**
 * Project statuses: the one list that table import, the setProjectStatus mutation and the inspector's picker
 * accept, in the order of a project's life. The plan itself uses 规划 / 在建 / 建成 (seed files); 储备, 签约 and
 * 投产 are the words of a district's project ledgers ("谋划储备一批、开工建设一批、竣工投产一批").
 */
export const PROJECT_STATUSES = [
  /** 储备: in the reserve list, not yet scheduled. */
  '储备',
  /** 规划: planned (the plan names it as a project to build). */
  '规划',
  /** 签约: the investment agreement is signed. */
  '签约',
  /** 在建: under construction. */
  '在建',
  /** 建成: construction finished. */
  '建成',
  /** 投产: producing. */
  '投产',
] as const;

export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export function isProjectStatus(value: unknown): value is ProjectStatus {
  return typeof value === 'string' && (PROJECT_STATUSES as readonly string[]).includes(value);
}

/**
 * A project whose status no source states (the plan names the project but not where it stands): the one wording
 * every view, export, search hit and briefing uses. Not a status — no table may write it.
 */
export const STATUS_UNSTATED = '状态未载明';

/** A project's status as shown: its status, or STATUS_UNSTATED when none is recorded. */
export const projectStatusText = (status: string | null | undefined): string => status || STATUS_UNSTATED;
