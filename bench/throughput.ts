/**
 * Throughput: chain view and upstream gaps mixed (half each), 32 concurrent clients on loopback, autocannon
 * cycling through the deterministic inputs of the API benchmark. Every non-2xx answer or GraphQL error counts.
 */
import autocannon from 'autocannon';
import { type Call, clientOperations } from './api.ts';
import { type Metric, metric } from './lib/results.ts';

export async function benchThroughput(
  url: string,
  calls: Call[],
  opts: { connections?: number; seconds?: number } = {},
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
    headers: { 'content-type': 'application/json', 'x-graphql-csrf': '1' },
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
    metric: metric(rps, 'requests/s', '>= 500', { ...summary, mix: 'chain view + upstream gaps' }),
    summary,
  };
}
