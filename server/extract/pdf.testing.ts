/**
 * Builds tiny PDFs by hand for the input tests: one page whose text uses a Type0 font with Identity-H encoding
 * (character code = UTF-16 unit) and a ToUnicode map, so pdfjs can read Chinese without font files.
 */
const enc = new TextEncoder();

function toUnicodeCMap(text: string): string {
  const highs = [...new Set([...text].map((c) => (c.charCodeAt(0) >> 8).toString(16).padStart(2, '0')))];
  const ranges = highs.map((h) => `<${h}00> <${h}ff> <${h}00>`);
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /U def /CMapType 2 def',
    '1 begincodespacerange <0000> <ffff> endcodespacerange',
    `${ranges.length} beginbfrange`,
    ...ranges,
    'endbfrange endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

const stream = (body: string) => `<< /Length ${enc.encode(body).length} >>\nstream\n${body}\nendstream`;

export interface PdfOptions {
  /** Lines of text; none makes a page with no text layer (like a scanned page). */
  lines?: string[];
  /** Adds a standard-security /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
}

export function buildPdf({ lines = [], encrypted = false }: PdfOptions): Uint8Array {
  const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = lines.length
    ? `BT /F1 12 Tf 14 TL 10 180 Td ${lines.map((l) => `<${hex(l)}> Tj T*`).join(' ')} ET`
    : '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /CIDToGIDMap /Identity /DW 1000 >>',
    stream(toUnicodeCMap(lines.join(''))),
    '<< /Type /FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80 >>',
  ];
  if (encrypted)
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`);
  const extra = encrypted
    ? ` /Encrypt ${objects.length} 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`
    : '';
  return pdfOf(objects, extra);
}

/** A PDF of the given objects (object n is objects[n - 1]; object 1 the catalog) with a correct xref table. */
export function pdfOf(objects: string[], trailerExtra = ''): Uint8Array {
  const parts: string[] = ['%PDF-1.4\n'];
  let at = enc.encode(parts[0]).length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const obj = `${i + 1} 0 obj\n${body}\nendobj\n`;
    offsets.push(at);
    parts.push(obj);
    at += enc.encode(obj).length;
  });
  parts.push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const o of offsets) parts.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  parts.push(
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${at}\n%%EOF\n`,
  );
  return enc.encode(parts.join(''));
}

/** A valid PDF of `pages` empty pages (20,000 make ~1.5 MB). */
export function manyPagesPdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'),
  ]);
}

/** A PDF whose page tree is a cycle: the root's only kid is a Pages node whose only kid is the root. */
export function cyclicPdf(): Uint8Array {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
  ]);
}
