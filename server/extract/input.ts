/**
 * A user's file → plain text for extract(): UTF-8 or GB18030/GBK text, Word .docx, PDF with a text layer.
 * Bad input throws InputError with a stable `code` and a message that says which problem and why.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { InputFormat } from '../../vocab/imports.ts';

export type InputErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'ENCRYPTED_PDF'
  | 'NO_TEXT_LAYER'
  | 'TOO_LARGE'
  | 'UNSUPPORTED';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export const MAX_BYTES = 20 * 1024 * 1024;

export interface Decoded {
  text: string;
  format: InputFormat;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK..

function ensureText(text: string, what: string): string {
  if (text.trim() === '') throw new InputError('EMPTY', `${what} contains no text.`);
  return text;
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array): Decoded {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  const body = bytes.subarray(start);
  if (body.includes(0))
    throw new InputError('BINARY', 'The file is binary (it contains NUL bytes), not text.');
  let decoded: Decoded;
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(body), format: 'utf-8' };
  } catch {
    decoded = { text: new TextDecoder('gb18030').decode(body), format: 'gb18030' };
  }
  // Control characters, undecodable bytes and private-use code points (where GB18030 puts unassigned codes).
  let odd = 0;
  for (const ch of decoded.text) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && !'\t\n\r\f\v'.includes(ch)) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) odd++;
  }
  if (odd > Math.max(3, decoded.text.length / 100))
    throw new InputError('BINARY', 'The file is binary: it is neither UTF-8 nor GB18030/GBK text.');
  return decoded;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** The paragraphs of word/document.xml, one per line (tabs and breaks inside a paragraph become spaces). */
export function docxText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  } catch (e) {
    throw new InputError('UNSUPPORTED', `The .docx file could not be unzipped: ${(e as Error).message}.`);
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new InputError('UNSUPPORTED', 'The zip file is not a Word .docx (no word/document.xml).');
  const paragraphs = [...strFromU8(xml).matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\/>/g)]
      .map((r) => (r[1] !== undefined ? unescapeXml(r[1]) : ' '))
      .join(''),
  );
  return ensureText(paragraphs.join('\n'), 'The .docx file');
}

/** The text layer of a PDF, one line per text line (pdfjs `hasEOL`). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    if ((e as Error).name === 'PasswordException')
      throw new InputError(
        'ENCRYPTED_PDF',
        'The PDF is password-protected; export it without a password first.',
      );
    throw new InputError('UNSUPPORTED', `The PDF could not be read: ${(e as Error).message}.`);
  }
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
  }
  await doc.destroy();
  if (text.trim() === '')
    throw new InputError(
      'NO_TEXT_LAYER',
      'The PDF has no text layer (scanned images?); run OCR on it first.',
    );
  return text;
}

/** Decodes a file's bytes; `name` (the file name) is used for the legacy Office format check. */
export async function readInput(bytes: Uint8Array, name = 'input'): Promise<Decoded> {
  if (bytes.length > MAX_BYTES)
    throw new InputError(
      'TOO_LARGE',
      `The file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 20 MB.`,
    );
  if (bytes.length === 0 || (bytes.length <= 3 && startsWith(bytes, [0xef, 0xbb, 0xbf])))
    throw new InputError('EMPTY', 'The file is empty.');
  if (startsWith(bytes, PDF)) return { text: await pdfText(bytes), format: 'pdf' };
  if (startsWith(bytes, ZIP)) return { text: docxText(bytes), format: 'docx' };
  if (/\.(doc|xls|xlsx|ppt|pptx|wps)$/i.test(name))
    throw new InputError('UNSUPPORTED', `Only plain text, .docx and PDF are supported.`);
  const decoded = decodeText(bytes);
  ensureText(decoded.text, 'The file');
  return decoded;
}
