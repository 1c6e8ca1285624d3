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
  sourceText,
  targetText,
} from './text.ts';

/** Escapes what would break a table cell or start Markdown syntax. */
export const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The briefing as Markdown (pure). `image` is the href of the chain-map SVG (relative to the document).
 */
export function briefingMarkdown(b: Briefing, opts: { image: string }): string {
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
  for (const l of b.links) out.push(`| ${linkCells(l).map(mdCell).join(' | ')} |`);
  out.push('', `## ${HEADINGS.gaps}`, '');
  if (b.gaps.length === 0) out.push(NO_GAPS, '');
  for (const g of b.gaps) {
    const [summary = '', score = '', ...parts] = gapLines(g);
    out.push(`### ${gapHeading(g)}`, '', summary, '', score, '', ...parts.map((l) => `- ${l}`), '');
    out.push(`${CANDIDATES_HEADING}：`, '', ...candidateLines(g).map((c) => `- ${c}`), '');
  }
  out.push(`## ${HEADINGS.sources}`, '');
  for (const s of b.sources) out.push(`[${s.n}] ${sourceText(s)}`, '');
  return `${out.join('\n').trimEnd()}\n`;
}
