/** The server's response-cache counters from /healthz (answers served from it, answers stored); zeros when the
 * server runs without the cache. */
export async function responseCacheStats(
  base: string,
): Promise<{ hits: number; stored: number; hitsAsSent: number }> {
  const health = (await (await fetch(`${base}/healthz`)).json()) as {
    responseCache?: { hits: number; stored: number; hitsAsSent: number };
  };
  return health.responseCache ?? { hits: 0, stored: 0, hitsAsSent: 0 };
}
