/**
 * Throughput: chain view and upstream gaps mixed (half each), 32 concurrent clients on loopback, autocannon
 * cycling through the deterministic inputs of the API benchmark. Every non-2xx answer or GraphQL error counts.
 * `serverCache: false` sends `Cache-Control: no-cache`, so every request goes through the resolvers and Neo4j;
 * otherwise the server answers repeats from its response cache, as deployed.
 */
import autocannon from 'autocannon';
import { type Call, clientOperations, graphqlCall } from './api.ts';
import { type Metric, metric } from './lib/results.ts';

/** Asks each call once, `parallel` at a time (the server stores every answer in its response cache). */
export async function fillCache(url: string, calls: Call[], parallel = 4): Promise<void> {
  const docs = clientOperations();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < calls.length; i = next++)
      await graphqlCall(url, docs, calls[i] as Call, { serverCache: true });
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

export async function benchThroughput(
  url: string,
  calls: Call[],
  opts: { connections?: number; seconds?: number; serverCache?: boolean } = {},
): Promise<{ metric: Metric; summary: Record<string, unknown> }> {
  const docs = clientOperations();
  const bodies = calls.map((c) =>
    JSON.stringify({
      query: docs.get(c.operationName),
      operationName: c.operationName,
      variables: c.variables,
    }),
  );
  let next = 0;
  let graphqlErrors = 0;
  const connections = opts.connections ?? 32;
  const duration = opts.seconds ?? 20;
  const result = await autocannon({
    url,
    connections,
    duration,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-graphql-csrf': '1',
      ...(opts.serverCache === false ? { 'cache-control': 'no-cache' } : {}),
    },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  const summary = {
    serverCache: opts.serverCache !== false,
    distinctRequests: bodies.length,
    connections,
    seconds: duration,
    requests: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
  };
  const rps = errors === 0 ? Math.round(result.requests.average) : 0;
  return {
    metric: metric(rps, 'requests/s', '>= 1000', { ...summary, mix: 'chain view + upstream gaps' }),
    summary,
  };
}
