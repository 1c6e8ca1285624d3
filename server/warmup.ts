import type { Db } from './db/neo4j.ts';
import { log } from './log.ts';

/**
 * Runs each named query once right after start-up so that Neo4j has planned it before the first user asks
 * (a cold plan costs 1–3 s on a fresh JVM). Failures are logged, never fatal.
 */
export async function warmUp(db: Db): Promise<void> {
  const t0 = performance.now();
  const anyProduct = await db.read<{ id: string }>('warmup-sample').catch(() => []);
  const sample = anyProduct[0]?.id ?? '';
  const zone = (await db.read<{ zone: { id: string } }>('zones').catch(() => []))[0]?.zone.id ?? null;
  const runs: [string, Record<string, unknown>][] = [
    ['industries', {}],
    ['indicators', {}],
    ['chains', { ids: null, industries: null, zone: null }],
    ['chains', { ids: null, industries: null, zone }],
    ['product-evidence', { ids: [sample], zone: null }],
    ['product-evidence', { ids: [sample], zone }],
    ['products-by-id', { ids: [sample] }],
    ['upstream', { product: sample, maxDepth: 6 }],
    ['gap-candidates', { ids: [sample] }],
    [
      'enterprises',
      {
        zone,
        product: null,
        industry: null,
        local: true,
        query: null,
        afterName: null,
        afterId: null,
        limit: 21,
      },
    ],
    ['enterprises-by-id', { ids: [] }],
    ['projects-by-id', { ids: [] }],
    ['sources-by-id', { ids: [] }],
    ['zone-projects', { zone }],
    ['search', { q: '铝', first: 12 }],
  ];
  for (const [name, params] of runs) {
    await db
      .read(name, params)
      .catch((err: unknown) => log.warn('warm-up query failed', { name, error: String(err) }));
  }
  log.info('warmed up queries', { ms: Math.round(performance.now() - t0) });
}
