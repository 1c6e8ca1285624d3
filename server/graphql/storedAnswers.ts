/**
 * The response cache's answers as the bytes that were sent (server/graphql/responseCache.ts decides what is kept;
 * this keeps how it was written). A repeated request — same graph version, same caller, same body, same Accept —
 * is answered from these bytes by the app before graphql-yoga sees it: no Fetch API request and response objects,
 * no JSON serialisation of a 2–80 KB answer, no UTF-8 encoding, no SHA-256 through WebCrypto. Those were most of
 * the server's CPU under the throughput benchmark (docs/BENCHMARKS.md).
 */
import { createHash } from 'node:crypto';
import type http from 'node:http';

/** A 200 answer as written: only those are kept. */
export interface StoredAnswer {
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  expires: number;
}

/**
 * The key of a GraphQL POST's result: the body holds the document, the operation name and the variables; the
 * caller (session) and the graph's version are the response cache's. The response cache keeps the result under it.
 */
export function resultKey(version: string, session: string, body: Buffer): string {
  return createHash('sha256').update(`${version}\u0000${session}\u0000`).update(body).digest('hex');
}

/** The key of the bytes sent for a result: Accept picks the media type graphql-yoga answers with. */
export const bytesKey = (result: string, accept: string): string => `${result}\u0000${accept}`;

/** Least recently used answers, at most `maxEntries`, each for `ttlMs` from when it was kept. */
export class StoredAnswers {
  private readonly answers = new Map<string, StoredAnswer>();
  /** Result keys of answers being written now, and of those whose result the response cache has in hand (how
   * many of each): kept just now, or found kept. */
  private readonly writing = new Map<string, number>();
  private readonly kept = new Map<string, number>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(key: string): StoredAnswer | undefined {
    const hit = this.answers.get(key);
    if (!hit) return undefined;
    this.answers.delete(key);
    if (hit.expires <= this.now()) return undefined;
    this.answers.set(key, hit);
    return hit;
  }

  /** Called by the response cache when it keeps a result under `key`, or finds one kept. */
  markKept(key: string): void {
    if (this.writing.has(key)) this.kept.set(key, (this.kept.get(key) ?? 0) + 1);
  }

  /**
   * Runs `answer` (graphql-yoga writing to `res`) and, when the response cache has the result under `key` (kept
   * or found) and the answer was a 200, keeps the bytes and headers written under `bytes`.
   */
  async capture(key: string, bytes: string, res: http.ServerResponse, answer: () => unknown): Promise<void> {
    const chunks: Buffer[] = [];
    // Headers set before (security, CORS for this request's origin) are the app's, not the answer's.
    const before = new Set(res.getHeaderNames());
    this.writing.set(key, (this.writing.get(key) ?? 0) + 1);
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const keep = (chunk: unknown, encoding: unknown) => {
      if (typeof chunk === 'string')
        chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== 'function') keep(chunk, rest[0]);
      return (end as (...a: unknown[]) => http.ServerResponse)(chunk, ...rest);
    }) as typeof res.end;
    try {
      await answer();
    } finally {
      res.write = write;
      res.end = end;
      const left = (this.writing.get(key) ?? 1) - 1;
      if (left > 0) this.writing.set(key, left);
      else this.writing.delete(key);
      const kept = this.kept.get(key) ?? 0;
      if (kept > 1) this.kept.set(key, kept - 1);
      else this.kept.delete(key);
      if (kept > 0 && res.statusCode === 200 && res.writableEnded) {
        const headers = Object.fromEntries(
          Object.entries(res.getHeaders()).filter(([name]) => !before.has(name) && name !== 'content-length'),
        );
        this.put(bytes, {
          headers,
          body: Buffer.concat(chunks),
          expires: this.now() + this.ttlMs,
        });
      }
    }
  }

  /** Writes a stored answer (the app has already set the security and CORS headers, which are not stored). */
  static send(res: http.ServerResponse, answer: StoredAnswer): void {
    for (const [name, value] of Object.entries(answer.headers))
      if (value !== undefined) res.setHeader(name, value);
    res.setHeader('content-length', answer.body.length);
    res.writeHead(200);
    res.end(answer.body);
  }

  get size(): number {
    return this.answers.size;
  }

  private put(key: string, answer: StoredAnswer): void {
    this.answers.delete(key);
    this.answers.set(key, answer);
    while (this.answers.size > this.maxEntries) {
      const oldest = this.answers.keys().next().value;
      if (oldest === undefined) break;
      this.answers.delete(oldest);
    }
  }
}
