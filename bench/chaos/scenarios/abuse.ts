import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApiToken } from '../../../server/auth/store.ts';
import { repoRoot } from '../../../server/paths.ts';
import { graphHash } from '../../lib/graph-hash.ts';
import { type ChaosContext, quantile } from '../context.ts';
import { sleep, startServer } from '../env.ts';
import { pick } from '../load.ts';

const DURATION_S = 30;
/** Clients asking for .docx briefings at once, each with its own viewer token (8 clients, as in issue #19). */
const BRIEFING_CLIENTS = 8;
/** The bound on the server's resident set size during the scenario (docs/RELIABILITY.md). */
export const ABUSE_RSS_BOUND_MB = 1024;

const operations = readFileSync(path.join(repoRoot, 'client/src/api/operations.graphql'), 'utf8');
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/**
 * Heavy requests at once for DURATION_S against a server with the limits as deployed: 8 token holders asking for
 * .docx briefings of every chain × zone (each client's briefing budget runs out: 429), an anonymous client
 * flooding uncached chain views (its GraphQL budget runs out), alias-heavy queries (refused by alias count and
 * list-aware cost), and bodies over the limit (413, 2 MB and 30 MB). Meanwhile /healthz is polled every 100 ms:
 * p99 ≤ 1 s; RSS stays under ABUSE_RSS_BOUND_MB; no answer is a 5xx or a reset; the graph hash is unchanged.
 */
