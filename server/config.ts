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
    seedOnStart: env.SEED_ON_START !== 'false',
    readRequiresToken: env.READ_REQUIRES_TOKEN?.trim().toLowerCase() === 'true',
    staleAfterMonths: monthsFromEnv(env, 'STALE_AFTER_MONTHS', 24),
    serveClient: env.SERVE_CLIENT?.trim().toLowerCase() !== 'false',
    responseCache: responseCacheFromEnv(env),
  };
}
