import type http from 'node:http';
import { DatabaseUnavailableError, type Db } from '../db/neo4j.ts';
import { requireEditor } from '../http/editor.ts';
import { readBody, sendError, sendJson } from '../http/toolkit.ts';
import { JobFailure, sendFailure, uploadTooLarge } from '../jobs/failure.ts';
import { runJob } from '../jobs/pool.ts';
import { LIMITS } from '../limits.ts';
import { log } from '../log.ts';
import { commitImport, ImportInputError } from './commit.ts';
import { GraphLexiconCache, graphLexiconSource } from './graphLexicon.ts';
import { WithdrawError, withdrawImport } from './withdraw.ts';

export const IMPORTS_PREFIX = '/imports/';

/**
 * POST /imports/extract?name=<file name>  body: the file → { title, text, chains, rejected, zones, … }
 * POST /imports/commit                    body: reviewed chains (JSON) → the import report
 * POST /imports/withdraw                  body: {document, dryRun} → the withdrawal report (docs/IMPORTS.md)
 * Nothing is written by /extract; /commit writes in one transaction. The file is read and the plan extracted in a
 * job worker (server/jobs/), under the limits of server/limits.ts, with the graph's products as the extraction's
 * product lexicon (graphLexicon.ts: read once per graph version, none on an empty graph).
 */
export function importsHandler(db: Db, lexicons = new GraphLexiconCache(graphLexiconSource(db))) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (req.method !== 'POST') return sendError(res, 405, 'METHOD', 'Use POST.');
    try {
      if (url.pathname === `${IMPORTS_PREFIX}extract`) {
        const name = url.searchParams.get('name') ?? 'document.txt';
        const bytes = await readBody(req, res, LIMITS.UPLOAD_BYTES, uploadTooLarge);
        if (!bytes) return;
        // Spans point into the text with line breaks removed (`normalised`); `text` is kept for the commit's line numbers.
        const lexicon = await lexicons.current();
        return sendJson(
          res,
          200,
          await runJob({ kind: 'extract', bytes: new Uint8Array(bytes), name, lexicon }),
        );
      }
      if (url.pathname === `${IMPORTS_PREFIX}commit`) {
        const editor = await requireEditor(db, req, res);
        if (!editor) return;
        const raw = await readBody(req, res, LIMITS.UPLOAD_BYTES * 2);
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
      if (url.pathname === `${IMPORTS_PREFIX}withdraw`) {
        const editor = await requireEditor(db, req, res);
        if (!editor) return;
        const raw = await readBody(req, res, 4096);
        if (!raw) return;
        let input: { document?: unknown; dryRun?: unknown };
        try {
          input = JSON.parse(raw.toString('utf8')) ?? {};
        } catch {
          return sendError(res, 400, 'BAD_JSON', 'The body is not JSON.');
        }
        if (typeof input.document !== 'string' || input.document === '')
          return sendError(res, 400, 'BAD_USER_INPUT', 'document: the id of the imported plan to withdraw', {
            field: 'document',
          });
        const report = await withdrawImport(db, input.document, editor, { dryRun: input.dryRun === true });
        return sendJson(res, 200, report);
      }
      return sendError(res, 404, 'NOT_FOUND', `No such import endpoint: ${url.pathname}`);
    } catch (err) {
      if (err instanceof WithdrawError)
        return sendError(res, err.status, err.status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT', err.message, {
          field: 'document',
        });
      if (err instanceof JobFailure) return sendFailure(res, err);
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
