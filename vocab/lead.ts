/**
 * Investment-promotion leads (招商线索): the stages of a lead's life, in order, with their labels and colours.
 * The server's rules (server/domain/leads.ts: allowed moves, overdue, chain health) and the client (pipeline
 * board, count chips, the lead form) and the weekly Excel report read this one list. A lead moved to SIGNED
 * becomes a Project with status 签约 (vocab/project.ts), which the link-status rule counts.
 */
import type { ExplainedLook } from './look.ts';

export const LEAD_STAGES = ['CLUE', 'CONTACT', 'VISIT', 'NEGOTIATION', 'SIGNED'] as const;

export type LeadStage = (typeof LEAD_STAGES)[number];

/**
 * Label: the officers' word (线索 / 接洽 / 考察 / 洽谈 / 签约); help: what the stage means, for the board's column
 * heads; colours: the column head's and the count chip's.
 */
export type StageLook = ExplainedLook;

export const LEAD_STAGE: Record<LeadStage, StageLook> = {
  CLUE: { label: '线索', help: '已识别的目标企业，尚未联系', fill: '#e8edf2', text: '#41505f' },
  CONTACT: { label: '接洽', help: '已与企业取得联系', fill: '#e4ecfb', text: '#1d4aa8' },
  VISIT: { label: '考察', help: '双方已实地考察', fill: '#eee4fb', text: '#5b2aa8' },
  NEGOTIATION: { label: '洽谈', help: '正在商谈投资条件', fill: '#fdf0cf', text: '#7a5600' },
  SIGNED: { label: '签约', help: '已签约，转为项目', fill: '#d9f0e2', text: '#14633a' },
};

/** The last stage: a signed lead is closed (it became a project); every other stage is open. */
export const SIGNED_STAGE: LeadStage = 'SIGNED';

export function isLeadStage(value: unknown): value is LeadStage {
  return typeof value === 'string' && (LEAD_STAGES as readonly string[]).includes(value);
}

/** The stage a Chinese label names (线索 → CLUE), for the Excel import; undefined for anything else. */
export function stageOfLabel(label: string): LeadStage | undefined {
  return LEAD_STAGES.find((s) => LEAD_STAGE[s].label === label.trim());
}

/** Position in the pipeline, 0 for 线索. */
export const stageIndex = (s: LeadStage) => LEAD_STAGES.indexOf(s);

/** Open leads: every stage before 签约. */
export const isOpenStage = (s: LeadStage) => s !== SIGNED_STAGE;

/** Longest texts a lead accepts (the mutation's zod input and the Excel import share them). */
export const LEAD_LIMITS = { firm: 100, owner: 50, nextStep: 200, notes: 1000, reason: 500 } as const;

/** The weekly report's Chinese column headers (export and import read the same table). */
export const LEAD_COLUMNS = {
  id: '线索编号',
  firm: '企业',
  link: '环节',
  zone: '区域',
  owner: '负责人',
  stage: '阶段',
  investment: '预计投资（亿元）',
  capacity: '预计产能',
  unit: '产能单位',
  nextStep: '下一步',
  nextStepDate: '下一步日期',
  notes: '备注',
  reason: '变更原因',
} as const;
