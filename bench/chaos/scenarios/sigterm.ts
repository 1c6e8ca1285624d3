import http from 'node:http';
import { type ChaosContext, CONNECTIONS, quantile } from '../context.ts';
import { sleep, startServer } from '../env.ts';
import { bodyOf, requestMix } from '../load.ts';

interface Call {
  t0: number;
  t1?: number;
  status?: number;
  ok?: boolean;
  error?: string;
}

function post(agent: http.Agent, base: string, body: string, call: Call): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request(
      `${base}/graphql`,
      {
        method: 'POST',
        agent,
        // no-cache: every request is real work in Neo4j, not an answer from the response cache.
        headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
        timeout: 20_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
        });
        res.on('end', () => {
          call.t1 = performance.now();
          call.status = res.statusCode;
          call.ok = res.statusCode === 200 && !text.includes('"errors"');
          resolve();
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('client timeout')));
    req.on('error', (err) => {
      call.t1 = performance.now();
      call.error = err.message;
      resolve();
    });
    req.end(body);
  });
}

/**
 * SIGTERM while 32 clients each have a request in flight (upstream gaps of deep links and whole chain maps):
 * every request in flight at the signal must be answered 200 without errors, then the process must exit 0
 * having closed the driver (its last log line says so).
 */
export async function sigterm({ neo, ids, report }: ChaosContext): Promise<void> {
  const server = await startServer(neo.uri);
  try {
    const bodies = requestMix(ids)
      .filter((b) => b.operationName === 'UpstreamGapsView' || b.operationName === 'ChainView')
      .map((b) => bodyOf({ ...b, variables: { ...b.variables, maxDepth: 10 } }));
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const calls: Call[] = [];
    let stop = false;
    let next = 0;
    const worker = async () => {
      while (!stop) {
        const call: Call = { t0: performance.now() };
        calls.push(call);
        await post(agent, server.base, bodies[next++ % bodies.length] as string, call);
      }
    };
    const workers = Array.from({ length: CONNECTIONS }, worker);
    // Steady state first: at least 4 s and one answer per client (slow on a busy machine), at most 60 s.
    const started = Date.now();
    while (
      Date.now() - started < 4000 ||
      (calls.filter((c) => c.status === 200).length < CONNECTIONS && Date.now() - started < 60_000)
    )
      await sleep(250);
    const termAt = performance.now();
    stop = true;
    server.child.kill('SIGTERM');
    const inFlight = calls.filter((c) => c.t0 < termAt && (c.t1 === undefined || c.t1 > termAt));
    await Promise.all(workers);
    const exit = await Promise.race([server.exited, sleep(30_000).then(() => undefined)]);
    const exitMs = performance.now() - termAt;
    agent.destroy();

    const good = inFlight.filter((c) => c.status === 200 && c.ok);
    const bad = inFlight.filter((c) => !(c.status === 200 && c.ok));
    const lastAnswer = Math.max(0, ...inFlight.map((c) => (c.t1 ?? termAt) - termAt));
    const lines = server.log().trim().split('\n');
    const driverClosed = lines.some((l) => l.includes('"neo4j driver closed"'));
    const before = calls.filter((c) => c.t1 !== undefined && c.t1 < termAt && c.status === 200);
    process.stdout.write(
      `  ${before.length} answers before the signal (p50 ${quantile(
        before.map((c) => (c.t1 as number) - c.t0),
        0.5,
      ).toFixed(0)} ms); ` +
        `${inFlight.length} in flight at SIGTERM: ${good.length} answered 200, the last ${lastAnswer.toFixed(0)} ms after the signal` +
        (bad.length ? `; failed: ${bad.map((c) => c.error ?? c.status).join(', ')}` : '') +
        `; exit ${exit ? `code ${exit.code} signal ${exit.signal}` : 'none within 30 s'} after ${exitMs.toFixed(0)} ms; driver closed: ${driverClosed}\n`,
    );
    report.check(
      'sigterm.in_flight',
      inFlight.length,
      'requests',
      '> 0 (requests were in flight)',
      inFlight.length > 0,
    );
    report.check(
      'sigterm.in_flight_failed',
      bad.length,
      'requests',
      '0',
      inFlight.length > 0 && bad.length === 0,
    );
    report.check('sigterm.exit_code', exit?.code ?? -1, '', '0', exit?.code === 0);
    report.check('sigterm.exit_after', exitMs, 'ms', '(info)', true);
    report.check(
      'sigterm.driver_closed',
      driverClosed ? 1 : 0,
      '',
      '1 (log line after driver.close())',
      driverClosed,
    );
  } finally {
    await server.stop();
  }
}
