import type { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Db } from '../../server/db/neo4j.ts';
import { repoRoot } from '../../server/paths.ts';
import { mulberry32 } from '../data/random.ts';

/** The explorer's own operation document: the load sends exactly what the browser sends. */
const operations = readFileSync(path.join(repoRoot, 'client/src/api/operations.graphql'), 'utf8');

export interface SampleIds {
  chains: string[];
  zones: string[];
  products: string[];
  industries: string[];
  names: string[];
}

export async function sampleIds(db: Db): Promise<SampleIds> {
  const [row] = await db.read<SampleIds & Record<string, unknown>>('chaos/sample-ids');
  if (!row || row.chains.length === 0 || row.products.length === 0)
    throw new Error('the graph is not seeded');
  return row;
}

export const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

export interface GqlBody {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * The realistic mix: a chain map in a zone, upstream gaps of a link, a page of a zone's enterprises, and
 * search-as-you-type (1–3 characters of a link name) — the explorer's four busiest views, with real ids.
 */
export function requestMix(ids: SampleIds, n = 200, seed = 9): GqlBody[] {
  const rnd = mulberry32(seed);
  const out: GqlBody[] = [];
  for (let i = 0; i < n; i++) {
    const zone = rnd() < 0.7 ? pick(rnd, ids.zones) : null;
    switch (i % 4) {
      case 0:
        out.push({ operationName: 'ChainView', variables: { id: pick(rnd, ids.chains), zone } });
        break;
      case 1:
        out.push({
          operationName: 'UpstreamGapsView',
          variables: { product: pick(rnd, ids.products), zone },
        });
        break;
      case 2:
        out.push({
          operationName: 'EnterprisePage',
          variables: {
            zone: pick(rnd, ids.zones),
            first: 50,
            industry: rnd() < 0.3 ? pick(rnd, ids.industries) : null,
          },
        });
        break;
      default: {
        const name = pick(rnd, ids.names);
        const len = 1 + Math.floor(rnd() * Math.min(3, name.length));
        out.push({ operationName: 'Search', variables: { query: name.slice(0, len), first: 20 } });
      }
    }
  }
  return out;
}

export const bodyOf = (b: GqlBody) => JSON.stringify({ query: operations, ...b });

/** One answer as the harness saw it: when it was sent and answered (ms, performance.now()), and what it was. */
export interface Sample {
  t0: number;
  t1: number;
  status: number;
  /** 'ok', or the first GraphQL error code, or 'HTTP <status>'. */
  kind: string;
}

export interface LoadStats {
  requests: number;
  ok: number;
  /** Answers that were not a clean 200 with data: non-2xx or GraphQL errors, by kind. */
  failures: Record<string, number>;
  /** Requests without an answer: socket errors (refused, reset) and client timeouts (autocannon counts a
   * timeout in `errors` too). */
  errors: number;
  /** Of `errors`, those that timed out. */
  timeouts: number;
  latency: { p50: number; p99: number; max: number };
  rps: number;
  samples: Sample[];
}

function kindOf(status: number, body: string): string {
  if (status !== 200) return `HTTP ${status}`;
  if (!body.includes('"errors"')) return 'ok';
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
  return code ?? 'GRAPHQL_ERROR';
}

/**
 * Runs autocannon against /graphql with the mix until `durationS` or `handle.stop()`. Every answer is
 * classified (a 200 that carries GraphQL errors is a failure); with `keepSamples` each one is kept with its
 * send/answer time, for timelines.
 */
export function runLoad(opts: {
  base: string;
  bodies: GqlBody[];
  connections: number;
  durationS: number;
  timeoutS?: number;
  keepSamples?: boolean;
  /** Send `Cache-Control: no-cache`: the server computes every answer (its response cache is bypassed). */
  noCache?: boolean;
}): { done: Promise<LoadStats>; stop: () => void; okSoFar: () => number } {
  const failures: Record<string, number> = {};
  const samples: Sample[] = [];
  let ok = 0;
  type Ctx = { t0?: number };
  const requests = opts.bodies.map((b) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: {
      'content-type': 'application/json',
      ...(opts.noCache ? { 'cache-control': 'no-cache' } : {}),
    },
    body: bodyOf(b),
    setupRequest: (req: autocannon.Request, context: Ctx) => {
      context.t0 = performance.now();
      return req;
    },
    onResponse: (status: number, body: string, context: Ctx) => {
      const kind = kindOf(status, body);
      if (kind === 'ok') ok++;
      else failures[kind] = (failures[kind] ?? 0) + 1;
      if (opts.keepSamples) samples.push({ t0: context.t0 ?? 0, t1: performance.now(), status, kind });
    },
  }));
  // Without a callback autocannon returns its tracker (an EventEmitter with stop()); its types say Promise.
  const instance = autocannon({
    url: opts.base,
    connections: opts.connections,
    duration: opts.durationS,
    timeout: opts.timeoutS ?? 10,
    // biome-ignore lint/suspicious/noExplicitAny: autocannon's types do not know the per-request hooks' context
    requests: requests as any,
  }) as unknown as EventEmitter & { stop: () => void };
  const done = new Promise<LoadStats>((resolve, reject) => {
    instance.on('done', (r: autocannon.Result) =>
      resolve({
        requests: r.requests.total,
        ok,
        failures,
        errors: r.errors,
        timeouts: r.timeouts,
        latency: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
        rps: r.requests.average,
        samples,
      }),
    );
    instance.on('error', reject);
  });
  return { done, stop: () => instance.stop(), okSoFar: () => ok };
}
