import type { Briefing } from '../../vocab/briefing.ts';
import {
  CANDIDATES_HEADING,
  candidateLines,
  cites,
  gapHeading,
  gapLines,
  HEADINGS,
  industryTargetLine,
  LINK_COLUMNS,
  linkCells,
  NO_GAPS,
  overviewLines,
  PIPELINE_HEADING,
  pipelineLines,
  sourceText,
  targetText,
} from './text.ts';

/**
 * Text from the graph (names, quotes, reasons) as Markdown that shows exactly those characters and does nothing
 * else: `& < >` as HTML entities (no raw HTML such as `<img onerror=…>`), Markdown's punctuation backslash-escaped
 * (no link `[x](javascript:…)`, image, emphasis, code or table cell break), line breaks as spaces.
 */
export const mdText = (s: string) =>
  s
    .replace(/[\\`*_[\]()#!|~{}]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\r\n]+/g, ' ');

/** Fields that are not text from the graph: ids, enums the wording looks up, dates. */
// Keys whose values are ids, enum values or dates, never free text (an escaped enum value would not match its label).
const VERBATIM = new Set([
  'id',
  'chainId',
  'zoneId',
  'kind',
  'status',
  'date',
  'updatedAt',
  'part',
  'tier',
  'stage',
]);

/** The briefing with every text from the graph escaped by mdText (a deep copy; numbers and flags as they are). */
function escaped<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (VERBATIM.has(key) ? value : mdText(value)) as T;
  if (Array.isArray(value)) return value.map((v) => escaped(v, key)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escaped(v, k)])) as T;
  return value;
}

/**
 * The briefing as Markdown (pure). `image` is the href of the chain-map SVG (relative to the document, or a data:
 * URI carrying it). Every name and quote is escaped (mdText) before the wording shared with .docx (text.ts) puts
 * it into sentences.
 */
export function briefingMarkdown(raw: Briefing, opts: { image: string }): string {
  const b = escaped(raw);
  const out: string[] = [`# ${b.title}`, '', `## ${HEADINGS.overview}`, ''];
  for (const [k, v] of overviewLines(b)) out.push(`- **${k}**：${v}`);
  out.push('', `## ${HEADINGS.targets}`, '', `- ${industryTargetLine(b)}`);
  if (b.targets.zones.length) {
    out.push('- 重点区域：');
    for (const z of b.targets.zones)
      out.push(`  - ${z.name}：${targetText(z.output2025, z.valueAdded2025)}${cites(z.cites)}`);
  }
  out.push('', `## ${HEADINGS.map}`, '', `![${b.chainName}产业链图（${b.scope.label}）](${opts.image})`, '');
  out.push(`## ${HEADINGS.links}`, '', `| ${LINK_COLUMNS.join(' | ')} |`, `|${' --- |'.repeat(5)}`);
  for (const l of b.links) out.push(`| ${linkCells(l).join(' | ')} |`);
  out.push('', `## ${HEADINGS.gaps}`, '');
  if (b.gaps.length === 0) out.push(NO_GAPS, '');
  for (const g of b.gaps) {
    const [summary = '', score = '', ...parts] = gapLines(g);
    out.push(`### ${gapHeading(g)}`, '', summary, '', score, '', ...parts.map((l) => `- ${l}`), '');
    out.push(`${CANDIDATES_HEADING}：`, '', ...candidateLines(g, b.poolLoaded).map((c) => `- ${c}`), '');
  }
  if (b.pipeline.length) out.push(`## ${PIPELINE_HEADING}`, '', ...pipelineLines(b).map((l) => `- ${l}`), '');
  out.push(`## ${HEADINGS.sources}`, '');
  for (const s of b.sources) out.push(`[${s.n}] ${sourceText(s)}`, '');
  return `${out.join('\n').trimEnd()}\n`;
}