export async function abuse({ neo, db, ids, report }: ChaosContext): Promise<void> {
  const tokens = await Promise.all(
    Array.from({ length: BRIEFING_CLIENTS }, (_, i) =>
      createApiToken(db, { name: `chaos-abuse-${i}`, role: 'viewer' }).then((t) => t.token),
    ),
  );
  const before = await graphHash(db.driver);
  const server = await startServer(neo.uri, {}, undefined, { limits: true });
  // Warm first, as a deployed server is: its start-up warm-up, then one briefing and one chain view (a fresh
  // Neo4j plans each query in seconds on this machine; cold plans are the db-down scenario's subject, not this).
  for (
    const deadline = Date.now() + 180_000;
    !server.log().includes('warmed up queries') && Date.now() < deadline;
  )
    await sleep(500);
  await fetch(`${server.base}/briefings/${ids.chains[0]}.json?zone=${ids.zones[0]}`).then((r) =>
    r.arrayBuffer(),
  );
  await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-warm': '1' },
    body: JSON.stringify({
      query: operations,
      operationName: 'ChainView',
      variables: { id: ids.chains[0], zone: ids.zones[0] },
    }),
  }).then((r) => r.arrayBuffer());
  const statuses = new Map<string, Map<number, number>>();
  const count = (what: string, status: number) => {
    const m = statuses.get(what) ?? new Map<number, number>();
    statuses.set(what, m);
    m.set(status, (m.get(status) ?? 0) + 1);
  };
  const until = performance.now() + DURATION_S * 1000;
  /** Sends until the end; a GraphQL 200 whose answer has errors and no data counts as refused (400). */
  const loop = async (what: string, send: (i: number) => Promise<Response>, pauseMs = 0) => {
    for (let i = 0; performance.now() < until; i++) {
      const status = await send(i).then(
        async (r) => {
          const text = await r.text().catch(() => '');
          return r.status === 200 && text.startsWith('{"errors"') && !text.includes('"data":{')
            ? 400
            : r.status;
        },
        () => 0,
      );
      count(what, status);
      await sleep(status === 429 ? 200 : pauseMs);
    }
  };
  const gql = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(30_000),
    });
  const bigBody = JSON.stringify({ query: '{ industries { id } }', pad: 'x'.repeat(2 ** 21) });
  const hugeBody = JSON.stringify({ query: '{ industries { id } }', pad: 'x'.repeat(30 * 2 ** 20) });
  const heavy = 'chains { id name links { stage status product { id name } reason { producers { id } } } }';
  const health: number[] = [];
  let rssPeak = server.rssMb();
  try {
    const work = [
      ...tokens.map((token, c) =>
        loop('briefing .docx', (i) => {
          const rnd = () => ((c * 7919 + i * 104729) % 1000) / 1000;
          const zone = i % 3 === 0 ? '' : `?zone=${pick(rnd, ids.zones)}`;
          return fetch(`${server.base}/briefings/${pick(rnd, ids.chains)}.docx${zone}`, {
            headers: { authorization: `Bearer ${token}` },
            signal: AbortSignal.timeout(30_000),
          });
        }),
      ),
      loop('uncached ChainView', (i) =>
        gql(
          JSON.stringify({
            query: operations,
            operationName: 'ChainView',
            variables: { id: ids.chains[i % ids.chains.length], zone: ids.zones[i % ids.zones.length] },
          }),
          { 'cache-control': 'no-cache' },
        ),
      ),
      loop('30 aliases', () => gql(JSON.stringify({ query: aliases(30, heavy) }))),
      loop('10 heavy aliases', () => gql(JSON.stringify({ query: aliases(10, heavy) }))),
      loop('2 MB body', () => gql(bigBody), 100),
      loop('30 MB body', () => gql(hugeBody), 500),
      (async () => {
        while (performance.now() < until) {
          const t0 = performance.now();
          await fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(10_000) }).then(
            (r) => r.arrayBuffer(),
            () => undefined,
          );
          health.push(performance.now() - t0);
          rssPeak = Math.max(rssPeak, server.rssMb());
          await sleep(100);
        }
      })(),
    ];
    await Promise.all(work);
    const alive = server.child.exitCode === null;
    const after = await graphHash(db.driver);
    let bad = 0;
    for (const [what, m] of statuses) {
      const line = [...m].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
      for (const [s, n] of m) if (s === 0 || s >= 500) bad += n;
      process.stdout.write(`  ${what.padEnd(20)} ${line.join(' ')}\n`);
    }
    const p50 = quantile(health, 0.5);
    const p99 = quantile(health, 0.99);
    const max = Math.max(...health);
    process.stdout.write(
      `  /healthz ${health.length} polls: p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${max.toFixed(0)} ms; ` +
        `RSS peak ${rssPeak.toFixed(0)} MB; hash ${before.hash.slice(0, 12)} → ${after.hash.slice(0, 12)}\n`,
    );
    const limited = (what: string, status: number) => statuses.get(what)?.get(status) ?? 0;
    report.check(
      'abuse.healthz_p99',
      p99,
      'ms',
      '≤ 1000',
      p99 <= 1000,
      `p50 ${p50.toFixed(0)}, max ${max.toFixed(0)}`,
    );
    report.check('abuse.rss_peak', rssPeak, 'MB', `< ${ABUSE_RSS_BOUND_MB}`, rssPeak < ABUSE_RSS_BOUND_MB);
    report.check('abuse.bad_answers', bad, 'answers', '0 (no 5xx or reset)', bad === 0);
    // Each client gets at most its budget: burst + perMinute × duration (server/config.ts defaults).
    const briefingBudget = BRIEFING_CLIENTS * (10 + (10 * DURATION_S) / 60);
    const briefings = limited('briefing .docx', 200);
    report.check(
      'abuse.briefings_within_budget',
      briefings,
      'answers',
      `≤ ${briefingBudget} (8 clients × their budget; ${limited('briefing .docx', 429)} × 429)`,
      briefings <= briefingBudget,
    );
    report.check('abuse.graphql_429', limited('uncached ChainView', 429), 'answers', '(info)', true);
    const refused = limited('30 aliases', 400) + limited('10 heavy aliases', 400);
    const sent = [
      ...(statuses.get('30 aliases') ?? new Map()).values(),
      ...(statuses.get('10 heavy aliases') ?? new Map()).values(),
    ].reduce((a, b) => a + b, 0);
    report.check(
      'abuse.alias_queries_refused',
      refused,
      'answers',
      `= sent (${sent})`,
      refused === sent && sent > 0,
    );
    const over = limited('2 MB body', 413) + limited('30 MB body', 413);
    report.check('abuse.big_bodies_413', over, 'answers', '> 0, none reset', over > 0);
    report.check('abuse.server_alive', alive ? 1 : 0, '', '1', alive);
    report.checkFlag('abuse.hash_unchanged', after.hash === before.hash);
  } finally {
    await server.stop();
  }
}
