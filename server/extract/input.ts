/**
 * A user's file → plain text for extract(): UTF-8 or GB18030/GBK text, Word .docx, PDF with a text layer.
 * Bad input throws InputError with a stable `code` and a message that says which problem and why; input over one
 * of server/limits.ts throws LimitError (bytes, decompressed bytes, zip entries, PDF pages, characters).
 */
import type { InputFormat } from '../../vocab/imports.ts';
import { checkLimit, shown } from '../limits.ts';
import { docxText } from './docx.ts';
import { InputError } from './inputError.ts';
import { pdfText } from './pdf.ts';

export { InputError, type InputErrorCode } from './inputError.ts';

export interface Decoded {
  text: string;
  format: InputFormat;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK..

const capped = (text: string) => {
  checkLimit('TEXT_CHARS', text.length, `The text has ${text.length.toLocaleString('en')} characters`);
  return text;
};

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

/** Decodes a file's bytes; `name` (the file name) is used for the legacy Office format check. */
export async function readInput(bytes: Uint8Array, name = 'input'): Promise<Decoded> {
  checkLimit('UPLOAD_BYTES', bytes.length, `The file has ${shown('UPLOAD_BYTES', bytes.length)}`);
  if (bytes.length === 0 || (bytes.length <= 3 && startsWith(bytes, [0xef, 0xbb, 0xbf])))
    throw new InputError('EMPTY', 'The file is empty.');
  if (startsWith(bytes, PDF)) return { text: capped(await pdfText(bytes)), format: 'pdf' };
  if (startsWith(bytes, ZIP))
    return { text: ensureText(capped(docxText(bytes)), 'The .docx file'), format: 'docx' };
  if (/\.(doc|xls|xlsx|ppt|pptx|wps)$/i.test(name))
    throw new InputError('UNSUPPORTED', `Only plain text, .docx and PDF are supported.`);
  const decoded = decodeText(bytes);
  ensureText(capped(decoded.text), 'The file');
  return decoded;
}
