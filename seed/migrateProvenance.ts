/**
 * Start-up migration of fact edges a plan commit wrote before `sources` were kept (docs/IMPORTS.md, *Plans
 * committed before provenance was kept*): such a commit overwrote `source` with its own quote, so an edge the seed
 * states and the plan stated again held the plan's quote only, and withdrawing the plan removed the seed's edge.
 * The seed's files say which edges it states: those get the seed's quote back, first, with the plan's after it
 * (the shape today's commit writes). Every other old-shape edge is left as it is: its shape is what tells the
 * withdrawal that its provenance is incomplete (server/imports/withdrawUnsure.ts). Idempotent: a fixed edge has
 * `sources`, so a second run finds nothing and writes nothing.
 */
import { query } from '../cypher/index.ts';
import type { SeedGraph } from './graph.ts';
import { type GraphReader, recordMigration } from './migrate.ts';
import { seedDir } from './paths.ts';
import { readSeed } from './read.ts';
import type { GraphWriter, WriterActor } from './write.ts';

/** `type|from|to` → the seed's Source id, for every fact edge the seed states. */
export function seedFactEdges(g: SeedGraph): Map<string, string> {
  const rows: [string, string, string, string][] = [
    ...g.partOf.map((r) => ['PART_OF', r.zone, r.parent, r.source] as [string, string, string, string]),
    ...g.locatedIn.map(
      (r) => ['LOCATED_IN', r.enterprise, r.zone, r.source] as [string, string, string, string],
    ),
    ...g.targetFor.map(
      (r) => ['TARGET_FOR', r.enterprise, r.target, r.source] as [string, string, string, string],
    ),
    ...g.builds.map((r) => ['BUILDS', r.project, r.product, r.source] as [string, string, string, string]),
    ...g.inZone.map((r) => ['IN_ZONE', r.project, r.zone, r.source] as [string, string, string, string]),
    ...g.by.map((r) => ['BY', r.project, r.enterprise, r.source] as [string, string, string, string]),
  ];
  return new Map(rows.map(([type, a, b, source]) => [`${type}|${a}|${b}`, source]));
}

/**
 * Gives the seed's quote back to the fact edges the seed states that an old plan commit overwrote, in one audited
 * transaction (MIGRATE_PROVENANCE on the seed's document). Returns how many edges it fixed (0: nothing written).
 */
export async function migrateProvenance(
  db: GraphWriter & GraphReader,
  opts: { actor: WriterActor; root?: string },
): Promise<number> {
  const legacy = await db.read<{ key: string; type: string; a: string; b: string; source: string }>(
    'imports/legacy-fact-edges',
  );
  if (legacy.length === 0) return 0;
  const seed = seedFactEdges(readSeed(opts.root ?? seedDir));
  const rows = legacy
    .map((e) => ({ key: e.key, seed: seed.get(`${e.type}|${e.a}|${e.b}`) }))
    .filter((r): r is { key: string; seed: string } => r.seed !== undefined);
  if (rows.length === 0) return 0;
  return db.write(async (tx) => {
    const res = (await tx.run(query('imports/legacy-fact-edge-seed'), { rows })) as {
      records: { get(key: string): unknown }[];
    };
    const fixed = Number(res.records[0]?.get('fixed') ?? 0);
    if (fixed === 0) return 0;
    await recordMigration(tx, opts.actor, 'MIGRATE_PROVENANCE', { edges: fixed });
    return fixed;
  });
}
