import http from 'node:http';
import { graphHash } from '../../lib/graph-hash.ts';
import type { ChaosContext } from '../context.ts';
import { startServer } from '../env.ts';
import { type Hostile, hostileRequests } from '../hostile.ts';

const PARALLEL = 8;

interface Answer {
  status: number;
  body: string;
  error?: string;
}

function send(agent: http.Agent, base: string, h: Hostile): Promise<Answer> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...h.headers };
    if (h.body) headers['content-length'] = h.body.length;
    const req = http.request(
      `${base}${h.path}`,
      { method: h.method, agent, headers, timeout: 15_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => {
          if (chunks.length < 64) chunks.push(c);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (err) => resolve({ status: res.statusCode ?? 0, body: '', error: err.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 15 s')));
    req.on('error', (err) => resolve({ status: 0, body: '', error: err.message }));
    req.end(h.body);
  });
}

/** Why an answer breaks the rule (never a 5xx, a reset or a hang; GraphQL: 4xx or a JSON body), or undefined. */
function verdict(h: Hostile, a: Answer): string | undefined {
  if (a.error) return `no answer: ${a.error}`;
  if (a.status >= 500) return `HTTP ${a.status}`;
  if (!h.graphql) return a.status >= 200 && a.status < 500 ? undefined : `HTTP ${a.status}`;
  if (a.status >= 400)
    return a.body.includes('Unexpected error') ? `HTTP ${a.status} with a masked error` : undefined;
  if (a.status !== 200) return `HTTP ${a.status}`;
  let parsed: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(a.body);
  } catch {
    return '200 without a JSON body';
  }
  if (
    parsed.errors?.some(
      (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.message === 'Unexpected error.',
    )
  )
    return 'masked internal error (a 500 in disguise)';
  if (parsed.data === undefined && !parsed.errors?.length) return '200 with neither data nor errors';
  return undefined;
}

/**
 * Thousands of generated hostile requests (seeded: the same every run) against a live server, 8 at a time.
 * Each must be answered 4xx, or 200 with a JSON body (GraphQL errors or data) — never a 5xx, a masked internal
 * error, a reset or a hang; afterwards /healthz is 200, the process is alive, and the graph hash is unchanged.
 */
export async function hostile({ neo, db, ids, report }: ChaosContext): Promise<void> {
  const before = await graphHash(db.driver);
  const server = await startServer(neo.uri);
  try {
    const requests = hostileRequests(ids);
    const agent = new http.Agent({ keepAlive: true, maxSockets: PARALLEL });
    const byCategory = new Map<string, { sent: number; bad: number; statuses: Map<number, number> }>();
    const examples: string[] = [];
    const slowest: { ms: number; what: string }[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < requests.length) {
          const h = requests[next++] as Hostile;
          const s0 = performance.now();
          const a = await send(agent, server.base, h);
          slowest.push({
            ms: performance.now() - s0,
            what: `${h.category} ${h.path.slice(0, 40)} ${h.body?.length ?? 0} B → ${a.status}`,
          });
          if (slowest.length > 50) slowest.sort((x, y) => y.ms - x.ms).splice(10);
          const c = byCategory.get(h.category) ?? { sent: 0, bad: 0, statuses: new Map() };
          byCategory.set(h.category, c);
          c.sent++;
          c.statuses.set(a.status, (c.statuses.get(a.status) ?? 0) + 1);
          const why = verdict(h, a);
          if (why) {
            c.bad++;
            if (examples.length < 12)
              examples.push(
                `${h.category} ${h.method} ${h.path.slice(0, 60)} (${h.body?.length ?? 0} B): ${why} ${a.body.slice(0, 160)}`,
              );
          }
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    agent.destroy();
    const health = await fetch(`${server.base}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    const alive = server.child.exitCode === null;
    const after = await graphHash(db.driver);
    let bad = 0;
    for (const [name, c] of [...byCategory].sort()) {
      bad += c.bad;
      const statuses = [...c.statuses]
        .sort()
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      process.stdout.write(
        `  ${name.padEnd(12)} ${String(c.sent).padStart(5)} sent, ${c.bad} bad; ${statuses}\n`,
      );
    }
    for (const e of examples) process.stdout.write(`    ✗ ${e}\n`);
    slowest.sort((x, y) => y.ms - x.ms);
    process.stdout.write(
      `  slowest: ${slowest
        .slice(0, 5)
        .map((x) => `${x.what} ${x.ms.toFixed(0)} ms`)
        .join('; ')}\n`,
    );
    process.stdout.write(
      `  ${requests.length} requests in ${seconds.toFixed(1)} s; /healthz ${health}; hash ${before.hash.slice(0, 12)} → ${after.hash.slice(0, 12)}\n`,
    );
    report.check('hostile.requests', requests.length, 'requests', '≥ 2000', requests.length >= 2000);
    report.check(
      'hostile.categories',
      byCategory.size,
      'categories',
      '≥ 10 (all of the issue)',
      byCategory.size >= 10,
    );
    report.check('hostile.bad_answers', bad, 'answers', '0 (no 5xx, reset, hang or masked error)', bad === 0);
    report.check(
      'hostile.server_alive',
      alive && health === 200 ? 1 : 0,
      '',
      '1 (/healthz 200)',
      alive && health === 200,
    );
    report.checkFlag('hostile.hash_unchanged', after.hash === before.hash);
  } finally {
    await server.stop();
  }
}
