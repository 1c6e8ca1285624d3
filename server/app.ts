import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import http from 'node:http';
import sirv from 'sirv';
import { requestActor } from './auth/store.ts';
import { BRIEFINGS_PREFIX, briefingHandler } from './briefing/http.ts';
import { type RateLimitSettings, type ResponseCacheSettings, readConfig } from './config.ts';
import { ChainGraphCache } from './db/chainGraphs.ts';
import type { Db } from './db/neo4j.ts';
import { type LocalStatus, localHealth } from './db/supervisor.ts';
import { type CacheStats, GraphVersionWatch, responseCache } from './graphql/responseCache.ts';
import { StoredAnswers } from './graphql/storedAnswers.ts';
import { buildYoga } from './graphql/yoga.ts';
import { requireRole } from './http/editor.ts';
import { clientKey, type LimitKind, RateLimiter, sendRateLimited } from './http/rateLimit.ts';
import { applyCors, jsonDepthOver, setSecurityHeaders } from './http/security.ts';
import { readBody, sendJson } from './http/toolkit.ts';
import type { GraphLexiconCache } from './imports/graphLexicon.ts';
import { IMPORTS_PREFIX, importsHandler } from './imports/http.ts';
import { closeJobPool } from './jobs/pool.ts';
import { log } from './log.ts';
import { clientDist } from './paths.ts';
import { TABLES_PREFIX, tablesHandler } from './tables/http.ts';

export interface AppOptions {
  production: boolean;
  /** Serve the built explorer from dist/client (skipped when it has not been built). */
  serveClient?: boolean;
  /** READ_REQUIRES_TOKEN: the REST endpoints (briefings, tables, plan extraction) need a viewer token too. */
  readRequiresToken?: boolean;
  /** Cache whole query responses until the graph changes (RESPONSE_CACHE_TTL_MS); off when absent. */
  responseCache?: ResponseCacheSettings | undefined;
  /** The supervised local Neo4j's state (server/db/supervisor.ts), shown by /healthz. */
  localNeo4j?: (() => LocalStatus) | undefined;
  /** Per-client limits (RATE_LIMIT_*); the environment's (or the defaults) when absent. */
  rateLimits?: RateLimitSettings;
  /** Origins allowed to call cross-origin (CORS_ORIGINS); the environment's when absent (none by default). */
  corsOrigins?: string[];
  /** The upload route's product lexicon (server/imports/graphLexicon.ts), read by main.ts before `ready`; else its own. */
  lexicons?: GraphLexiconCache | undefined;
}

/** The largest GraphQL request body accepted (the explorer's biggest request is about 7 KB). */
export const MAX_GRAPHQL_BODY = 1024 * 1024;
/** Deepest nesting of arrays and objects accepted in a GraphQL body or GET parameter (the explorer's: < 10). */
export const MAX_JSON_DEPTH = 64;
/** Longest a GraphQL request waits for the graph's version to be read (see versionKnown in createApp). */
const VERSION_WAIT_MS = 2_000;
const requestError = (status: number, code: string, message: string) => ({
  errors: [{ message, extensions: { code, http: { status } } }],
});

/**
 * A GET /graphql whose `variables` or `extensions` parameter is not a JSON object: said so with 400, where
 * graphql-yoga would throw while parsing it and answer 500.
 */
function badGetParameter(url: string): string | null {
  const params = new URL(url, 'http://localhost').searchParams;
  for (const name of ['variables', 'extensions']) {
    const raw = params.get(name);
    if (raw === null || raw === '') continue;
    if (jsonDepthOver(Buffer.from(raw), MAX_JSON_DEPTH))
      return `The "${name}" parameter is nested deeper than ${MAX_JSON_DEPTH} levels`;
    try {
      const value: unknown = JSON.parse(raw);
      if (value !== null && (typeof value !== 'object' || Array.isArray(value)))
        return `The "${name}" parameter must be a JSON object`;
    } catch {
      return `The "${name}" parameter is not valid JSON`;
    }
  }
  return null;
}

/**
 * Reads a GraphQL POST body before graphql-yoga sees it: more than MAX_GRAPHQL_BODY is refused with 413 (by the
 * toolkit's readBody, so the client gets the answer), bytes that are not UTF-8 with 400 — instead of yoga
 * buffering any size and silently replacing invalid bytes — and JSON nested deeper than MAX_JSON_DEPTH with 400
 * (a stack overflow further on would be a 500). Resolves to the body, or undefined once answered.
 */
