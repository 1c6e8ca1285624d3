/**
 * API benchmarks at national scale: the explorer's own operations (client/src/api/operations.graphql) through
 * GraphQL over HTTP, and the Cypher their resolvers run sent straight through the driver, interleaved in one run
 * on the same inputs. Inputs are drawn deterministically from the generated graph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { query as cypher } from '../cypher/index.ts';
import { type LinkChain, MAX_LISTED_CHAINS, reachChains } from '../server/db/chainGraphs.ts';
import { enterprisePage } from '../server/db/reads.ts';
import { searchQuery } from '../server/db/search.ts';
import { MAX_LISTED_PRODUCERS } from '../server/domain/status.ts';
import { UPSTREAM_LIMIT } from '../server/domain/upstream.ts';
import { repoRoot } from '../server/paths.ts';
import { UPSTREAM_LISTED_GAPS } from '../vocab/priority.ts';
import { QIJIANG } from './data/generate.ts';
import type { NationalGraph } from './data/graph.ts';
import { Random } from './data/random.ts';
import { type HttpClient, post } from './lib/http-client.ts';
import { type Metric, metric } from './lib/results.ts';
import { median, percentile, round } from './lib/stats.ts';

/** One operation document per name, with the fragments it uses, from a checkout's explorer operations file. */
export function clientOperations(root = repoRoot): Map<string, string> {
  const doc = parse(readFileSync(path.join(root, 'client/src/api/operations.graphql'), 'utf8'));
  const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const out = new Map<string, string>();
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) continue;
    const text = print(d);
    const used = fragments.filter((f) => text.includes(`...${f.name.value}`));
    out.set(d.name.value, [text, ...used.map((f) => print(f))].join('\n'));
  }
  return out;
}

export interface Call {
  op: 'chain_view' | 'upstream_gaps' | 'enterprises_page' | 'search';
  operationName: string;
  variables: Record<string, unknown>;
  /** The Cypher (file name + parameters) the resolver sends for this call, in order. */
  raw: { name: string; params: Record<string, unknown> }[];
}

