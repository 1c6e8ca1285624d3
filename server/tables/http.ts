import type http from 'node:http';
import { DatabaseUnavailableError, type Db, isOverMemoryLimit } from '../db/neo4j.ts';
import { readChains } from '../db/reads.ts';
import { toChain } from '../domain/chain.ts';
import { requireEditor } from '../http/editor.ts';
import { readBody, sendDownload, sendError, sendJson } from '../http/toolkit.ts';
import { JobFailure, sendFailure, uploadTooLarge } from '../jobs/failure.ts';
import { LIMITS } from '../limits.ts';
import { log } from '../log.ts';
import {
  type Cell,
  chainGraphml,
  chainJson,
  ENTERPRISE_HEADERS,
  PROJECT_HEADERS,
  readEnterpriseRows,
  toCsv,
  toXlsx,
} from './export.ts';
import { importTable, type Kind } from './import.ts';
import { importLeads } from './leadImport.ts';
import { LEAD_HEADERS, readLeadRows } from './leadRows.ts';
import { TableError } from './read.ts';
import { MAX_TABLE_ROWS, TableLimitError } from './rows.ts';

export const TABLES_PREFIX = '/tables/';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
} as const;

async function table(
  format: string,
  sheet: string,
  headers: readonly string[],
  rows: Cell[][],
  name: string,
) {
  if (format === 'csv') return { body: toCsv(headers, rows), type: TYPES.csv, name: `${name}.csv` };
  return { body: await toXlsx(sheet, headers, rows), type: TYPES.xlsx, name: `${name}.xlsx` };
}

/**
 * Excel in and out:
 *   GET  /tables/templates/{enterprises|projects}.{xlsx|csv}     empty templates with Chinese headers
 *   POST /tables/{enterprises|projects}?file=<name>[&dryRun=1]  import (editor token; all or nothing)
 *   GET  /tables/export/{enterprises|projects}.{xlsx|csv}[?zone=<id>]
 *   GET  /tables/export/chains/<id>.{json|graphml}[?zone=<id>]
 *   GET  /tables/templates/leads.{xlsx|csv}, GET /tables/export/leads.{xlsx|csv}[?zone=<id>], POST /tables/leads
 *        the officers' weekly report of leads (招商线索), the same way
 */
export function tablesHandler(db: Db) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = decodeURIComponent(url.pathname.slice(TABLES_PREFIX.length));
    const zone = url.searchParams.get('zone') || null;
    try {
      let m = /^(templates|export)\/leads\.(xlsx|csv)$/.exec(path);
      if (m && req.method === 'GET') {
        const rows = m[1] === 'export' ? await readLeadRows(db, zone) : [];
        const t = await table(
          m[2] ?? 'xlsx',
          'leads',
          LEAD_HEADERS,
          rows,
          m[1] === 'export' ? '招商线索周报' : '招商线索模板',
        );
        return sendDownload(res, t.body, t);
      }
      m = /^templates\/(enterprises|projects)\.(xlsx|csv)$/.exec(path);
      if (m && req.method === 'GET') {
        const kind = m[1] as Kind;
        const t = await table(
          m[2] ?? 'xlsx',
          kind,
          kind === 'enterprises' ? ENTERPRISE_HEADERS : PROJECT_HEADERS,
          [],
          kind === 'enterprises' ? '企业导入模板' : '项目导入模板',
        );
        return sendDownload(res, t.body, t);
      }
      m = /^(enterprises|projects|leads)$/.exec(path);
      if (m && req.method === 'POST') {
        const editor = await requireEditor(db, req, res);
        if (!editor) return;
        const file = url.searchParams.get('file') ?? 'upload.csv';
        const dryRun = url.searchParams.get('dryRun') === '1' || url.searchParams.get('dryRun') === 'true';
        const bytes = await readBody(req, res, LIMITS.UPLOAD_BYTES, uploadTooLarge);
        if (!bytes) return;
        const opts = { dryRun, actor: editor };
        const report =
          m[1] === 'leads'
            ? await importLeads(db, new Uint8Array(bytes), file, opts)
            : await importTable(db, m[1] as Kind, new Uint8Array(bytes), file, opts);
        return sendJson(res, report.rejected.length > 0 ? 422 : 200, report);
      }
      m = /^export\/(enterprises|projects)\.(xlsx|csv)$/.exec(path);
      if (m && req.method === 'GET') {
        const kind = m[1] as Kind;
        let rows: Cell[][];
        if (kind === 'enterprises') {
          rows = await readEnterpriseRows(db, zone);
        } else {
          const r = await db.read<{
            name: string;
            enterprise: string | null;
            zone: string | null;
            link: string | null;
            capacityValues: number[] | null;
            capacityUnits: string[] | null;
            investment: number | null;
            status: string | null;
          }>('tables/export-projects', { zone });
          rows = r.map((p) => [
            p.name,
            p.enterprise,
            p.zone,
            p.link,
            p.capacityValues?.[0] ?? null,
            p.capacityUnits?.[0] ?? null,
            p.investment,
            p.status,
          ]);
        }
        const t = await table(
          m[2] ?? 'xlsx',
          kind,
          kind === 'enterprises' ? ENTERPRISE_HEADERS : PROJECT_HEADERS,
          rows,
          kind === 'enterprises' ? '企业名录' : '项目清单',
        );
        return sendDownload(res, t.body, t);
      }
      m = /^export\/chains\/([^/]+)\.(json|graphml)$/.exec(path);
      if (m && req.method === 'GET') {
        const [row] = await readChains(db, { ids: [m[1] as string], industries: null, zone });
        if (!row) return sendError(res, 404, 'NOT_FOUND', `Chain "${m[1]}" not found`);
        if (zone && !row.scopeZone) return sendError(res, 404, 'NOT_FOUND', `Zone "${zone}" not found`);
        const chain = toChain(row);
        return m[2] === 'json'
          ? sendDownload(res, chainJson(chain), { type: TYPES.json, name: `${chain.name}.json` })
          : sendDownload(res, chainGraphml(chain), { type: TYPES.graphml, name: `${chain.name}.graphml` });
      }
      return sendError(res, 404, 'NOT_FOUND', `No such table endpoint: ${req.method} ${url.pathname}`);
    } catch (err) {
      if (err instanceof JobFailure) return sendFailure(res, err);
      if (err instanceof TableError) return sendError(res, 400, 'BAD_FILE', err.message);
      if (err instanceof TableLimitError)
        return sendError(res, 413, 'TOO_MANY_ROWS', err.message, { limit: MAX_TABLE_ROWS });
      if (isOverMemoryLimit(err))
        return sendError(
          res,
          413,
          'TOO_LARGE_FOR_DATABASE',
          'The import needs more memory than the database allows one transaction (db.memory.transaction.max). ' +
            'Split the file into smaller parts. Nothing was written.',
        );
      if (err instanceof DatabaseUnavailableError)
        return sendError(
          res,
          503,
          'SERVICE_UNAVAILABLE',
          'The graph database is unavailable; nothing was written.',
        );
      log.error('table endpoint failed', { path, error: String(err) });
      return sendError(res, 500, 'INTERNAL', 'The request failed; nothing was written.');
    }
  };
}
