import type { CacheStats } from '../../server/graphql/responseCache.ts';

/** The server's response-cache counters from /healthz (answers served from it, answers stored); zeros when the
 * server runs without the cache. */
export async function responseCacheStats(base: string): Promise<CacheStats> {
  const health = (await (await fetch(`${base}/healthz`)).json()) as { responseCache?: CacheStats };
  return health.responseCache ?? { hits: 0, stored: 0, hitsAsSent: 0, keysHashed: 0 };
}