/** Deterministic inputs for each operation, drawn from the generated graph. */
export function workload(g: NationalGraph, n: number, seed = 7): Record<Call['op'], Call[]> {
  const rnd = new Random(seed);
  // Districts with generated firms (the seed's 綦江区 has its own), and provinces (GB/T 2260 regions).
  const districts = g.zones.filter((z) => z.kind === '区县' && z.id !== QIJIANG).map((z) => z.id);
  const provinces = g.zones.filter((z) => z.kind === '省').map((z) => z.id);
  const firmDistrict = new Map(g.enterprises.map((e) => [e.id, e.district]));
  // Where each chain has local producers, so zone scopes are a mix of busy and empty ones.
  const linkChains = new Map<string, string[]>();
  for (const h of g.hasLink) {
    const list = linkChains.get(h.product) ?? [];
    list.push(h.chain);
    linkChains.set(h.product, list);
  }
  const chainDistricts = new Map<string, string[]>();
  for (const p of g.produces.slice(0, 200_000)) {
    const d = firmDistrict.get(p.enterprise);
    if (!d) continue;
    for (const c of linkChains.get(p.product) ?? []) {
      const list = chainDistricts.get(c) ?? [];
      if (list.length < 50) list.push(d);
      chainDistricts.set(c, list);
    }
  }
  const chains = g.chains.map((c) => c.id).filter((id) => id !== 'nc-0');
  const anchors = new Map<string, string>();
  const chainById = new Map(g.chains.map((c) => [c.id, c]));
  for (const h of g.hasLink) {
    const c = chainById.get(h.chain);
    if (c && h.stage === c.stageCount && !anchors.has(c.id)) anchors.set(c.id, h.product);
  }
  const scopeFor = (chain: string): string | null => {
    const r = rnd.next();
    if (r < 0.15) return null;
    if (r < 0.6) return rnd.pick(chainDistricts.get(chain) ?? districts);
    return rnd.pick(districts);
  };
  const out: Record<Call['op'], Call[]> = {
    chain_view: [],
    upstream_gaps: [],
    enterprises_page: [],
    search: [],
  };
  for (let i = 0; i < n; i++) {
    const chain = rnd.pick(chains);
    const zone = scopeFor(chain);
    out.chain_view.push({
      op: 'chain_view',
      operationName: 'ChainView',
      variables: { id: chain, zone },
      raw: [
        {
          name: 'chains',
          params: {
            ids: [chain],
            industries: null,
            zone,
            plan: null,
            hidden: [],
            // As the resolver sends it: the chain map asks for no link's reason (server/graphql/selection.ts).
            maxListed: 0,
          },
        },
        // The chain's industry, last change and age: three loaders the resolvers run side by side.
        {
          name: '$parallel',
          params: {
            industries: {},
            'audit/last-change': { ids: [chain] },
            'audit/plan-issued': {},
          },
        },
      ],
    });
  }
  const anchorChains = [...anchors.keys()];
  for (let i = 0; i < n; i++) {
    const chain = rnd.pick(anchorChains);
    const product = anchors.get(chain) as string;
    const zone = rnd.pick(chainDistricts.get(chain) ?? districts);
    out.upstream_gaps.push({
      op: 'upstream_gaps',
      operationName: 'UpstreamGapsView',
      // As the explorer's upstream view sends them (client/src/views/UpstreamView.tsx): the 外区企业 counted, not
      // listed, and the candidates of the first UPSTREAM_LISTED_GAPS gaps only. A commit whose operation does not
      // declare a variable ignores it.
      variables: {
        product,
        zone,
        maxDepth: 6,
        listOtherDistricts: false,
        listCandidates: UPSTREAM_LISTED_GAPS,
      },
      raw: [
        // The zone scope, the product and the walk, side by side as the resolver asks them.
        { name: '$walk', params: { product, maxDepth: 6, zone } },
        // Then the evidence, and beside it the candidates and chains of every link found (the gaps use them).
        { name: '$gaps', params: { zone } },
      ],
    });
  }
  const words = ['科技', '材料', '安', '华泰', '新材料', '精密'];
  for (let i = 0; i < n; i++) {
    const r = rnd.next();
    const zone = r < 0.6 ? rnd.pick(districts) : r < 0.85 ? rnd.pick(provinces) : null;
    const q = rnd.next() < 0.3 ? rnd.pick(words) : null;
    const page = enterprisePage(
      { zone, product: null, industry: null, local: null, query: q },
      { limit: 51 },
    );
    out.enterprises_page.push({
      op: 'enterprises_page',
      operationName: 'EnterprisePage',
      variables: { zone, query: q, first: 50 },
      // The page and, side by side, the industries (the firms' industry names), as the resolver asks them.
      raw: [{ name: '$parallel', params: { [page.name]: page.params, industries: {} } }],
    });
  }
  // What people type: one or two characters of a link, a firm's trade name, a place.
  const terms: string[] = ['铝', '铝锭', '电池', '科技', '玻纤', '齿轮', '綦江', '芯片', '新材料', '汽车'];
  for (let i = 0; i < 40; i++) {
    const p = rnd.pick(g.products);
    terms.push(p.name.slice(0, rnd.int(1, 2)));
    const e = rnd.pick(g.enterprises);
    terms.push(e.name.slice(0, 2));
  }
  for (let i = 0; i < n; i++) {
    const q = rnd.pick(terms);
    out.search.push({
      op: 'search',
      operationName: 'Search',
      variables: { query: q, first: 20 },
      // The query the resolver sends once the per-character full-text index is ONLINE.
      raw: [searchQuery(q, 20, true)],
    });
  }
  return out;
}

export async function graphqlCall(
  url: string,
  docs: Map<string, string>,
  call: Call,
  opts: { serverCache?: boolean; client?: HttpClient } = {},
): Promise<{ ms: number; bytes: number }> {
  const body = JSON.stringify({
    query: docs.get(call.operationName),
    operationName: call.operationName,
    variables: call.variables,
  });
  const t = performance.now();
  // no-cache (the default here): the server's response cache would answer the repeated runs from memory; this
  // measures the path through the resolvers and Neo4j (throughput is measured both ways). The explorer's headers
  // otherwise (client/src/api/client.ts), and the CSRF header it needs.
  const { status, text } = await post(
    url,
    {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-graphql-csrf': '1',
      ...(opts.serverCache ? {} : { 'cache-control': 'no-cache' }),
    },
    body,
    opts.client,
  );
  const ms = performance.now() - t;
  const json = JSON.parse(text) as { errors?: { message: string }[] };
  if (status !== 200 || json.errors) {
    throw new Error(
      `${call.operationName} ${JSON.stringify(call.variables)}: ${status} ${text.slice(0, 300)}`,
    );
  }
  return { ms, bytes: text.length };
}

