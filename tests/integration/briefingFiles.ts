import { unzipSync } from 'fflate';

/** Decodes the XML entities Word writes. */
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const runsText = (xml: string) =>
  unescapeXml([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** The parts of a .docx: its files, the paragraphs (text and style) and the rows of every table. */
export function readDocx(buf: Uint8Array) {
  const files = unzipSync(buf);
  const documentXml = new TextDecoder().decode(files['word/document.xml']);
  const body = documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null,
    text: runsText(m[0]),
  }));
  const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => ({
      header: /<w:tblHeader(?![^>]*w:val="(?:off|false|0)")/.test(r[0]),
      cells: [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => runsText(c[0])),
    })),
  );
  return { files, documentXml, paragraphs, tables };
}

/** The link-table rows and the numbered sources of a Markdown briefing. */
export function readMarkdown(md: string) {
  const rows = md
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| 环节序') && !l.startsWith('| --- |'))
    .map((l) =>
      l
        .slice(2, -2)
        .split(/ (?<!\\)\| /)
        .map((c) => c.replace(/\\\|/g, '|').replace(/\\\\/g, '\\')),
    );
  const sources = [...md.matchAll(/^\[(\d+)\] (.*)$/gm)].map((m) => `[${m[1]}] ${m[2]}`);
  return { rows, sources };
}
