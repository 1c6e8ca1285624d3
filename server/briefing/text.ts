/** The wording of a briefing, shared by the Markdown and .docx outputs so both say exactly the same. */

import {
  type Briefing,
  type BriefingCandidate,
  type BriefingProducer,
  type BriefingProject,
  type Freshness,
  industryTargetText,
} from '../../vocab/briefing.ts';
import { CANDIDATE } from '../../vocab/candidate.ts';
import { LEAD_STAGE } from '../../vocab/lead.ts';
import {
  MORE_LABEL,
  NO_CANDIDATES,
  noCandidatesText,
  PART_LABEL,
  priorityLabel,
  WEAK_SHARE,
} from '../../vocab/priority.ts';
import { projectStatusText } from '../../vocab/project.ts';
import { type LinkStatus, STATUS } from '../../vocab/status.ts';

export const NOT_SET = '（未设置）';
export const NONE = '—';

export const HEADINGS = {
  overview: '基本信息',
  targets: '一、发展目标',
  map: '二、产业链图',
  links: '三、环节现状',
  gaps: '四、短板环节与招引对象',
  sources: '五、资料来源',
} as const;

export const LINK_COLUMNS = ['环节序', '环节', '状态', '本地企业（所在区域）', '项目（产能，状态）'] as const;

export const statusLabel = (s: LinkStatus) => STATUS[s].label;

export const cites = (ns: number[]) => ns.map((n) => `[${n}]`).join('');

const num = (v: number | null) => (v === null ? null : `${v} 亿元`);

export function targetText(output: number | null, valueAdded: number | null): string {
  const parts = [num(output) && `产值 ${num(output)}`, num(valueAdded) && `增加值 ${num(valueAdded)}`].filter(
    Boolean,
  );
  return parts.length ? parts.join('，') : '规划未列 2025 年目标';
}

/** Label/value lines of the overview, in order. */
export function overviewLines(b: Briefing): [string, string][] {
  return [
    ['产业链', `${b.expression}${cites(b.expressionCites)}`],
    ['所属产业', b.industry],
    ['链长', b.leader ?? NOT_SET],
    ['范围', b.scope.label],
    ['生成日期', b.date],
  ];
}

export function industryTargetLine(b: Briefing): string {
  return `${industryTargetText(b.industry, b.targets)}${cites(b.targets.cites)}`;
}

export const UNKNOWN_ZONE = '区域未载明';

/** A mark on facts older than the stale limit, so a leader knows what to verify. */
export const staleText = (f: Freshness) => (f.stale ? `〔可能过时，信息截至 ${f.updatedAt ?? '—'}〕` : '');

export const producerText = (p: BriefingProducer) =>
  `${p.name}（${p.zone ?? UNKNOWN_ZONE}）${staleText(p)}${cites(p.cites)}`;

export function projectText(p: BriefingProject): string {
  const detail = [p.capacity, projectStatusText(p.status)].filter(Boolean).join('，');
  return `${p.name}（${detail}）${staleText(p)}${cites(p.cites)}`;
}

/** The five cells of a link row, as plain text. */
export function linkCells(l: Briefing['links'][number]): string[] {
  return [
    String(l.stage),
    l.name,
    statusLabel(l.status),
    l.producers.map(producerText).join('；') || NONE,
    l.projects.map(projectText).join('；') || NONE,
  ];
}

export const gapHeading = (g: Briefing['gaps'][number]) =>
  `${g.link}（第 ${g.stage} 环，${priorityLabel(g.priority.tier, g.kind)}）`;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The lines under a gap's heading: its status line, then one line per part of its priority. */
export function gapLines(g: Briefing['gaps'][number]): string[] {
  return [
    g.summary,
    `优先级得分 ${g.priority.score}：`,
    ...g.priority.parts.map(
      (p) => `${PART_LABEL[p.part]}（${signed(p.points)}）：${p.text}${cites(p.cites)}`,
    ),
  ];
}

export const candidateText = (c: BriefingCandidate) =>
  `${CANDIDATE[c.kind].briefingLabel}：${c.name}${c.place ? `（${c.place}）` : ''} — ${c.reason}${cites(c.cites)}`;

export const CANDIDATES_HEADING = '招引对象';

/** The candidate bullets of a gap: the explorer's list before "更多", and how many it folds. */
export function candidateLines(g: Briefing['gaps'][number], poolLoaded: boolean): string[] {
  const lines = g.candidates.map(candidateText);
  if (lines.length === 0) lines.push(noCandidatesText(poolLoaded));
  if (g.folded > 0)
    lines.push(
      `另有 ${g.folded} 个弱匹配或区外项目（如主营占比低于 ${WEAK_SHARE * 100}%），见图谱「${MORE_LABEL}」`,
    );
  return lines;
}

export { NO_CANDIDATES };
export const NO_GAPS = '本范围内各环节均为强链。';

/** A quote and its section; a plan without sections (秀山's page) leaves no empty （） behind. */
export const sourceText = (s: Briefing['sources'][number]) =>
  `「${s.quote}」${s.section.trim() ? `（${s.section}）` : ''}`;

/** The pipeline section: only when the chain has leads in the scope. */
export const PIPELINE_HEADING = '招商线索进展';

/** One line per lead, e.g. 【洽谈】华东铝业 → 铝锭（北渡组团），负责人 王招商；下一步：上门拜访（2026-12-05，已逾期）. */
export function pipelineLines(b: Briefing): string[] {
  return b.pipeline.map((l) => {
    const next = l.nextStep
      ? `；下一步：${l.nextStep}${l.nextStepDate ? `（${l.nextStepDate}${l.overdue ? '，已逾期' : ''}）` : ''}`
      : '';
    const investment = l.investment !== null ? `；预计投资 ${l.investment} 亿元` : '';
    const project = l.project ? `；已转项目：${l.project}` : '';
    return `【${LEAD_STAGE[l.stage].label}】${l.firm} → ${l.link}（${l.zone}），负责人 ${l.owner}${next}${investment}${project}`;
  });
}
