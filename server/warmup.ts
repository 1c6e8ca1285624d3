import { MAX_LISTED_CHAINS } from './db/chainGraphs.ts';
import type { Db } from './db/neo4j.ts';
import { enterprisePage, NO_RINGS, ringParams } from './db/reads.ts';
import { searchQuery } from './db/search.ts';
import { MAX_OTHER_READ } from './domain/gaps.ts';
import { MAX_LISTED_PRODUCERS } from './domain/status.ts';
import { UPSTREAM_LIMIT } from './domain/upstream.ts';
import { log } from './log.ts';

/**
 * Runs each named query once right after start-up so that Neo4j has planned it before the first user asks
 * (a cold plan costs 1–3 s on a fresh JVM), and reads the chain maps' data into the page cache. Failures are
 * logged, never fatal; their names are returned.
 */
export async function warmUp(db: Db): Promise<string[]> {
  const t0 = performance.now();
  const anyProduct = await db.read<{ id: string }>('warmup-sample').catch(() => []);
  const sample = anyProduct[0]?.id ?? '';
  const zone = (await db.read<{ zone: { id: string } }>('zones').catch(() => []))[0]?.zone.id ?? null;
  const runs: [string, Record<string, unknown>][] = [
    ['industries', {}],
    ['indicators', {}],
    // An empty id list plans the query without reading every chain (a thousand at national scale).
    [
      'chains',
      { ids: [], industries: null, zone: null, plan: null, hidden: [], maxListed: MAX_LISTED_PRODUCERS },
    ],
    ['chains', { ids: [], industries: null, zone, plan: null, hidden: [], maxListed: MAX_LISTED_PRODUCERS }],
    ['product-evidence', { ids: [sample], zone: null, plan: null, maxListed: MAX_LISTED_PRODUCERS }],
    ['product-evidence', { ids: [sample], zone, plan: null, maxListed: MAX_LISTED_PRODUCERS }],
    ['products-by-id', { ids: [sample], maxListed: MAX_LISTED_PRODUCERS }],
    ['upstream-walk-6', { product: sample, maxDepth: 6, limit: UPSTREAM_LIMIT }],
    ['gap-candidates', { ids: [sample], zone: null }],
    [
      'gap-candidates-others',
      { ids: [sample], zone: null, scope: null, ...ringParams(NO_RINGS), maxOthers: MAX_OTHER_READ },
    ],
    ['regions/rings', { zone }],
    ['gap-chains', { ids: [sample], maxChains: MAX_LISTED_CHAINS }],
    ['chain-graphs', { chains: [] }],
    [
      'gap-candidates-others',
      {
        ids: [sample],
        zone,
        scope: [zone],
        ...ringParams({ district: [zone ?? ''], city: [], province: [] }),
        maxOthers: MAX_OTHER_READ,
      },
    ],
    // Each of the four page queries, with the parameters of a first page.
    ...['enterprises', 'enterprises-unfiltered', 'enterprises-all', 'enterprises-all-unfiltered'].map(
      (name): [string, Record<string, unknown>] => [
        name,
        enterprisePage({ zone, product: null, industry: null, local: true, query: null }, { limit: 21 })
          .params,
      ],
    ),
    [
      'enterprises-all-text',
      enterprisePage({ zone: null, product: null, industry: null, local: null, query: '铝' }, { limit: 21 })
        .params,
    ],
    // Every request with a token looks it up (auth/store.ts), the first upload's too; a hash no token has plans it
    // reading nothing (unplanned, the first upload's lookup took 57–70 ms, later ones 6–35: docs/ARCHITECTURE.md).
    ['auth/token-by-hash', { hash: '' }],
    ['enterprises-by-id', { ids: [] }],
    ['projects-by-id', { ids: [] }],
    ['sources-by-id', { ids: [] }],
    ['zone-projects', { zone }],
    ['search', searchQuery('铝', 12, false).params],
    // The header's scope selector and plan switcher (issue #20): every page asks them.
    ['scope-tree/top', {}],
    ['scope-tree/children', { parent: zone }],
    ['scope-tree/path', { zone }],
    ['scope-tree/search', { q: '区', first: 21, kinds: null }],
    ['scope-tree/district', { zone }],
    ['plans/periods', {}],
    ['plans/plans', { district: zone }],
    ['plans/plan-district', { plan: '' }],
    // Fails (a warning) while the full-text index is still being built; search answers with `search` then.
    ['search-chars', searchQuery('铝', 12, true).params],
    // Not a plan but the data: every chain's links as a chain map reads them, into Neo4j's page cache (a fresh
    // store answered the largest map in 6 s the first time and 0.8 s the second); then every chain map once
    // through the chain query itself, as the explorer asks for it (no zone, no producers listed).
    ['warmup-chain-maps', {}],
    ['chains', { ids: null, industries: null, zone: null, plan: null, hidden: [], maxListed: 0 }],
  ];
  const slow: Record<string, number> = {};
  const failed: string[] = [];
  for (const [name, params] of runs) {
    const t = performance.now();
    await db.read(name, params).catch((err: unknown) => {
      failed.push(name);
      log.warn('warm-up query failed', { name, error: String(err) });
    });
    const ms = Math.round(performance.now() - t);
    if (ms >= 500) slow[name] = (slow[name] ?? 0) + ms;
  }
  log.info('warmed up queries', { ms: Math.round(performance.now() - t0), slow });
  return failed;
}

/** What the chain map asks for (client/src/api/operations.graphql ChainView), as a warm-up request. */
const CHAIN_MAP = `query WarmChainMap($id: ID!) {
  chain(id: $id) {
    id name expression kind stageCount leader updatedAt stale
    industry { id name output2025 valueAdded2025 }
    scope { label }
    counts { strong weak missing total }
    links { stage status product { id name } sharedWith { id name } }
    feeds { from to }
    targets { id name }
    sources { id section quote }
  }
}`;

/**
 * Asks the listening server for the heaviest chain map once, past the response cache, before it says ready:
 * with the data cached by warmUp, the first map after a fresh start still took 3–9× the second (the server's
 * first run of an 800-link answer). Failures are logged, never fatal.
 */
export async function warmUpRequests(db: Db, url: string): Promise<{ chain: string; links: number } | null> {
  const t0 = performance.now();
  try {
    const id = (await db.read<{ id: string }>('warmup-largest-chain'))[0]?.id;
    if (!id) return null;
    let links = 0;
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphql-csrf': '1', 'cache-control': 'no-cache' },
        body: JSON.stringify({ query: CHAIN_MAP, operationName: 'WarmChainMap', variables: { id } }),
      });
      const body = (await res.json()) as { data?: { chain?: { links: unknown[] } }; errors?: unknown[] };
      if (!res.ok || body.errors) throw new Error(`${res.status} ${JSON.stringify(body.errors ?? body)}`);
      links = body.data?.chain?.links.length ?? 0;
    }
    log.info('warmed up the chain map', { chain: id, links, ms: Math.round(performance.now() - t0) });
    return { chain: id, links };
  } catch (err) {
    log.warn('warm-up request failed', { error: String(err) });
    return null;
  }
}
