/**
 * The text layer of a PDF (pdfjs), with the page count checked before any page is read and the text capped while
 * it is read. A PDF pdfjs cannot walk (a cyclic page tree, a broken object) is an InputError, never a crash.
 */
import { checkLimit, LimitError } from '../limits.ts';
import { InputError } from './inputError.ts';

type PdfDoc = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs')['getDocument']>['promise']>;

/**
 * The largest `/Count` written in the file: a page-tree node counts the pages under it, so one over the limit
 * means the PDF is over it, known in one linear scan before pdfjs parses 20,000 page objects. (Counts inside
 * compressed object streams are not seen here; pdfjs's own page count is checked after it opens the file.)
 */
export function declaredPages(bytes: Uint8Array): number {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  let most = 0;
  for (const m of latin1.matchAll(/\/Count\s+(\d{1,12})/g)) most = Math.max(most, Number(m[1]));
  return most;
}

async function open(bytes: Uint8Array): Promise<PdfDoc> {
  const declared = declaredPages(bytes);
  checkLimit('PDF_PAGES', declared, `The PDF has ${declared.toLocaleString('en')} pages`);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    return await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    if ((e as Error).name === 'PasswordException')
      throw new InputError(
        'ENCRYPTED_PDF',
        'The PDF is password-protected; export it without a password first.',
      );
    throw new InputError('UNSUPPORTED', `The PDF could not be read: ${(e as Error).message}.`);
  }
}

/** The pages' text, one line per text line (pdfjs `hasEOL`), a blank line after each page. */
async function pagesText(doc: PdfDoc): Promise<string> {
  checkLimit('PDF_PAGES', doc.numPages, `The PDF has ${doc.numPages.toLocaleString('en')} pages`);
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
    checkLimit(
      'TEXT_CHARS',
      text.length,
      `The PDF's text runs past ${text.length.toLocaleString('en')} characters`,
    );
  }
  return text;
}

/** The text layer of a PDF; InputError when there is none or it cannot be read, LimitError over a limit. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await open(bytes);
  let text: string;
  try {
    text = await pagesText(doc);
  } catch (e) {
    if (e instanceof LimitError) throw e;
    throw new InputError('UNSUPPORTED', `The PDF's pages could not be read: ${(e as Error).message}.`);
  } finally {
    await doc.destroy();
  }
  if (text.trim() === '')
    throw new InputError(
      'NO_TEXT_LAYER',
      'The PDF has no text layer (scanned images?); run OCR on it first.',
    );
  return text;
}
