/** The response cache's settings (server/graphql/responseCache.ts reads them). */
export interface ResponseCacheSettings {
  /** Longest a response is kept (RESPONSE_CACHE_TTL_MS); a safety net for writes made around the product. */
  ttlMs: number;
  /** How often the graph's version is read from Neo4j (GRAPH_VERSION_POLL_MS): the staleness bound for writes
   * made by another process (the seed or pool CLI, another server on the same database). */
  pollMs: number;
  /** Most responses kept (least recently used go first). */
  maxEntries: number;
  /** Largest answer kept, in characters of JSON: with maxEntries, the bound on the cache's memory. */
  maxAnswerChars: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheSettings = {
  ttlMs: 600_000,
  pollMs: 1_000,
  maxEntries: 1_000,
  // The explorer's answers are 2–50 KB (the 800-link map nationally ~0.5 MB is computed each time).
  maxAnswerChars: 256 * 1024,
};

/** One per-client token bucket (server/http/rateLimit.ts): `burst` units at most, `perMinute` regained a minute. */
export interface Bucket {
  burst: number;
  perMinute: number;
}

/** Per-client limits on the expensive endpoints; a bucket with 0 is off. RATE_LIMIT_<KIND>=<burst>/<per minute>. */
export interface RateLimitSettings {
  /** GET /briefings/… (RATE_LIMIT_BRIEFINGS): one unit a briefing, cached or not. */
  briefings: Bucket;
  /** GET /tables/export/… and /tables/templates/… (RATE_LIMIT_EXPORTS). */
  exports: Bucket;
  /** POST /imports/… and /tables/… — plan extraction, plan commit, table import (RATE_LIMIT_UPLOADS). */
  uploads: Bucket;
  /** Uncached GraphQL operations, charged their cost (server/graphql/cost.ts) (RATE_LIMIT_GRAPHQL). */
  graphql: Bucket;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  briefings: { burst: 10, perMinute: 10 },
  exports: { burst: 20, perMinute: 20 },
  uploads: { burst: 10, perMinute: 10 },
  // The explorer's views cost 20–1,300 (a zone page of 200 firms ~4,600): ~100 uncached views a minute
  graphql: { burst: 20_000, perMinute: 60_000 },
};

/** Runtime configuration, read once from the environment. Every variable is documented in README.md. */
export interface Config {
  port: number;
  host: string;
  production: boolean;
  /** Set when the user points at an existing Neo4j; unset means "start the local one". */
  neo4j: { uri: string; user: string; password: string; database: string | undefined } | undefined;
  local: { port: number; dataDir: string; heap: string; pageCache: string };
  seedOnStart: boolean;
  /** READ_REQUIRES_TOKEN=true: every query needs at least a viewer token (mutations always need an editor's). */
  readRequiresToken: boolean;
  /** A fact not changed for this many months is stale (STALE_AFTER_MONTHS, default 24). */
  staleAfterMonths: number;
  /** SERVE_CLIENT=false: API only — no explorer, and no Vite build at start-up. */
  serveClient: boolean;
  /** Whole-response cache for queries (RESPONSE_CACHE_TTL_MS, 0 turns it off; GRAPH_VERSION_POLL_MS). */
  responseCache: ResponseCacheSettings | undefined;
  /** Per-client limits on briefings, exports, uploads and uncached GraphQL cost (RATE_LIMIT_*). */
  rateLimits: RateLimitSettings;
  /**
   * Origins other sites may call the API from (CORS_ORIGINS, comma-separated, e.g. `https://a.example`); empty
   * (the default) means same origin only: no Access-Control-Allow-Origin is ever sent.
   */
  corsOrigins: string[];
}

/**
 * Whether an empty database is seeded on start: SEED=qijiang (the default) loads the Qijiang plan, SEED=none starts
 * with an empty graph (a deployment for another district: the explorer opens on its onboarding page).
 * SEED_ON_START=false, the older switch, still means none.
 */
function seedFromEnv(env: NodeJS.ProcessEnv): boolean {
  const seed = env.SEED?.trim().toLowerCase() || 'qijiang';
  if (seed !== 'qijiang' && seed !== 'none')
    throw new Error(`SEED must be qijiang or none, got "${env.SEED}"`);
  return seed === 'qijiang' && env.SEED_ON_START !== 'false';
}

function monthsFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 1200) {
    throw new Error(`${name} must be a whole number of months from 0 to 1200, got "${raw}"`);
  }
  return n;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return n;
}

function msFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > 86_400_000) {
    throw new Error(`${name} must be a whole number of milliseconds from ${min} to 86400000, got "${raw}"`);
  }
  return n;
}

function responseCacheFromEnv(env: NodeJS.ProcessEnv): ResponseCacheSettings | undefined {
  const ttlMs = msFromEnv(env, 'RESPONSE_CACHE_TTL_MS', DEFAULT_RESPONSE_CACHE.ttlMs, 0);
  if (ttlMs === 0) return undefined;
  const pollMs = msFromEnv(env, 'GRAPH_VERSION_POLL_MS', DEFAULT_RESPONSE_CACHE.pollMs, 50);
  return { ...DEFAULT_RESPONSE_CACHE, ttlMs, pollMs };
}

function bucketFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: Bucket): Bucket {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (raw === '0' || raw === 'off') return { burst: 0, perMinute: 0 };
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(raw);
  if (!m) throw new Error(`${name} must be <burst>/<per minute> (e.g. 10/10) or 0 for off, got "${raw}"`);
  return { burst: Number(m[1]), perMinute: Number(m[2]) };
}

function rateLimitsFromEnv(env: NodeJS.ProcessEnv): RateLimitSettings {
  const d = DEFAULT_RATE_LIMITS;
  return {
    briefings: bucketFromEnv(env, 'RATE_LIMIT_BRIEFINGS', d.briefings),
    exports: bucketFromEnv(env, 'RATE_LIMIT_EXPORTS', d.exports),
    uploads: bucketFromEnv(env, 'RATE_LIMIT_UPLOADS', d.uploads),
    graphql: bucketFromEnv(env, 'RATE_LIMIT_GRAPHQL', d.graphql),
  };
}

function originsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const list = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const o of list)
    if (!/^https?:\/\/[^/\s]+$/.test(o))
      throw new Error(`CORS_ORIGINS lists origins like https://example.org (no path), got "${o}"`);
  return list;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  return {
    port: intFromEnv(env, 'PORT', 4000),
    host: env.HOST?.trim() || '127.0.0.1',
    production: env.NODE_ENV === 'production',
    neo4j: uri
      ? {
          uri,
          user: env.NEO4J_USER ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE?.trim() || undefined,
        }
      : undefined,
    local: {
      port: intFromEnv(env, 'LOCAL_NEO4J_PORT', 7687),
      dataDir: env.LOCAL_NEO4J_DATA?.trim() || '.data/neo4j',
      heap: env.LOCAL_NEO4J_HEAP?.trim() || '512m',
      pageCache: env.LOCAL_NEO4J_PAGECACHE?.trim() || '128m',
    },
    seedOnStart: seedFromEnv(env),
    readRequiresToken: env.READ_REQUIRES_TOKEN?.trim().toLowerCase() === 'true',
    staleAfterMonths: monthsFromEnv(env, 'STALE_AFTER_MONTHS', 24),
    serveClient: env.SERVE_CLIENT?.trim().toLowerCase() !== 'false',
    responseCache: responseCacheFromEnv(env),
    rateLimits: rateLimitsFromEnv(env),
    corsOrigins: originsFromEnv(env),
  };
}