/**
 * The same call as raw Cypher: the statements the resolver runs, in the same order (upstream's evidence and
 * candidate queries take their ids from the upstream result, as the resolver does).
 */
/**
 * Chains whose structure the raw side has read, and each link's chains, as the server keeps them (the graph does
 * not change in a run).
 */
const chainsRead = new Set<string>();
const chainsOfLink = new Map<string, LinkChain[]>();

/**
 * The raw steps cypherCall runs itself (any other step names a Cypher file): the workload's steps must be these or
 * files (tests/unit/bench-workload.test.ts).
 */
export const RAW_STEPS = ['$walk', '$gaps', '$parallel'] as const;

export async function cypherCall(driver: Driver, call: Call): Promise<number> {
  const t = performance.now();
  const read = (name: string, params: Record<string, unknown>) =>
    driver.executeQuery(cypher(name), params, { routing: 'READ' });
  let ids: string[] = [];
  let _scope: { zone: string; zoneIds: string[] } | null = null;
  let districts: string[] | null = null;
  for (const step of call.raw) {
    if (step.name === '$walk') {
      // One query for the walk and its edges, as the resolver runs it (cypher/upstream-walk.cypher).
      const { product, maxDepth, zone } = step.params as { product: string; maxDepth: number; zone: string };
      // The explorer asks only the product's id and name, which the walk returns (no products-by-id).
      const [res, zoneScope] = await Promise.all([
        read('upstream-walk-6', { product, maxDepth, limit: UPSTREAM_LIMIT }),
        read('zone-scope', { zone }),
      ]);
      ids = ((res.records[0]?.get('links') as { id: string }[] | undefined) ?? []).map((l) => l.id);
      const zoneIds = zoneScope.records[0]?.get('zoneIds') as string[] | undefined;
      _scope = zoneIds ? { zone, zoneIds } : null;
      districts = (zoneScope.records[0]?.get('districts') as string[] | undefined) ?? null;
    } else if (step.name === '$parallel') {
      await Promise.all(
        Object.entries(step.params).map(([name, params]) => read(name, params as Record<string, unknown>)),
      );
    } else if (step.name === '$gaps') {
      // The resolver reads the evidence and, beside it, the candidates and the chains around every link found
      // (server/domain/gapPipeline.ts); only the gaps use them.
      if (ids.length > 0)
        await Promise.all([
          read('product-evidence', {
            ids,
            zone: step.params.zone,
            plan: null,
            maxListed: MAX_LISTED_PRODUCERS,
          }),
          // The explorer's list counts the 外区企业 of each gap (from the evidence's counts) rather than listing
          // them (listOtherDistricts: false): no rings, none listed.
          read('gap-candidates', { ids, zone: step.params.zone ?? null }),
          // The chains of the links not asked before, and the structure of those chains not read before (the
          // server keeps both under the graph's version, server/db/chainGraphs.ts).
          (async () => {
            const unknown = ids.filter((id) => !chainsOfLink.has(id));
            if (unknown.length > 0) {
              const res = await read('gap-chains', { ids: unknown, maxChains: MAX_LISTED_CHAINS });
              for (const r of res.records)
                chainsOfLink.set(r.get('link') as string, r.get('chains') as LinkChain[]);
            }
            // The scope's own chains, as the server picks them.
            const around = new Set(ids.flatMap((id) => reachChains(chainsOfLink.get(id) ?? [], districts)));
            const missing = [...around].filter((c) => !chainsRead.has(c));
            for (const c of missing) chainsRead.add(c);
            if (missing.length > 0) await read('chain-graphs', { chains: missing });
          })(),
        ]);
    } else if (step.name.startsWith('$')) {
      throw new Error(`bench/api.ts: no raw step ${step.name} (RAW_STEPS)`);
    } else {
      await read(step.name, step.params);
    }
  }
  return performance.now() - t;
}

