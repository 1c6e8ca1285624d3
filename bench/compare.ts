/**
 * `npm run bench -- --compare <ref> [--against <ref>] [--ops upstream_gaps,…]`: the API part of two commits side
 * by side in one run. The other commit is checked out with `git worktree add --detach` into a temporary
 * directory (node_modules symlinked, so both run the same dependencies); both servers run at the same time
 * against the same loaded database, and every call goes to both, alternating which goes first, so the machine's
 * weather falls on both alike. Each side is asked with its own checkout's client operations. Ratios are
 * this/ref (below 1: this checkout is faster). `--against` runs another commit instead of this working tree.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Call, clientOperations, graphqlCall } from './api.ts';
import { type BenchServer, startServer } from './lib/server.ts';
import { median, percentile, round } from './lib/stats.ts';

/** The API part only: no explorer build in a temporary checkout. */
const API_ONLY = { SERVE_CLIENT: 'false' };

export interface Side {
  label: string;
  root: string;
  commit: string;
  cleanUp: () => void;
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** A detached worktree of `ref` in a temporary directory, sharing this checkout's node_modules. */
export function checkout(repoRoot: string, ref: string): Side {
  const commit = git(repoRoot, ['rev-parse', '--verify', `${ref}^{commit}`]);
  const dir = mkdtempSync(path.join(os.tmpdir(), `chain-graph-compare-${commit.slice(0, 8)}-`));
  git(repoRoot, ['worktree', 'add', '--detach', dir, commit]);
  if (!existsSync(path.join(dir, 'node_modules')))
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return {
    label: ref,
    root: dir,
    commit,
    cleanUp: () => {
      try {
        git(repoRoot, ['worktree', 'remove', '--force', dir]);
      } catch {
        rmSync(dir, { recursive: true, force: true });
        git(repoRoot, ['worktree', 'prune']);
      }
    },
  };
}

export function workingTree(repoRoot: string): Side {
  const dirty = git(repoRoot, ['status', '--porcelain', '--untracked-files=no']) !== '';
  return {
    label: 'this checkout',
    root: repoRoot,
    commit: `${git(repoRoot, ['rev-parse', 'HEAD'])}${dirty ? ' (with uncommitted changes)' : ''}`,
    cleanUp: () => {},
  };
}

export interface OpComparison {
  calls: number;
  rounds: number;
  thisP50Ms: number;
  thisP95Ms: number;
  refP50Ms: number;
  refP95Ms: number;
  /** this / ref of the medians over rounds. */
  p50Ratio: number;
  p95Ratio: number;
  roundRatios: { p50: number; p95: number }[];
}

export interface Comparison {
  this: { label: string; commit: string };
  ref: { label: string; commit: string };
  operations: Partial<Record<Call['op'], OpComparison>>;
}

export async function benchCompare(opts: {
  neo4jUri: string;
  repoRoot: string;
  a: Side;
  b: Side;
  calls: Record<Call['op'], Call[]>;
  ops: Call['op'][];
  rounds: number;
  logDir: string;
  log: (s: string) => void;
}): Promise<Comparison> {
  const { a, b, log } = opts;
  const servers: BenchServer[] = [];
  try {
    // One after the other: each applies its own schema (a newer commit may add a constraint), which two servers
    // doing it at once on a loaded machine turned into an index that was not online in time (server exit 1).
    const started: BenchServer[] = [];
    for (const [i, side] of [a, b].entries()) {
      log(`compare: starting ${side.label} (${side.commit.slice(0, 12)}) …`);
      const s = await startServer(opts.neo4jUri, {
        root: side.root,
        logFile: path.join(opts.logDir, `server-${'ab'[i]}.log`),
        env: API_ONLY,
      });
      servers.push(s);
      started.push(s);
    }
    const [sa, sb] = started as [BenchServer, BenchServer];
    const docsA = clientOperations(a.root);
    const docsB = clientOperations(b.root);
    const out: Comparison = {
      this: { label: a.label, commit: a.commit },
      ref: { label: b.label, commit: b.commit },
      operations: {},
    };
    for (const op of opts.ops) {
      const list = opts.calls[op];
      const name = list[0]?.operationName;
      if (!name || !docsA.has(name) || !docsB.has(name)) {
        log(`compare: ${op} skipped (${name ?? '?'} is not an operation of both checkouts)`);
        continue;
      }
      for (const c of list.slice(0, 10)) {
        await graphqlCall(`${sa.url}/graphql`, docsA, c);
        await graphqlCall(`${sb.url}/graphql`, docsB, c);
      }
      const rounds: { a: number[]; b: number[] }[] = [];
      for (let r = 0; r < opts.rounds; r++) {
        const ms = { a: [] as number[], b: [] as number[] };
        for (const [i, c] of list.entries()) {
          const first = (i + r) % 2 === 0;
          const runA = async () => ms.a.push((await graphqlCall(`${sa.url}/graphql`, docsA, c)).ms);
          const runB = async () => ms.b.push((await graphqlCall(`${sb.url}/graphql`, docsB, c)).ms);
          if (first) {
            await runA();
            await runB();
          } else {
            await runB();
            await runA();
          }
        }
        rounds.push(ms);
      }
      const p50s = rounds.map((x) => ({ a: median(x.a), b: median(x.b) }));
      const p95s = rounds.map((x) => ({ a: percentile(x.a, 95), b: percentile(x.b, 95) }));
      const cmp: OpComparison = {
        calls: list.length,
        rounds: opts.rounds,
        thisP50Ms: round(median(p50s.map((x) => x.a))),
        thisP95Ms: round(median(p95s.map((x) => x.a))),
        refP50Ms: round(median(p50s.map((x) => x.b))),
        refP95Ms: round(median(p95s.map((x) => x.b))),
        p50Ratio: 0,
        p95Ratio: 0,
        roundRatios: p50s.map((x, i) => ({
          p50: round(x.a / x.b, 3),
          p95: round((p95s[i]?.a ?? 0) / (p95s[i]?.b ?? 1), 3),
        })),
      };
      cmp.p50Ratio = round(cmp.thisP50Ms / cmp.refP50Ms, 3);
      cmp.p95Ratio = round(cmp.thisP95Ms / cmp.refP95Ms, 3);
      out.operations[op] = cmp;
      log(
        `compare ${op}: ${a.label} p50 ${cmp.thisP50Ms} p95 ${cmp.thisP95Ms} ms | ${b.label} p50 ${cmp.refP50Ms} ` +
          `p95 ${cmp.refP95Ms} ms | ratio p50 ${cmp.p50Ratio} p95 ${cmp.p95Ratio} ` +
          `(per round: ${cmp.roundRatios.map((x) => `${x.p50}/${x.p95}`).join(', ')})`,
      );
    }
    return out;
  } finally {
    for (const s of servers) await s.stop();
  }
}