async function readGraphqlBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<Buffer | undefined> {
  const body = await readBody(
    req,
    res,
    MAX_GRAPHQL_BODY,
    requestError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_GRAPHQL_BODY} bytes`),
  );
  if (body === undefined) return body;
  if (!isUtf8(body)) {
    sendJson(res, 400, requestError(400, 'BAD_REQUEST', 'The request body is not valid UTF-8'));
    return undefined;
  }
  if (jsonDepthOver(body, MAX_JSON_DEPTH)) {
    const message = `The request body is nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`;
    sendJson(res, 400, requestError(400, 'BAD_REQUEST', message));
    return undefined;
  }
  return body;
}

/** True when the path's percent-encoding decodes (handlers decode it; `%ff` or a lone `%` would throw there). */
function decodable(url: string): boolean {
  try {
    decodeURIComponent(new URL(url, 'http://local').pathname);
    return true;
  } catch {
    return false;
  }
}

/** A handler that failed unexpectedly answers 500 (or drops the socket mid-answer); it never takes the process down. */
function guard(res: http.ServerResponse, work: Promise<unknown>): void {
  work.catch((err: unknown) => {
    log.error('request handler failed', { error: err instanceof Error ? err.message : String(err) });
    if (!res.headersSent) sendJson(res, 500, requestError(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error'));
    else res.destroy();
  });
}

/** One HTTP port: /healthz, /graphql, /briefings/ and the built explorer (with SPA fallback to index.html). */
export function createApp(db: Db, opts: AppOptions): http.Server {
  const env = readConfig();
  const readRequiresToken = opts.readRequiresToken ?? env.readRequiresToken;
  const limiter = new RateLimiter(opts.rateLimits ?? env.rateLimits);
  const origins = opts.corsOrigins ?? env.corsOrigins;
  const watch = opts.responseCache ? new GraphVersionWatch(db, opts.responseCache.pollMs) : undefined;
  const cache = watch && opts.responseCache ? responseCache(db, watch, opts.responseCache) : undefined;
  /**
   * Right after Neo4j comes back (and at start-up) the graph's version is not known yet and the response cache is
   * off: a request then waits for the one version read in flight (at most VERSION_WAIT_MS) rather than going
   * straight to a Neo4j that has no query plans — the answer it needs may be in the cache.
   */
  const versionKnown = async (): Promise<void> => {
    if (!watch || watch.known || db.down) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      watch.refresh(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, VERSION_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
  };
  const yoga = buildYoga(db, {
    production: opts.production,
    settings: { readRequiresToken },
    plugins: cache ? [cache.plugin] : [],
    limiter,
    // Chain structures for gap priorities, kept while the graph's version is known and unchanged.
    chainGraphs: new ChainGraphCache(db, () => (watch?.known && !db.down ? watch.key() : undefined)),
  });
  // Briefings are kept per graph version when it is known (the response cache's version; none without it).
  const briefings = briefingHandler(yoga, {
    version: () => (watch?.known && !db.down ? watch.key() : undefined),
  });
  /** Answers 429 itself and returns false when the caller (token, else IP) has spent its budget of `kind`. */
  const within = async (req: http.IncomingMessage, res: http.ServerResponse, kind: LimitKind) => {
    const actor = await requestActor(db, req, req.headers.authorization);
    const verdict = limiter.take(kind, clientKey(actor, req));
    if (!verdict.ok) sendRateLimited(res, kind, verdict.retryAfterS);
    return verdict.ok;
  };
  const imports = importsHandler(db, opts.lexicons);

  const tables = tablesHandler(db);
  const assets =
    opts.serveClient !== false && existsSync(clientDist)
      ? sirv(clientDist, { single: true, dev: false, etag: true, gzip: false })
      : undefined;

  const server = http.createServer((req, res) => {
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
    setSecurityHeaders(res, { graphiql: !opts.production && url.startsWith('/graphql') });
    if (applyCors(req, res, origins)) return;
    if (!decodable(url)) {
      sendJson(res, 400, requestError(400, 'BAD_REQUEST', 'The URL has invalid percent-encoding'));
      return;
    }
    if (url === '/healthz' || url.startsWith('/healthz?')) {
      guard(
        res,
        db.ping().then((up) => {
          const cached: { responseCache?: CacheStats } = cache ? { responseCache: cache.stats() } : {};
          const body = up ? { status: 'ok', neo4j: 'up' } : { status: 'degraded', neo4j: 'down' };
          sendJson(res, up ? 200 : 503, { ...body, ...localHealth(up, opts.localNeo4j?.()), ...cached });
        }),
      );
      return;
    }
    if (url.startsWith('/graphql')) {
      if (req.method !== 'POST') {
        const bad = badGetParameter(url);
        if (bad) {
          sendJson(res, 400, requestError(400, 'BAD_REQUEST', bad));
          return;
        }
        guard(res, Promise.resolve(yoga(req, res)));
        return;
      }
      guard(
        res,
        readGraphqlBody(req, res).then(async (body) => {
          if (body === undefined) return;
          await versionKnown();
          // A repeated query is answered with the bytes sent the first time (server/graphql/storedAnswers.ts).
          const cached = cache ? await cache.lookup(req, body) : {};
          if (cached.hit) {
            StoredAnswers.send(res, cached.hit);
            return;
          }
          // graphql-yoga's Node adapter takes an already-read body from req.body
          if (body.length > 0) (req as http.IncomingMessage & { body?: Buffer }).body = body;
          if (cache && cached.key && cached.bytes)
            return cache.answers.capture(cached.key, cached.bytes, res, () => yoga(req, res));
          return yoga(req, res);
        }),
      );
      return;
    }
    const rest = url.startsWith(TABLES_PREFIX) || url.startsWith(IMPORTS_PREFIX);
    if (rest) {
      guard(
        res,
        (async () => {
          // Extraction always needs a token, a viewer's at least: parsing an upload is the heaviest work the
          // server does, and anonymous uploads are what froze it (issue #19). Writes check for an editor's.
          const extract = url.startsWith(`${IMPORTS_PREFIX}extract`);
          if ((readRequiresToken || extract) && !(await requireRole(db, req, res, 'viewer'))) return;
          if (!(await within(req, res, req.method === 'POST' ? 'uploads' : 'exports'))) return;
          await (url.startsWith(TABLES_PREFIX) ? tables(req, res) : imports(req, res));
        })(),
      );
      return;
    }
    if (url.startsWith(BRIEFINGS_PREFIX)) {
      guard(
        res,
        (async () => {
          if (readRequiresToken && !(await requireRole(db, req, res, 'viewer'))) return;
          if (await within(req, res, 'briefings')) await briefings(req, res);
        })(),
      );
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
  // The job workers (uploads, briefing files) end with the server; the next job after that starts a new pool.
  server.on('close', () => void closeJobPool());
  if (watch) {
    watch.start();
    const off = db.onBack(() => void watch.refresh());
    server.on('close', () => {
      watch.stop();
      off();
    });
  }
  return server;
}
