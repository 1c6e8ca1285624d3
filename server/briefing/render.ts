import type { Briefing } from '../../vocab/briefing.ts';
import { briefingDocx } from './docx.ts';
import { briefingMarkdown } from './markdown.ts';
import { chainMapSvg } from './svg.ts';

/** `json` is the Briefing itself, for the explorer's printable briefing page. */
export const FORMATS = ['docx', 'md', 'svg', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);

export const CONTENT_TYPES: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** File name people see, e.g. 再生铝产业链（废铝）链长简报（全区）.docx; the map is 产业链图. */
export function fileName(b: Briefing, format: Format): string {
  const base = format === 'svg' ? `${b.chainName}产业链图` : b.title;
  return `${base}（${b.scope.label}）.${format}`;
}

/** An ASCII-only fallback name for clients without RFC 5987 support. */
export function asciiFileName(b: Briefing, format: Format): string {
  const id = `${b.chainId}${b.scope.zoneId ? `-${b.scope.zoneId}` : ''}`.replace(/[^A-Za-z0-9._-]/g, '_');
  return `${format === 'svg' ? 'map' : 'briefing'}-${id}.${format}`;
}

/** The whole document in memory; `image` is the href of the map for Markdown. */
export async function render(b: Briefing, format: Format, opts: { image: string }): Promise<Buffer> {
  switch (format) {
    case 'svg':
      return Buffer.from(chainMapSvg(b), 'utf8');
    case 'json':
      return Buffer.from(JSON.stringify(b), 'utf8');
    case 'md':
      return Buffer.from(briefingMarkdown(b, opts), 'utf8');
    case 'docx':
      return briefingDocx(b);
  }
}
