import type http from 'node:http';
import { normaliseSource } from '../../seed/text.ts';
import { DatabaseUnavailableError, type Db } from '../db/neo4j.ts';
import { extract } from '../extract/index.ts';
import { InputError, MAX_BYTES, readInput } from '../extract/input.ts';
import { requireEditor } from '../http/editor.ts';
import { log } from '../log.ts';
import { commitImport, ImportInputError } from './commit.ts';

export const IMPORTS_PREFIX = '/imports/';

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Reads a request body, refusing more than `limit` bytes (the rest is not read). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new InputError('TOO_LARGE', `The file is larger than ${Math.round(limit / 1048576)} MB.`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * POST /imports/extract?name=<file name>  body: the file → { title, text, chains, rejected, zones, … }
 * POST /imports/commit                    body: reviewed chains (JSON) → the import report
 * Nothing is written by /extract; /commit writes in one transaction.
 */
export function importsHandler(db: Db) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (req.method !== 'POST') return send(res, 405, { code: 'METHOD', error: 'Use POST.' });
    try {
      if (url.pathname === `${IMPORTS_PREFIX}extract`) {
        const name = url.searchParams.get('name') ?? 'document.txt';
        const bytes = await readBody(req, MAX_BYTES);
        const { text, format } = await readInput(new Uint8Array(bytes), name);
        const title = name.replace(/\.[^.]+$/, '');
        // Spans point into the text with line breaks removed (`normalised`); `text` is kept for the commit's line numbers.
        return send(res, 200, { title, format, text, normalised: normaliseSource(text), ...extract(text) });
      }
      if (url.pathname === `${IMPORTS_PREFIX}commit`) {
        if (!(await requireEditor(db, req, res))) return;
        const raw = await readBody(req, MAX_BYTES * 2);
        let input: unknown;
        try {
          input = JSON.parse(raw.toString('utf8'));
        } catch {
          return send(res, 400, { code: 'BAD_JSON', error: 'The body is not JSON.' });
        }
        const report = await commitImport(
          db.driver,
          input as Parameters<typeof commitImport>[1],
          db.database,
        ).finally(() => db.noteWrite());
        return send(res, 200, report);
      }
      return send(res, 404, { code: 'NOT_FOUND', error: `No such import endpoint: ${url.pathname}` });
    } catch (err) {
      if (err instanceof InputError)
        return send(res, err.code === 'TOO_LARGE' ? 413 : 400, { code: err.code, error: err.message });
      if (err instanceof ImportInputError)
        return send(res, 400, { code: 'BAD_USER_INPUT', field: err.field, error: err.message });
      if (
        err instanceof DatabaseUnavailableError ||
        (err as { code?: string }).code === 'ServiceUnavailable'
      ) {
        return send(res, 503, {
          code: 'SERVICE_UNAVAILABLE',
          error: 'The graph database is unavailable; nothing was written.',
        });
      }
      log.error('import failed', { error: String(err) });
      return send(res, 500, { code: 'INTERNAL', error: 'The import failed; nothing was written.' });
    }
  };
}
