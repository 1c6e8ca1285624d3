import path from 'node:path';
import { query } from '../../../cypher/index.ts';
import { createApiToken } from '../../../server/auth/store.ts';
import { findFreePort } from '../../../server/db/localNeo4j.ts';
import { Db } from '../../../server/db/neo4j.ts';
import { MAX_TABLE_ROWS } from '../../../server/tables/rows.ts';
import { graphHash } from '../../lib/graph-hash.ts';
import { type ChaosContext, quantile } from '../context.ts';
import { sleep, startServer, workDir } from '../env.ts';

/** The table of the incident: one million enterprise rows, ASCII names so the file stays under 20 MB. */
const BIG_ROWS = 1_000_000;
/** The server's resident set stays under this during the big posts (it held 2 GB on a dry run before). */
const RSS_BOUND_MB = 512;

const csv = (rows: number, prefix: string) => {
  const lines = ['企业名称'];
  for (let i = 0; i < rows; i++) lines.push(`${prefix}${i}`);
  return `${lines.join('\n')}\n`;
};

interface Health {
  status: number;
  neo4j?: string;
  restarts?: number;
}

/**
 * A one-million-row CSV posted by an editor to /tables/enterprises (dry run, then for real) against a server
 * that runs and supervises its own local Neo4j (the default install, heap 512 MB), sampling /healthz and the
 * server's RSS every 100 ms. Then a transaction far beyond Neo4j's transaction memory limit, sent straight to
 * Bolt, and a real import of exactly MAX_TABLE_ROWS rows (the largest accepted). Criteria: the big file is
 * refused (413) without writing, Neo4j stays up (or is restarted within 30 s — the scenario says which), the
 * huge transaction fails cleanly, the at-limit import succeeds, RSS stays bounded.
 */
export async function bigTable({ report }: ChaosContext): Promise<void> {
  const port = await findFreePort();
  const server = await startServer(
    '',
    {
      LOCAL_NEO4J_PORT: String(port),
      LOCAL_NEO4J_DATA: path.join(workDir, 'big-table-neo4j'),
      SEED_ON_START: 'true',
    },
    300_000,
  );
  const db = new Db({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'chaos' });
  try {
    const { token } = await createApiToken(db, { name: 'chaos 编辑', role: 'editor' });
    const before = await graphHash(db.driver);
    const samples: { ms: number; health: Health; rss: number }[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const t0 = performance.now();
        const health: Health = await fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(10_000) })
          .then(async (r) => ({ ...((await r.json()) as object), status: r.status }))
          .catch(() => ({ status: 0 }));
        samples.push({ ms: performance.now() - t0, health, rss: server.rssMb() });
        await sleep(100);
      }
    })();
    const post = async (body: string, search: string) => {
      const t0 = performance.now();
      const res = await fetch(`${server.base}/tables/enterprises?${search}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
        body,
        signal: AbortSignal.timeout(300_000),
      });
      const json = (await res.json().catch(() => ({}))) as {
        code?: string;
        error?: string;
        written?: boolean;
      };
      return { status: res.status, ms: performance.now() - t0, ...json };
    };
    const big = csv(BIG_ROWS, 'big');
    const dry = await post(big, 'file=big.csv&dryRun=1');
    const real = await post(big, 'file=big.csv');
    const bigSamples = samples.length;

    // The heap guard: a transaction far beyond db.memory.transaction.max, straight to Bolt.
    const t0 = performance.now();
    const huge = await db.driver
      .executeQuery(query('chaos/huge-transaction'), {
        n: 5_000_000,
        pad: 'x'.repeat(200),
      })
      .then(
        () => 'committed',
        (err: { code?: string }) => err.code ?? 'failed',
      );
    const hugeMs = performance.now() - t0;
    await sleep(1000);
    const afterHuge = samples.at(-1)?.health;
    const hashAfter = await waitForHash(db);

    const limit = await post(csv(MAX_TABLE_ROWS, 'lim'), 'file=limit.csv');
    sampling = false;
    await sampler;

    const upDuring = samples.filter((s) => s.health.status === 200).length;
    const restarts = Math.max(0, ...samples.map((s) => s.health.restarts ?? 0));
    const down = samples.filter((s) => s.health.status !== 200);
    const downSpanMs = down.length ? down.length * 100 : 0;
    const peakBig = Math.max(...samples.slice(0, bigSamples).map((s) => s.rss));
    const peakAll = Math.max(...samples.map((s) => s.rss));
    const p99 = quantile(
      samples.map((s) => s.ms),
      0.99,
    );
    process.stdout.write(
      `  ${BIG_ROWS.toLocaleString('en')} rows (${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MB): dry run ${dry.status} ${dry.code} in ${dry.ms.toFixed(0)} ms, import ${real.status} ${real.code} in ${real.ms.toFixed(0)} ms — "${real.error}"\n` +
        `  huge transaction (5,000,000 nodes): ${huge} after ${hugeMs.toFixed(0)} ms; /healthz after it: ${JSON.stringify(afterHuge)}\n` +
        `  at-limit import (${MAX_TABLE_ROWS.toLocaleString('en')} rows): ${limit.status} written=${limit.written} in ${limit.ms.toFixed(0)} ms ${limit.error ?? ''}\n` +
        `  /healthz: ${samples.length} samples, ${upDuring} answered 200, p99 ${p99.toFixed(0)} ms, Neo4j restarts ${restarts}${restarts ? ` (down ~${downSpanMs} ms)` : ''}; server RSS peak ${peakBig.toFixed(0)} MB during the big posts, ${peakAll.toFixed(0)} MB in all\n`,
    );
    report.check(
      'big_table.refused',
      dry.status === 413 && real.status === 413 ? 1 : 0,
      '',
      '1 (413 TOO_MANY_ROWS, dry run and import)',
      dry.status === 413 && real.status === 413 && real.code === 'TOO_MANY_ROWS',
    );
    report.checkFlag('big_table.hash_unchanged', hashAfter === before.hash, '1 (nothing written)');
    report.check(
      'big_table.huge_tx_fails_cleanly',
      huge.includes('MemoryPool') ? 1 : 0,
      '',
      '1 (MemoryPoolOutOfMemoryError, JVM up)',
      huge.includes('MemoryPool') && afterHuge?.status === 200,
    );
    report.check(
      'big_table.neo4j_restarts',
      restarts,
      '',
      '0 (or back within 30 s)',
      restarts === 0 || downSpanMs < 30_000,
    );
    report.check('big_table.healthz_p99', p99, 'ms', '< 1000', p99 < 1000);
    report.check('big_table.rss_peak', peakBig, 'MB', `< ${RSS_BOUND_MB}`, peakBig < RSS_BOUND_MB);
    report.check(
      'big_table.at_limit_import',
      limit.status === 200 && limit.written ? 1 : 0,
      '',
      `1 (${MAX_TABLE_ROWS} rows written)`,
      limit.status === 200 && limit.written === true,
    );
    report.check('big_table.at_limit_import_ms', limit.ms, 'ms', '(info)', true);
    report.check('big_table.rss_peak_all', peakAll, 'MB', '(info)', true);
  } finally {
    await db.close();
    await server.stop();
  }
}

/** The graph's hash once Neo4j answers again (at most 30 s after a restart). */
async function waitForHash(db: Db): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return (await graphHash(db.driver)).hash;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(500);
    }
  }
}
