import { responseCacheStats } from '../../lib/cache-stats.ts';
import { type ChaosContext, CONNECTIONS, sum } from '../context.ts';
import { sleep, startServer } from '../env.ts';
import { requestMix, runLoad } from '../load.ts';

const WARM_S = 15;
const SOAK_S = 60;

/**
 * 60 s at 32 connections of the realistic mix after a 15 s warm-up, twice on the same server: first with the
 * response cache bypassed (`soak.*`: every answer computed by the resolvers and Neo4j), then as deployed
 * (`soak_cached.*`: repeats answered from the cache). Every answer must be a 200 with data and no GraphQL
 * error; the server's RSS one second after each soak may exceed its RSS one second after its warm-up by less
 * than 10 %.
 */
export async function soak({ neo, ids, report }: ChaosContext): Promise<void> {
  const server = await startServer(neo.uri);
  try {
    const bodies = requestMix(ids);
    for (const [name, noCache] of [
      ['soak', true],
      ['soak_cached', false],
    ] as const) {
      const rssStart = server.rssMb();
      await runLoad({ base: server.base, bodies, connections: CONNECTIONS, durationS: WARM_S, noCache }).done;
      await sleep(1000);
      const rssWarm = server.rssMb();
      let rssPeak = rssWarm;
      const timer = setInterval(() => {
        rssPeak = Math.max(rssPeak, server.rssMb());
      }, 1000);
      const before = await responseCacheStats(server.base);
      const r = await runLoad({
        base: server.base,
        bodies,
        connections: CONNECTIONS,
        durationS: SOAK_S,
        noCache,
      }).done;
      const after = await responseCacheStats(server.base);
      clearInterval(timer);
      await sleep(1000);
      const rssEnd = server.rssMb();
      // autocannon counts a timeout in `errors` too.
      const errors = sum(r.failures) + r.errors;
      const hits = after.hits - before.hits;
      process.stdout.write(
        `  ${name} (${noCache ? 'Cache-Control: no-cache' : 'response cache on'}): ` +
          `${r.requests} answers in ${SOAK_S} s (${Math.round(r.rps)}/s), ${hits} from the cache; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
          `RSS ${rssStart.toFixed(0)} MB at start, ${rssWarm.toFixed(0)} MB after warm-up, peak ${rssPeak.toFixed(0)} MB, ${rssEnd.toFixed(0)} MB at the end` +
          (errors
            ? `; failures ${JSON.stringify(r.failures)}, without an answer ${r.errors} (${r.timeouts} timed out)`
            : '') +
          '\n',
      );
      report.check(
        `${name}.requests`,
        r.requests,
        'requests',
        `> ${SOAK_S * 10} (load really ran)`,
        r.requests > SOAK_S * 10,
      );
      report.check(`${name}.errors`, errors, 'errors', '0', errors === 0);
      report.check(`${name}.throughput`, r.rps, 'req/s', '(info)', true);
      report.check(`${name}.cache_hits`, hits, 'answers', '(info)', true);
      report.check(`${name}.latency_p99`, r.latency.p99, 'ms', '(info)', true);
      const growth = ((rssEnd - rssWarm) / rssWarm) * 100;
      report.check(
        `${name}.memory_growth`,
        growth,
        '%',
        '< 10',
        growth < 10,
        `RSS ${rssWarm.toFixed(0)} → ${rssEnd.toFixed(0)} MB`,
      );
    }
    report.check(
      'soak.server_alive',
      server.child.exitCode === null ? 1 : 0,
      '',
      '1',
      server.child.exitCode === null,
    );
  } finally {
    await server.stop();
  }
}