export interface OpResult {
  graphqlMs: number[];
  cypherMs: number[];
  bytes: number[];
  /** The same GraphQL calls through Node's fetch (bench/lib/http-client.ts says why it is not the measure). */
  fetchMs: number[];
}

/**
 * Runs every call through GraphQL and through Cypher, alternating, after one warm-up pass; each GraphQL call
 * also once through fetch, for the ratio as fetch measures it.
 */
export async function benchOperations(
  url: string,
  driver: Driver,
  calls: Record<Call['op'], Call[]>,
  log: (s: string) => void,
): Promise<Record<Call['op'], OpResult>> {
  const docs = clientOperations();
  const out = {} as Record<Call['op'], OpResult>;
  for (const [op, list] of Object.entries(calls) as [Call['op'], Call[]][]) {
    for (const c of list.slice(0, 10)) {
      await graphqlCall(url, docs, c);
      await graphqlCall(url, docs, c, { client: 'fetch' });
      await cypherCall(driver, c);
    }
    const r: OpResult = { graphqlMs: [], cypherMs: [], bytes: [], fetchMs: [] };
    for (const c of list) {
      const g = await graphqlCall(url, docs, c);
      r.graphqlMs.push(g.ms);
      r.bytes.push(g.bytes);
      r.cypherMs.push(await cypherCall(driver, c));
      r.fetchMs.push((await graphqlCall(url, docs, c, { client: 'fetch' })).ms);
    }
    out[op] = r;
    log(
      `${op}: GraphQL p50 ${round(median(r.graphqlMs))} p95 ${round(percentile(r.graphqlMs, 95))} ms; ` +
        `Cypher p50 ${round(median(r.cypherMs))} p95 ${round(percentile(r.cypherMs, 95))} ms; ` +
        `through fetch p50 ${round(median(r.fetchMs))} ms; ` +
        `max ${round(Math.max(...r.graphqlMs))} ms, median response ${Math.round(median(r.bytes) / 1024)} KB`,
    );
  }
  return out;
}

const TARGETS: Record<Call['op'], number> = {
  chain_view: 50,
  upstream_gaps: 50,
  enterprises_page: 30,
  search: 30,
};

export function operationMetrics(
  results: Record<Call['op'], OpResult>[],
  calls: number,
): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  let gqlTotal = 0;
  let rawTotal = 0;
  let fetchTotal = 0;
  const ratios: Record<string, number> = {};
  const fetchRatios: Record<string, number> = {};
  for (const op of Object.keys(TARGETS) as Call['op'][]) {
    const runs = results.map((r) => r[op]);
    const p95s = runs.map((r) => percentile(r.graphqlMs, 95));
    const g50 = median(runs.map((r) => median(r.graphqlMs)));
    const c50 = median(runs.map((r) => median(r.cypherMs)));
    const f50 = median(runs.map((r) => median(r.fetchMs)));
    gqlTotal += g50;
    rawTotal += c50;
    fetchTotal += f50;
    ratios[op] = round(g50 / c50, 2);
    fetchRatios[op] = round(f50 / c50, 2);
    out[`${op}_p95_ms`] = metric(round(median(p95s)), 'ms', `<= ${TARGETS[op]}`, {
      runs: p95s.map((x) => round(x)),
      callsPerRun: calls,
      p50Ms: round(g50),
      maxMs: round(Math.max(...runs.flatMap((r) => r.graphqlMs))),
      cypherP50Ms: round(c50),
      cypherP95Ms: round(median(runs.map((r) => percentile(r.cypherMs, 95)))),
      medianResponseKb: round(median(runs.flatMap((r) => r.bytes)) / 1024),
    });
  }
  out.graphql_overhead_ratio = metric(round(gqlTotal / rawTotal, 2), '×', '<= 1.3', {
    how:
      'sum over the four operations of the median GraphQL time (node:http, keep-alive) / the same for their raw ' +
      'Cypher (neo4j-driver)',
    perOperation: ratios,
    // The same calls through Node's fetch, interleaved: its own cost per call is in this figure, not the measure.
    withFetch: { ratio: round(fetchTotal / rawTotal, 2), perOperation: fetchRatios },
  });
  return out;
}
