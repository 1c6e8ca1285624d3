import http from 'node:http';
import { createApiToken } from '../../../server/auth/store.ts';
import { LIMITS } from '../../../server/limits.ts';
import { graphHash } from '../../lib/graph-hash.ts';
import { percentile } from '../../lib/stats.ts';
import type { ChaosContext } from '../context.ts';
import { sleep, startServer } from '../env.ts';
import { type HostileFile, hostileFiles } from '../hostile-files.ts';

/** Files in flight at once in the first pass (one at a time would not fill the queue). */
const PARALLEL = 3;
/** The burst: every file at once, twice — more than the pool runs and queues, so some must be BUSY. */
const BURST = 2;
const HEALTH_EVERY_MS = 100;
/** /healthz alone first, for comparison: what the machine gives when no file is being read. */
const IDLE_S = 5;
/** The server's resident set may not pass this: its idle ~250 MB plus, per worker, its heap limits and 256 MB. */
export const RSS_BOUND_MB =
  512 + LIMITS.JOB_WORKERS * (LIMITS.JOB_MEMORY_MB + LIMITS.JOB_YOUNG_MEMORY_MB + 256);

interface Answer {
  status: number;
  code?: string;
  ms: number;
  error?: string;
}

function post(base: string, f: HostileFile, token: string): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      `${base}${f.path}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': f.body.length,
          authorization: `Bearer ${token}`,
        },
        timeout: 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { code?: string }).code;
          } catch {}
          resolve({ status: res.statusCode ?? 0, code, ms: performance.now() - t0 });
        });
        res.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, error: e.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
    req.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, error: e.message }));
    req.end(f.body);
  });
}

/** Why an answer is wrong for its file, or undefined. 503 BUSY (with the queue full) is always right. */
function wrong(f: HostileFile, a: Answer): string | undefined {
  if (a.error) return a.error;
  if (a.status === 503 && a.code === 'BUSY') return undefined;
  if (!f.status.includes(a.status)) return `HTTP ${a.status} ${a.code ?? ''}, expected ${f.status.join('/')}`;
  if (a.status >= 400 && f.code && a.code !== f.code) return `code ${a.code}, expected ${f.code}`;
  return undefined;
}

/** Polls /healthz every 100 ms until stopped; each answer's latency (a failure counts as 10 s). */
function pollHealth(base: string) {
  const ms: number[] = [];
  let failures = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const t0 = performance.now();
      const ok = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) }).then(
        (r) => r.status === 200,
        () => false,
      );
      ms.push(ok ? performance.now() - t0 : 10_000);
      if (!ok) failures++;
      await sleep(HEALTH_EVERY_MS);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { ms, failures };
    },
  };
}

const alive = (pid: number | undefined) => {
  try {
    return pid !== undefined && process.kill(pid, 0);
  } catch {
    return false;
  }
};

/**
 * The hostile files of issue #19 and larger siblings (hostile-files.ts) posted to a live server — first three at
 * a time, then all at once twice — while /healthz is polled every 100 ms and the server's RSS every 200 ms. Each
 * file must get its right answer (or 503 BUSY), /healthz p99 ≤ 1 s throughout, RSS ≤ RSS_BOUND_MB, Neo4j up, the
 * graph hash unchanged.
 */
export async function hostileFilesScenario({ neo, db, report }: ChaosContext): Promise<void> {
  const { token } = await createApiToken(db, { name: 'chaos hostile-files', role: 'editor' });
  const before = await graphHash(db.driver);
  const t0 = performance.now();
  const files = hostileFiles();
  process.stdout.write(
    `  generated ${files.length} files (${(files.reduce((n, f) => n + f.body.length, 0) / 1048576).toFixed(1)} MB) in ${(performance.now() - t0).toFixed(0)} ms\n`,
  );
  const server = await startServer(neo.uri);
  const idlePoll = pollHealth(server.base);
  await sleep(IDLE_S * 1000);
  const idle = await idlePoll.stop();
  let rssPeak = server.rssMb();
  const rssIdle = rssPeak;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, server.rssMb());
  }, 200);
  const health = pollHealth(server.base);
  const problems: string[] = [];
  let busy = 0;
  const send = async (f: HostileFile, pass: string) => {
    const a = await post(server.base, f, token);
    if (a.status === 503) busy++;
    const why = wrong(f, a);
    if (why) problems.push(`${pass} ${f.name}: ${why}`);
    if (pass === 'one')
      process.stdout.write(
        `  ${why ? '✗' : '✓'} ${f.name.padEnd(34)} ${(f.body.length / 1024).toFixed(0).padStart(6)} KB → ${a.status} ${a.code ?? ''} ${a.ms.toFixed(0)} ms\n`,
      );
  };
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < files.length) await send(files[next++] as HostileFile, 'one');
      }),
    );
    for (let i = 0; i < BURST; i++) await Promise.all(files.map((f) => send(f, `burst ${i + 1}`)));
  } finally {
    clearInterval(sampler);
  }
  const { ms, failures } = await health.stop();
  const seconds = (performance.now() - t0) / 1000;
  const final = await fetch(`${server.base}/healthz`).then((r) => r.json() as Promise<{ neo4j?: string }>);
  const after = await graphHash(db.driver);
  await server.stop();
  for (const p of problems.slice(0, 12)) process.stdout.write(`    ✗ ${p}\n`);
  const p99 = percentile(ms, 99);
  process.stdout.write(
    `  /healthz with no uploads (${IDLE_S} s): p50 ${percentile(idle.ms, 50).toFixed(0)} ms, p99 ${percentile(idle.ms, 99).toFixed(0)} ms\n  ${files.length * (1 + BURST)} uploads in ${seconds.toFixed(1)} s (${busy} answered BUSY); /healthz ${ms.length} polls, p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms, ${failures} failed; RSS ${rssIdle.toFixed(0)} → peak ${rssPeak.toFixed(0)} MB; hash ${before.hash.slice(0, 12)} → ${after.hash.slice(0, 12)}\n`,
  );
  report.check(
    'hostile_files.wrong_answers',
    problems.length,
    'answers',
    '0 (each file its 4xx/200, or 503 BUSY)',
    problems.length === 0,
  );
  report.check(
    'hostile_files.healthz_p99_ms',
    p99,
    'ms',
    '≤ 1000 during the uploads',
    p99 <= 1000 && failures === 0,
  );
  report.check('hostile_files.healthz_max_ms', Math.max(...ms), 'ms', '(info)', true);
  report.check(
    'hostile_files.healthz_idle_p99_ms',
    percentile(idle.ms, 99),
    'ms',
    '(info) no uploads, same machine',
    true,
  );
  report.check('hostile_files.rss_peak_mb', rssPeak, 'MB', `≤ ${RSS_BOUND_MB}`, rssPeak <= RSS_BOUND_MB);
  report.check(
    'hostile_files.neo4j_up',
    final.neo4j === 'up' && alive(neo.pid) ? 1 : 0,
    '',
    '1',
    final.neo4j === 'up' && alive(neo.pid),
  );
  report.checkFlag('hostile_files.hash_unchanged', after.hash === before.hash);
}
