/**
 * The text of a Word .docx: word/document.xml read through the capped unzip (zip.ts) and scanned once, left to
 * right, tag by tag — linear in the XML whatever it holds (96,000 unclosed `<w:p>`, a million `<`, deep nesting).
 * No regular expression runs over the document.
 */
import { LimitError } from '../limits.ts';
import { InputError } from './inputError.ts';
import { readZip } from './zip.ts';

const ENTITY = /&(lt|gt|quot|apos|amp|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** XML character and entity references; an out-of-range code point is left as written. */
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, ref: string) => {
    const named = NAMED[ref];
    if (named) return named;
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The name of a tag's body (`w:t xml:space="preserve"` → `w:t`, `/w:p` → `/w:p`, `w:br/` → `w:br`). */
function tagName(xml: string, from: number, to: number): string {
  let end = from;
  while (end < to) {
    const c = xml.charCodeAt(end);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f /* / */) {
      if (end === from && c === 0x2f) {
        end++;
        continue;
      }
      break;
    }
    end++;
  }
  return xml.slice(from, end);
}

/**
 * The paragraphs of word/document.xml, one per line: the text of `<w:t>` runs, `<w:tab/>`, `<w:br/>` and
 * `<w:cr/>` as spaces. A paragraph nested in another (a text box) is a line of its own, and the outer one's text
 * before and after it are lines too; an unclosed paragraph ends at the next `<w:p>` or at the end of the document,
 * so no text is lost.
 */
export function documentXmlText(xml: string): string {
  const paragraphs: string[] = [];
  // Paragraphs open (a text box's paragraphs sit inside another's); the text of the innermost one.
  let depth = 0;
  let current = '';
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) break;
    i = gt + 1;
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    const name = tagName(xml, lt + 1, gt);
    if (name === 'w:p' && selfClosing) {
      if (depth === 0) paragraphs.push('');
    } else if (name === 'w:p') {
      if (depth > 0) paragraphs.push(current);
      depth++;
      current = '';
    } else if (name === '/w:p' && depth > 0) {
      paragraphs.push(current);
      depth--;
      current = '';
    } else if (name === 'w:t' && !selfClosing) {
      const next = xml.indexOf('<', i);
      const end = next < 0 ? xml.length : next;
      if (depth > 0) current += unescapeXml(xml.slice(i, end));
      i = end;
    } else if ((name === 'w:tab' || name === 'w:br' || name === 'w:cr') && depth > 0) current += ' ';
  }
  if (depth > 0) paragraphs.push(current);
  return paragraphs.join('\n');
}

/** The paragraphs of a .docx, one per line; InputError when it is not a readable .docx, LimitError over a limit. */
export function docxText(bytes: Uint8Array): string {
  let xml: Uint8Array | undefined;
  try {
    xml = readZip(bytes, (name) => name === 'word/document.xml').get('word/document.xml');
  } catch (e) {
    if (e instanceof LimitError) throw e;
    throw new InputError('UNSUPPORTED', `The .docx file could not be unzipped: ${(e as Error).message}.`);
  }
  if (!xml) throw new InputError('UNSUPPORTED', 'The zip file is not a Word .docx (no word/document.xml).');
  return documentXmlText(new TextDecoder().decode(xml));
}
