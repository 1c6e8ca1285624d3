import type http from 'node:http';
import { createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { requestActor, requestKey } from '../auth/store.ts';
import type { ResponseCacheSettings } from '../config.ts';
import type { Db } from '../db/neo4j.ts';
import { bytesKey, resultKey, type StoredAnswer, StoredAnswers } from './storedAnswers.ts';

/**
 * The version a cached response belongs to: this process's own write count (moves the moment a local write
 * commits) and the graph's version in Neo4j (a random id every writer sets inside its transaction, see
 * cypher/graph-version/bump.cypher; polled every `pollMs`). A response is stored under the version read when its
 * request started, so one computed across a write is never served after it.
 */
export class GraphVersionWatch {
  /** undefined until read, and again after a failed read (Neo4j down: it may come back with other data). */
  private remote: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly pollMs: number,
  ) {}

  /** Whether the graph's version is known: the cache is used only then. */
  get known(): boolean {
    return this.remote !== undefined;
  }

  key(): string {
    return `${this.db.writes}.${this.remote ?? '?'}`;
  }

  /**
   * Reads the version now (the poll). After a failed read the version is unknown and the cache unused until a
   * read succeeds: answers kept from before an outage are served again only if the graph did not change.
   */
  refresh(): Promise<void> {
    this.polling ??= this.db
      .read<{ version: string }>('graph-version/read')
      .then((rows) => {
        this.remote = rows[0]?.version ?? '';
      })
      .catch(() => {
        this.remote = undefined;
      })
      .finally(() => {
        this.polling = undefined;
      });
    return this.polling;
  }

  start(): void {
    if (this.timer) return;
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

const NO_CACHE = /\bno-(cache|store)\b/i;

export interface CacheStats {
  /** Answers served from the cache. */
  hits: number;
  /** Answers computed and stored. */
  stored: number;
  /** Of the hits, those answered with the stored bytes before graphql-yoga (server/graphql/storedAnswers.ts). */
  hitsAsSent: number;
  /**
   * Keys the plugin hashed itself (SHA-256 over the parsed request: GETs and callers inside the process). A
   * no-cache request and a POST the app keyed never add to it.
   */
  keysHashed: number;
}

/**
 * Whole-response cache for queries (graphql-yoga's response-cache plugin). Keyed by the graph version, the
 * caller — the id of a token valid now (looked up on every request, so a revoked or expired token's answers are
 * never served again: it is anonymous from its next request on), '' without one — the document and the variables.
 * Not used while Neo4j is marked down (requests then fail fast with SERVICE_UNAVAILABLE, as without a cache) or
 * the graph's version is unknown (before the first read, after a failed one); after an outage, once the version
 * is read again and unchanged, the answers kept from before are served while Neo4j plans its queries anew. Nor
 * for a request that says `Cache-Control: no-cache` (its answer is computed afresh and not stored; the
 * benchmark measures the database path this way).
 * Responses with errors and the audit log are never stored; mutations are not cached.
 */
export function responseCache(
  db: Db,
  watch: GraphVersionWatch,
  settings: ResponseCacheSettings,
): {
  plugin: Plugin;
  stats: () => CacheStats;
  lookup: (req: http.IncomingMessage, body: Buffer) => Promise<Lookup>;
  answers: StoredAnswers;
} {
  const store = createInMemoryCache({ max: settings.maxEntries });
  const answers = new StoredAnswers(settings.maxEntries, settings.ttlMs);
  const counts = { hits: 0, stored: 0, hitsAsSent: 0, keysHashed: 0 };
  let uncached = 0;
  const enabled = (cacheControl: string | null | undefined) =>
    !db.down && watch.known && !NO_CACHE.test(cacheControl ?? '');
  // biome-ignore lint/correctness/useHookAtTopLevel: an envelop plugin factory, not a React hook
  const plugin = useResponseCache({
    session: (request, context) =>
      requestActor(
        db,
        requestKey(request, context as { req?: object }),
        request.headers.get('authorization'),
      ).then((actor) => actor.tokenId ?? ''),
    ttl: settings.ttlMs,
    ttlPerSchemaCoordinate: { 'Query.audit': 0, 'Lead.history': 0 },
    enabled: (request) => enabled(request.headers.get('cache-control')),
    // Every write moves the version; the plugin's own entity-based invalidation is not needed.
    invalidateViaMutation: false,
    // As the plugin's default, nothing with errors; and nothing larger than maxAnswerChars.
    shouldCacheResult: ({ result }) =>
      !result.errors?.length && JSON.stringify(result).length <= settings.maxAnswerChars,
    includeExtensionMetadata: false,
    // The app's key when it has read the body (server/app.ts: a POST), so that the bytes of the answer can be kept
    // under the key the result is kept under; otherwise (GET, callers inside the process) from the parsed request.
    // graphql-yoga builds the key before it asks `enabled`: a request the cache is off for gets no hash (WebCrypto,
    // a thread-pool round trip on every no-cache request), only a key of its own (should the cache come on before it
    // executes — the graph's version read meanwhile — its result is kept under a key no other request has).
    buildResponseCacheKey: (p) => {
      const appKey = (p.context as { req?: { answerKey?: string } }).req?.answerKey;
      if (appKey) return appKey;
      // The request is a parameter of its own here: under the Node adapter the context has only req and res.
      if (!enabled(p.request.headers.get('cache-control'))) return `off:${++uncached}`;
      counts.keysHashed++;
      return hashSHA256(
        JSON.stringify([
          watch.key(),
          p.sessionId ?? '',
          p.operationName ?? '',
          p.documentString,
          p.variableValues,
        ]),
      );
    },
    cache: {
      async get(key) {
        const hit = await store.get(key);
        if (hit) {
          counts.hits++;
          answers.markKept(key);
        }
        return hit;
      },
      set(key, data, entities, ttl) {
        counts.stored++;
        answers.markKept(key);
        return store.set(key, data, entities, ttl);
      },
      invalidate: (entities) => store.invalidate(entities),
    },
  });
  /**
   * A GraphQL POST's stored answer, or the key to keep its answer under (on `req.answerKey`, which the plugin's
   * key above reads); nothing when the cache is off for it. Only JSON bodies: the CSRF check refuses some other
   * content types, and a stored answer must never skip a check the request would fail.
   */
  const lookup = async (req: http.IncomingMessage, body: Buffer): Promise<Lookup> => {
    if (!enabled(req.headers['cache-control'])) return {};
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return {};
    const actor = await requestActor(db, req, req.headers.authorization);
    const key = resultKey(watch.key(), actor.tokenId ?? '', body);
    const bytes = bytesKey(key, req.headers.accept ?? '');
    const hit = answers.get(bytes);
    if (hit) {
      counts.hits++;
      counts.hitsAsSent++;
      return { hit };
    }
    (req as http.IncomingMessage & { answerKey?: string }).answerKey = key;
    return { key, bytes };
  };
  return {
    plugin,
    stats: () => ({ ...counts }),
    lookup,
    answers,
  };
}

export interface Lookup {
  hit?: StoredAnswer;
  /** The result's key (the response cache's) and its bytes' key, when there is no hit. */
  key?: string;
  bytes?: string;
}
