import { spawn } from 'node:child_process';
import { query } from '../../../cypher/index.ts';
import { repoRoot } from '../../../server/paths.ts';
import { graphHash } from '../../lib/graph-hash.ts';
import type { ChaosContext } from '../context.ts';
import { sleep } from '../env.ts';

interface Tx {
  currentQuery: string;
  ms: number;
}

/** The longest line of a Cypher file: enough to recognise it in SHOW TRANSACTIONS. */
const signature = (cypher: string) =>
  cypher
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');

/** `npm run pool:import` against the chaos Neo4j, as a child process (without npm's wrapper: the pid is its own). */
function startImport(uri: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/pool-import.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'chaos' },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, exited, output: () => output };
}

/**
 * The national pool import (one write transaction of tens of thousands of rows) is SIGKILLed while Neo4j shows
 * its transaction running the last write statement (MAIN_PRODUCT edges, after all firms were written inside it).
 * The graph's content hash afterwards must equal the hash before. A complete import then shows that the killed
 * one would have changed the content, and how far into its write it was killed.
 */
export async function importKill({ neo, db, report }: ChaosContext): Promise<void> {
  const before = await graphHash(db.driver);
  const edgesQuery = signature(query('pool/main-products'));
  const firmsQuery = signature(query('pool/enterprises'));
  const run = startImport(neo.uri);
  const t0 = performance.now();
  let killedTx: Tx | undefined;
  let firmsSeen = false;
  while (run.child.exitCode === null) {
    const txs = await db.read<Tx & Record<string, unknown>>('chaos/transactions');
    const mine = txs.find((t) => t.currentQuery.includes(edgesQuery) || t.currentQuery.includes(firmsQuery));
    if (mine) {
      if (mine.currentQuery.includes(firmsQuery)) firmsSeen = true;
      if (mine.currentQuery.includes(edgesQuery)) {
        killedTx = mine;
        run.child.kill('SIGKILL');
        break;
      }
    }
    await sleep(10);
  }
  await run.exited;
  const killedAt = performance.now() - t0;
  // Neo4j rolls the transaction back when its connection drops; wait until it is gone.
  const deadline = Date.now() + 30_000;
  let open = 1;
  while (Date.now() < deadline) {
    const txs = await db.read<Tx & Record<string, unknown>>('chaos/transactions');
    open = txs.filter(
      (t) => t.currentQuery.includes(edgesQuery) || t.currentQuery.includes(firmsQuery),
    ).length;
    if (open === 0) break;
    await sleep(100);
  }
  const after = await graphHash(db.driver);

  // The same import left to finish: it changes the content, and its timing shows where the kill fell.
  const full = startImport(neo.uri);
  const f0 = performance.now();
  const code = await full.exited;
  const fullMs = performance.now() - f0;
  // The summary is the pretty-printed JSON at the end (log lines before it are JSON too, one per line).
  const out = full.output();
  const start = out.search(/^\{$/m);
  const summary = start >= 0 ? out.slice(start) : undefined;
  const ms = summary ? (JSON.parse(summary) as { ms?: { read: number; write: number } }).ms : undefined;
  const completed = await graphHash(db.driver);

  process.stdout.write(
    `  before: ${before.nodes} nodes, ${before.relationships} relationships, ${before.hash.slice(0, 12)}; ` +
      `import killed ${killedAt.toFixed(0)} ms after start, ${killedTx ? `its transaction ${killedTx.ms} ms into the write (firms written: ${firmsSeen})` : 'WITHOUT being seen mid-write'}; ` +
      `after: ${after.nodes} nodes, ${after.relationships} relationships, ${after.hash.slice(0, 12)}; ` +
      `a full import (exit ${code}) takes ${fullMs.toFixed(0)} ms (read ${ms?.read} ms, write ${ms?.write} ms) and gives ${completed.nodes} nodes, ${completed.relationships} relationships, ${completed.hash.slice(0, 12)}\n`,
  );
  report.check(
    'import_kill.killed_mid_write',
    killedTx ? 1 : 0,
    '',
    '1 (Neo4j showed the write running)',
    killedTx !== undefined,
  );
  report.check(
    'import_kill.hash_unchanged',
    after.hash === before.hash ? 1 : 0,
    '',
    '1 (hash after = before)',
    killedTx !== undefined && after.hash === before.hash,
  );
  report.check('import_kill.open_transactions_after', open, 'transactions', '0', open === 0);
  report.check(
    'import_kill.full_import_changes_hash',
    completed.hash !== before.hash ? 1 : 0,
    '',
    '1 (the kill prevented a real change)',
    code === 0 && completed.hash !== before.hash,
  );
  if (ms && killedTx)
    report.check('import_kill.write_progress_at_kill', (killedTx.ms / ms.write) * 100, '%', '(info)', true);
}
