import { existsSync } from 'node:fs';
import http from 'node:http';
import sirv from 'sirv';
import { BRIEFINGS_PREFIX, briefingHandler } from './briefing/http.ts';
import { readConfig } from './config.ts';
import type { Db } from './db/neo4j.ts';
import { buildYoga } from './graphql/yoga.ts';
import { requireRole } from './http/editor.ts';
import { IMPORTS_PREFIX, importsHandler } from './imports/http.ts';
import { log } from './log.ts';
import { clientDist } from './paths.ts';
import { TABLES_PREFIX, tablesHandler } from './tables/http.ts';

export interface AppOptions {
  production: boolean;
  /** Serve the built explorer from dist/client (skipped when it has not been built). */
  serveClient?: boolean;
  /** READ_REQUIRES_TOKEN: the REST endpoints (briefings, tables, plan extraction) need a viewer token too. */
  readRequiresToken?: boolean;
}

/** One HTTP port: /healthz, /graphql, /briefings/ and the built explorer (with SPA fallback to index.html). */
export function createApp(db: Db, opts: AppOptions): http.Server {
  const readRequiresToken = opts.readRequiresToken ?? readConfig().readRequiresToken;
  const yoga = buildYoga(db, { production: opts.production, settings: { readRequiresToken } });
  const briefings = briefingHandler(yoga);
  const imports = importsHandler(db);

  const tables = tablesHandler(db);
  const assets =
    opts.serveClient !== false && existsSync(clientDist)
      ? sirv(clientDist, { single: true, dev: false, etag: true, gzip: false })
      : undefined;

  return http.createServer((req, res) => {
    const started = performance.now();
    res.on('finish', () => {
      log.info('request', {
        method: req.method,
        path: req.url,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    });
    const url = req.url ?? '/';
    if (url === '/healthz' || url.startsWith('/healthz?')) {
      void db.ping().then((up) => {
        res.writeHead(up ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify(up ? { status: 'ok', neo4j: 'up' } : { status: 'degraded', neo4j: 'down' }));
      });
      return;
    }
    if (url.startsWith('/graphql')) {
      void yoga(req, res);
      return;
    }
    const rest = url.startsWith(TABLES_PREFIX) || url.startsWith(IMPORTS_PREFIX);
    if (rest) {
      void (async () => {
        if (readRequiresToken && !(await requireRole(db, req, res, 'viewer'))) return;
        await (url.startsWith(TABLES_PREFIX) ? tables(req, res) : imports(req, res));
      })();
      return;
    }
    if (url.startsWith(BRIEFINGS_PREFIX)) {
      void briefings(req, res);
      return;
    }
    if (assets) {
      assets(req, res, () => {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The explorer has not been built: run `npm run build`.');
  });
}
