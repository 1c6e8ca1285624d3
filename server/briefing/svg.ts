/**
 * The chain map as a static SVG (pure): stages are columns left → right, the links of a stage are stacked in
 * their column, FEEDS between consecutive stages are arrows. Colours and legend text come from
 * vocab/status.ts, the table the explorer's map and legend read.
 */
import type { Briefing, BriefingLink } from '../../vocab/briefing.ts';
import { LINK_STATUSES, STATUS } from '../../vocab/status.ts';

export const FONT_FAMILY = 'Noto Sans CJK SC';
const FONT = 14;
const LINE = 19;
const PAD_X = 12;
const PAD_Y = 9;
const MAX_LINE_EM = 8;
const COL_GAP = 56;
const ROW_GAP = 16;
const MARGIN = 24;
const HEADER = 40;
const LEGEND = 44;
const EDGE = '#9aa5b1';

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Width of text in em: CJK and full-width characters 1 em, the rest about 0.55 em. */
export function textEm(s: string): number {
  let em = 0;
  for (const ch of s) em += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.55;
  return em;
}

/** Splits a label into lines of at most MAX_LINE_EM em, never inside a Latin word or number. */
export function wrapLabel(s: string, maxEm = MAX_LINE_EM): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const token of s.match(/[A-Za-z0-9.]+|./gu) ?? []) {
    if (cur && textEm(cur + token) > maxEm) {
      lines.push(cur);
      cur = '';
    }
    cur += token;
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

interface Box {
  link: BriefingLink;
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Positions of every link box (columns by stage, stacked, each column centred vertically). */
export function layout(links: BriefingLink[]): { boxes: Box[]; width: number; height: number } {
  const stages = [...new Set(links.map((l) => l.stage))].sort((a, b) => a - b);
  const cols = stages.map((s) =>
    links
      .filter((l) => l.stage === s)
      .map((link) => {
        const lines = wrapLabel(link.name);
        const w = Math.max(...lines.map(textEm)) * FONT + 2 * PAD_X;
        return { link, lines, h: lines.length * LINE + 2 * PAD_Y, w };
      }),
  );
  const colW = cols.map((c) => Math.max(88, ...c.map((b) => b.w)));
  const colH = cols.map((c) => c.reduce((h, b) => h + b.h, 0) + ROW_GAP * Math.max(0, c.length - 1));
  const height = Math.max(60, ...colH);
  const boxes: Box[] = [];
  let x = MARGIN;
  cols.forEach((col, i) => {
    const w = colW[i] ?? 88;
    let y = HEADER + (height - (colH[i] ?? 0)) / 2;
    for (const b of col) {
      boxes.push({ link: b.link, lines: b.lines, x, y, w, h: b.h });
      y += b.h + ROW_GAP;
    }
    x += w + COL_GAP;
  });
  return { boxes, width: Math.max(x - COL_GAP + MARGIN, 360), height: HEADER + height + LEGEND };
}

const n = (v: number) => Math.round(v * 10) / 10;

function node(b: Box): string {
  const st = STATUS[b.link.status];
  const dash = st.borderStyle === 'dashed' ? ' stroke-dasharray="6 4"' : '';
  const top = b.y + b.h / 2 - ((b.lines.length - 1) * LINE) / 2;
  const text = b.lines
    .map((t, i) => `<tspan x="${n(b.x + b.w / 2)}" y="${n(top + i * LINE)}">${escapeXml(t)}</tspan>`)
    .join('');
  return (
    `<g data-link="${escapeXml(b.link.id)}" data-status="${b.link.status}">` +
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="7" fill="${st.fill}" ` +
    `stroke="${st.border}" stroke-width="2"${dash}/>` +
    `<text text-anchor="middle" dominant-baseline="central" fill="${st.text}">${text}</text></g>`
  );
}

function arrow(a: Box, b: Box): string {
  const x1 = a.x + a.w;
  const y1 = a.y + a.h / 2;
  const x2 = b.x - 3;
  const y2 = b.y + b.h / 2;
  const mx = (x1 + x2) / 2;
  return `<path d="M${n(x1)} ${n(y1)} C${n(mx)} ${n(y1)} ${n(mx)} ${n(y2)} ${n(x2)} ${n(y2)}" fill="none" stroke="${EDGE}" stroke-width="1.6" marker-end="url(#arrow)"/>`;
}

function legend(y: number): string {
  let x = MARGIN;
  return LINK_STATUSES.map((s) => {
    const st = STATUS[s];
    const dash = st.borderStyle === 'dashed' ? ' stroke-dasharray="4 3"' : '';
    const g =
      `<rect x="${x}" y="${y}" width="26" height="16" rx="4" fill="${st.fill}" stroke="${st.border}" stroke-width="2"${dash}/>` +
      `<text x="${x + 32}" y="${y + 8}" dominant-baseline="central" fill="#333">${escapeXml(`${st.label}：${st.help}`)}</text>`;
    x += 32 + textEm(`${st.label}：${st.help}`) * 12 + 22;
    return g;
  }).join('');
}

/** The chain map of a briefing as a standalone SVG document. */
export function chainMapSvg(b: Pick<Briefing, 'chainName' | 'scope' | 'links' | 'feeds'>): string {
  const { boxes, width: w0, height } = layout(b.links);
  const title = `${b.chainName} · ${b.scope.label}`;
  const width = Math.max(w0, MARGIN * 2 + textEm(title) * 17, 3 * 12 * 24);
  const byId = new Map(boxes.map((x) => [x.link.id, x]));
  const edges = b.feeds
    .map((f) => [byId.get(f.from), byId.get(f.to)] as const)
    .filter((e): e is readonly [Box, Box] => !!e[0] && !!e[1] && e[1].link.stage === e[0].link.stage + 1)
    .map(([a, z]) => arrow(a, z));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${FONT_FAMILY}, sans-serif" font-size="${FONT}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${EDGE}"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 2}" font-size="17" font-weight="bold" fill="#1d2733">${escapeXml(title)}</text>`,
    ...edges,
    ...boxes.map(node),
    `<g font-size="12">${legend(height - LEGEND + 16)}</g>`,
    '</svg>',
  ].join('\n');
}
