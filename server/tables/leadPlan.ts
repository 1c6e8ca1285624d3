/**
 * The officers' weekly report of leads (招商线索) from Excel: every row checked against the graph and the
 * pipeline's rules (server/domain/leads.ts) before anything is written; each problem names its row and column.
 */
import { createHash } from 'node:crypto';
import {
  LEAD_COLUMNS as L,
  LEAD_LIMITS,
  LEAD_STAGE,
  LEAD_STAGES,
  type LeadStage,
  SIGNED_STAGE,
  stageOfLabel,
} from '../../vocab/lead.ts';
import { BIDI_REASON_ZH, hasBidiControl } from '../../vocab/names.ts';
import { type LeadFields, moveRefusal, UNDOABLE_PROJECT_STATUSES } from '../domain/leads.ts';
import { NameIndex } from './match.ts';
import type { Plan, Reference, RowError } from './plan.ts';
import type { Table } from './read.ts';

export const LEAD_HEADERS = Object.values(L);
export const LEAD_REQUIRED = [L.firm, L.link, L.zone, L.owner, L.stage] as const;

export interface LeadReference extends Pick<Reference, 'zones' | 'products' | 'enterprises'> {
  leads: { id: string; stage: LeadStage; projectStatus: string | null }[];
}

/** A checked row: the lead's own fields, its link id, and what the import does with it. */
export interface LeadRow extends LeadFields {
  row: number;
  id: string;
  action: 'add' | 'update';
  /** The firm's name, for the report. */
  name: string;
  link: string;
  reason: string | null;
  /** The stage before the import (null for a new lead). */
  from: LeadStage | null;
}

const short = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return DATE.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** Validates every row of a lead table; nothing is written here. A row without 线索编号 is a new lead. */
export function planLeads(t: Table, ref: LeadReference): Plan<LeadRow> {
  const rejected: RowError[] = LEAD_REQUIRED.filter((h) => !t.headers.includes(h)).map((h) => ({
    row: 1,
    column: h,
    reason: `缺少必需的列「${h}」`,
  }));
  if (rejected.length) return { rows: [], rejected };
  const zones = new NameIndex(ref.zones);
  const products = new NameIndex(ref.products);
  const firms = new NameIndex(ref.enterprises);
  const leads = new Map(ref.leads.map((l) => [l.id, l]));
  const seen = new Set<string>();
  const rows: LeadRow[] = [];
  for (const { row, cells } of t.rows) {
    const errors: RowError[] = [];
    const bad = (column: string, reason: string) => errors.push({ row, column, reason });
    const text = (column: string, max: number, required = false) => {
      const v = cells[column] ?? '';
      if (!v && required) bad(column, `「${column}」不能为空`);
      else if (v.length > max) bad(column, `「${column}」超过 ${max} 个字符`);
      else if (hasBidiControl(v)) bad(column, `「${column}」${BIDI_REASON_ZH}`);
      return v || null;
    };
    const firmName = text(L.firm, LEAD_LIMITS.firm, true) ?? '';
    const owner = text(L.owner, LEAD_LIMITS.owner, true) ?? '';
    const find = (column: string, index: NameIndex, what: string) => {
      const v = cells[column] ?? '';
      const id = v ? index.find(v) : undefined;
      if (v && !id) bad(column, `未找到${what}「${v}」（不会自动新建）`);
      if (!v) bad(column, `「${column}」不能为空`);
      return id ?? '';
    };
    const link = find(L.link, products, '环节');
    const zone = find(L.zone, zones, '区域');
    const stageText = cells[L.stage] ?? '';
    const stage = stageOfLabel(stageText);
    if (!stage)
      bad(
        L.stage,
        `阶段须为 ${LEAD_STAGES.map((s) => LEAD_STAGE[s].label).join('/')} 之一：「${stageText}」`,
      );
    const number = (column: string, positive: boolean) => {
      const v = cells[column] ?? '';
      const n = v ? Number(v) : null;
      if (v && (n === null || !Number.isFinite(n) || n < 0 || (positive && n === 0)))
        bad(column, `「${column}」须为${positive ? '正数' : '非负数'}：「${v}」`);
      return n;
    };
    const investment = number(L.investment, false);
    const capacity = number(L.capacity, true);
    const capacityUnit = text(L.unit, 20);
    if (capacity !== null && !capacityUnit) bad(L.unit, '填写了预计产能时须填写产能单位');
    const nextStep = text(L.nextStep, LEAD_LIMITS.nextStep);
    const nextStepDate = cells[L.nextStepDate] || null;
    if (nextStepDate && !isDate(nextStepDate))
      bad(L.nextStepDate, `下一步日期须为 YYYY-MM-DD 格式的日期：「${nextStepDate}」`);
    const notes = text(L.notes, LEAD_LIMITS.notes);
    const reason = text(L.reason, LEAD_LIMITS.reason);
    const given = cells[L.id] ?? '';
    const id = given || `lead-t-${short(`${firmName}|${link}|${zone}`)}`;
    const existing = leads.get(id);
    if (given && !existing) bad(L.id, `未找到线索编号「${given}」（新线索请留空）`);
    if (seen.has(id)) bad(given ? L.id : L.firm, `与本文件前面的行是同一条线索：「${given || firmName}」`);
    if (existing && stage && existing.stage !== stage) {
      const refusal = moveRefusal(existing.stage, stage, reason ?? '', existing.projectStatus);
      if (refusal)
        bad(reason ? L.stage : L.reason, stageRefusal(existing.stage, stage, existing.projectStatus));
    }
    if (errors.length || !stage) {
      rejected.push(...errors);
      continue;
    }
    seen.add(id);
    rows.push({
      row,
      id,
      action: existing ? 'update' : 'add',
      name: firmName,
      firmName,
      firm: firms.find(firmName) ?? null,
      link,
      zone,
      owner,
      stage,
      investment,
      capacity,
      capacityUnit,
      nextStep,
      nextStepDate,
      notes,
      reason,
      from: existing?.stage ?? null,
    });
  }
  return { rows, rejected };
}

/** Why a stage change of the report is refused, in the officers' words. */
function stageRefusal(from: LeadStage, to: LeadStage, projectStatus: string | null): string {
  if (from === SIGNED_STAGE && projectStatus && !UNDOABLE_PROJECT_STATUSES.includes(projectStatus))
    return `已签约的线索不能退回「${LEAD_STAGE[to].label}」：其项目已${projectStatus}`;
  return `阶段由「${LEAD_STAGE[from].label}」改为「${LEAD_STAGE[to].label}」须填写变更原因`;
}
