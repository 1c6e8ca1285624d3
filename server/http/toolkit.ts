/**
 * The plain-HTTP toolkit every handler uses (/graphql's body, /imports, /tables, /briefings, /healthz): JSON
 * answers, the one error envelope, request bodies with a byte limit, and downloads with safe file names.
 */
import type http from 'node:http';

export const JSON_TYPE = 'application/json; charset=utf-8';
/** Past this, an oversized body is no longer read to the end (so that the client sees the 413): the socket is cut. */
export const MAX_DISCARD = 64 * 1024 * 1024;

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, { 'content-type': JSON_TYPE, ...headers });
  res.end(JSON.stringify(body));
}

/** The REST endpoints' error envelope: a stable code, a sentence for people, and details where there are any. */
export const errorBody = (code: string, message: string, details: Record<string, unknown> = {}) => ({
  code,
  error: message,
  ...details,
});

export function sendError(
  res: http.ServerResponse,
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  sendJson(res, status, errorBody(code, message, details));
}

/** What an uploaded file over `limit` bytes is answered with (413). */
export const fileTooLarge = (limit: number) =>
  errorBody('TOO_LARGE', `The file is larger than ${Math.round(limit / 1048576)} MB.`);

/**
 * Reads a request body of at most `limit` bytes. Over the limit — declared in content-length or found while
 * reading — it keeps nothing of the body, reads and drops the rest, and only then answers 413 with `tooLarge`
 * (connection: close): answering while the client is still sending made the server close a socket that data was
 * still arriving on, and the client saw a reset instead of the 413 (chaos `abuse`, 30 MB bodies). A body declared or
 * found larger than MAX_DISCARD is answered at once and its socket cut. Resolves undefined after a refusal. Also
 * undefined when the request fails mid-way (the client is gone). Otherwise resolves to the whole body.
 */
export function readBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit: number,
  tooLarge: unknown = fileTooLarge(limit),
): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    let answered = false;
    const answer = () => {
      if (answered) return;
      answered = true;
      sendJson(res, 413, tooLarge, { connection: 'close' });
      resolve(undefined);
    };
    const cut = () => {
      answer();
      res.once('finish', () => req.destroy());
    };
    const refuse = () => {
      refused = true;
      chunks.length = 0;
    };
    if (declared > limit) refuse();
    if (declared > MAX_DISCARD) cut();
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (refused) {
        if (size > MAX_DISCARD) cut();
        return;
      }
      if (size > limit) return refuse();
      chunks.push(c);
    });
    req.on('error', () => resolve(undefined));
    req.on('end', () => {
      if (refused) answer();
      else resolve(Buffer.concat(chunks));
    });
  });
}

/** A file name safe in a header and on any disk: no path separators, control or reserved characters. */
export function safeFileName(name: string, fallback = 'download'): string {
  const cleaned = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
    .replace(/[\u0000-\u001f\u007f"*/:<>?\\|]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || fallback;
}

/** The name for clients that ignore filename*: itself when it is plain ASCII, else `download` + its extension. */
export function asciiFileName(name: string): string {
  const safe = safeFileName(name);
  if (/^[ -~]+$/.test(safe)) return safe;
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(safe)?.[0] ?? '';
  return `download${ext}`;
}

/** `content-disposition` with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987 filename*). */
export function contentDisposition(
  kind: 'inline' | 'attachment',
  name: string,
  ascii: string = asciiFileName(name),
): string {
  const encoded = encodeURIComponent(safeFileName(name)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${asciiFileName(ascii)}"; filename*=UTF-8''${encoded}`;
}

export interface Download {
  type: string;
  /** The file's name (any characters; made safe here). */
  name: string;
  /** The ASCII fallback name when the caller has a better one than asciiFileName(name). */
  ascii?: string;
  /** Shown in the browser rather than saved (SVG, JSON). */
  inline?: boolean;
  /** A HEAD request: the headers only. */
  head?: boolean;
}

/** Answers 200 with a file: its type, length and name, never cached. */
export function sendDownload(res: http.ServerResponse, body: Buffer | string, file: Download): void {
  res.writeHead(200, {
    'content-type': file.type,
    'content-length': Buffer.byteLength(body),
    'content-disposition': contentDisposition(file.inline ? 'inline' : 'attachment', file.name, file.ascii),
    'cache-control': 'no-store',
  });
  res.end(file.head ? undefined : body);
}
