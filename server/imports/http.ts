import type http from 'node:http';
import { normaliseSource } from '../../seed/text.ts';
import { DatabaseUnavailableError, type Db } from '../db/neo4j.ts';
import { extract } from '../extract/index.ts';
import { InputError, MAX_BYTES, readInput } from '../extract/input.ts';
import { requireEditor } from '../http/editor.ts';
import { readBody, sendError, sendJson } from '../http/toolkit.ts';
import { log } from '../log.ts';
import { commitImport, ImportInputError } from './commit.ts';

export const IMPORTS_PREFIX = '/imports/';

/**
 * POST /imports/extract?name=<file name>  body: the file → { title, text, chains, rejected, zones, … }
 * POST /imports/commit                    body: reviewed chains (JSON) → the import report
 * Nothing is written by /extract; /commit writes in one transaction.
 */
export function importsHandler(db: Db) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (req.method !== 'POST') return sendError(res, 405, 'METHOD', 'Use POST.');
    try {
      if (url.pathname === `${IMPORTS_PREFIX}extract`) {
        const name = url.searchParams.get('name') ?? 'document.txt';
        const bytes = await readBody(req, res, MAX_BYTES);
        if (!bytes) return;
        const { text, format } = await readInput(new Uint8Array(bytes), name);
        const title = name.replace(/\.[^.]+$/, '');
        // Spans point into the text with line breaks removed (`normalised`); `text` is kept for the commit's line numbers.
        return sendJson(res, 200, {
          title,
          format,
          text,
          normalised: normaliseSource(text),
          ...extract(text),
        });
      }
      if (url.pathname === `${IMPORTS_PREFIX}commit`) {
        const editor = await requireEditor(db, req, res);
        if (!editor) return;
        const raw = await readBody(req, res, MAX_BYTES * 2);
        if (!raw) return;
        let input: unknown;
        try {
          input = JSON.parse(raw.toString('utf8'));
        } catch {
          return sendError(res, 400, 'BAD_JSON', 'The body is not JSON.');
        }
        const report = await commitImport(db, input as Parameters<typeof commitImport>[1], editor);
        return sendJson(res, 200, report);
      }
      return sendError(res, 404, 'NOT_FOUND', `No such import endpoint: ${url.pathname}`);
    } catch (err) {
      if (err instanceof InputError)
        return sendError(res, err.code === 'TOO_LARGE' ? 413 : 400, err.code, err.message);
      if (err instanceof ImportInputError)
        return sendError(res, 400, 'BAD_USER_INPUT', err.message, { field: err.field });
      if (
        err instanceof DatabaseUnavailableError ||
        (err as { code?: string }).code === 'ServiceUnavailable'
      ) {
        return sendError(
          res,
          503,
          'SERVICE_UNAVAILABLE',
          'The graph database is unavailable; nothing was written.',
        );
      }
      log.error('import failed', { error: String(err) });
      return sendError(res, 500, 'INTERNAL', 'The import failed; nothing was written.');
    }
  };
}
