import { type ChaosContext, CONNECTIONS, quantile } from '../context.ts';
import { sleep, startServer } from '../env.ts';
import { requestMix, runLoad } from '../load.ts';

const BEFORE_MS = 5000;
const DOWN_MS = 8000;
// Long enough to measure when it serves again, even when that misses the 10 s target.
const AFTER_MS = 40_000;
/** A request with no answer after this long counts as hung (autocannon's client timeout). */
const CLIENT_TIMEOUT_S = 10;

/**
 * Neo4j is SIGKILLed while 32 connections run the mix, stays dead 8 s, and is started again on the same port and
 * store. Every request answered while it is down must be a GraphQL SERVICE_UNAVAILABLE error in < 1 s; no request
 * may go unanswered; the server stays up; and from Neo4j's return (it prints NEO4J_READY) to the last failed answer
 * at most 10 s may pass.
 */
export async function dbDown({ neo, ids, report }: ChaosContext): Promise<void> {
  const server = await startServer(neo.uri);
  try {
    const load = runLoad({
      base: server.base,
      bodies: requestMix(ids),
      connections: CONNECTIONS,
      durationS: 600,
      timeoutS: CLIENT_TIMEOUT_S,
      keepSamples: true,
    });
    // Steady state first: at least BEFORE_MS and 300 good answers (cold query plans are slow on a busy machine).
    const started = Date.now();
    while (Date.now() - started < BEFORE_MS || (load.okSoFar() < 300 && Date.now() - started < 60_000))
      await sleep(250);
    const killAt = performance.now();
    await neo.kill();
    await sleep(DOWN_MS);
    const restartAt = performance.now();
    await neo.restart();
    const readyAt = performance.now();
    await sleep(AFTER_MS);
    load.stop();
    const r = await load.done;

    const after = r.samples.filter((s) => s.t1 >= killAt);
    const unavailable = after.filter((s) => s.kind === 'SERVICE_UNAVAILABLE');
    const wrong = after.filter((s) => s.kind !== 'ok' && s.kind !== 'SERVICE_UNAVAILABLE');
    const wrongKinds = [...new Set(wrong.map((s) => s.kind))].join(', ');
    const failLatency = unavailable.map((s) => s.t1 - s.t0);
    // Requests in flight at the kill: how long after the kill their answer came.
    const caught = unavailable.filter((s) => s.t0 < killAt).map((s) => s.t1 - killAt);
    // Serving again: the first good answer after the last failed one, counted from Neo4j's return.
    const lastFailure = Math.max(killAt, ...after.filter((s) => s.kind !== 'ok').map((s) => s.t1));
    const firstGood = after.filter((s) => s.kind === 'ok' && s.t1 >= lastFailure).map((s) => s.t1);
    const recoveredMs = firstGood.length
      ? Math.max(0, Math.min(...firstGood) - readyAt)
      : Number.POSITIVE_INFINITY;
    const okAfterReturn = firstGood.length;
    const health = await fetch(`${server.base}/healthz`).then(
      (res) => res.status,
      () => 0,
    );
    const alive = server.child.exitCode === null && health === 200;

    process.stdout.write(
      `  ${r.requests} answers; Neo4j killed at ${(killAt / 1000).toFixed(1)} s, restarted in ${((readyAt - restartAt) / 1000).toFixed(1)} s; ` +
        `${unavailable.length} SERVICE_UNAVAILABLE answers (p50 ${quantile(failLatency, 0.5).toFixed(1)} ms, p99 ${quantile(failLatency, 0.99).toFixed(1)} ms, max ${Math.max(0, ...failLatency).toFixed(1)} ms); ` +
        `${caught.length} were in flight at the kill (answered ≤ ${Math.max(0, ...caught).toFixed(0)} ms after it); ` +
        `${okAfterReturn} good answers after recovery; without an answer: ${r.errors} (${r.timeouts} timed out, ${r.errors - r.timeouts} reset)` +
        (wrong.length ? `; other failures: ${wrongKinds}` : '') +
        '\n',
    );
    report.check(
      'db_down.unavailable_answers',
      unavailable.length,
      'answers',
      '> 0 (the outage was seen)',
      unavailable.length > 0,
    );
    const maxFail = Math.max(0, ...failLatency);
    report.check(
      'db_down.fail_latency_max',
      maxFail,
      'ms',
      '< 1000',
      unavailable.length > 0 && maxFail < 1000,
    );
    report.check('db_down.fail_latency_p99', quantile(failLatency, 0.99), 'ms', '(info)', true);
    report.check(
      'db_down.other_failures',
      wrong.length,
      'answers',
      '0 (only SERVICE_UNAVAILABLE)',
      wrong.length === 0,
      wrongKinds,
    );
    report.check(
      'db_down.hung_or_reset',
      r.errors,
      'requests',
      `0 (client timeout ${CLIENT_TIMEOUT_S} s)`,
      r.errors === 0,
      `${r.timeouts} timed out, ${r.errors - r.timeouts} reset`,
    );
    report.check(
      'db_down.recovery',
      recoveredMs,
      'ms',
      '≤ 10000 after Neo4j is back',
      recoveredMs <= 10_000 && okAfterReturn > 0,
    );
    report.check('db_down.server_alive', alive ? 1 : 0, '', '1 (/healthz 200 at the end)', alive);
  } finally {
    await server.stop();
  }
}
