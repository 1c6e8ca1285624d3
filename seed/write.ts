import { randomUUID } from 'node:crypto';
import { query } from '../cypher/index.ts';
import type { SeedGraph } from './compile.ts';
import { refreshLinkCounts } from './linkCounts.ts';
import type { Tx } from './scopeKeys.ts';

/** What the seed writer needs of a transaction: the Tx of the derived-data refreshes (seed/scopeKeys.ts). */
export type { Tx };

/**
 * Runs work in one write transaction that also marks the graph changed — the server's Db.write
 * (server/db/neo4j.ts) is one; seed/ is given it rather than importing the server.
 */
export interface GraphWriter {
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

/** Who loads the seed, for its audit entry: `CLI:<os user>` from `npm run seed`, `SERVER:<os user>` at start. */
export interface WriterActor {
  name: string;
  role: string;
}

export interface WriteOptions {
  actor: WriterActor;
  /** Delete the seeded graph first, in the same transaction. */
  reset?: boolean;
}

/**
 * Each kind of row, in the order written, with the statement that writes it: cypher/seed/<name>.cypher, except
 * HAS_LINK, which is the plan import's statement (the same MERGE).
 */
const ROWS: [statement: string, rows: (g: SeedGraph) => unknown[]][] = [
  ['seed/sources', (g) => g.sources],
  ['seed/industries', (g) => g.industries],
  ['seed/chains', (g) => g.chains],
  ['seed/products', (g) => g.products],
  ['imports/has-link', (g) => g.hasLink],
  ['seed/feeds', (g) => g.feeds],
  ['seed/zones', (g) => g.zones],
  ['seed/part-of', (g) => g.partOf],
  ['seed/focuses', (g) => g.focuses],
  ['seed/key-zones', (g) => g.keyZones],
  ['seed/enterprises', (g) => g.enterprises],
  ['seed/located-in', (g) => g.locatedIn],
  ['seed/produces', (g) => g.produces],
  ['seed/target-for-product', (g) => g.targetFor.filter((t) => t.kind === 'Product')],
  ['seed/target-for-chain', (g) => g.targetFor.filter((t) => t.kind === 'Chain')],
  ['seed/projects', (g) => g.projects],
  ['seed/builds', (g) => g.builds],
  ['seed/in-zone', (g) => g.inZone],
  ['seed/by', (g) => g.by],
  ['seed/indicators', (g) => g.indicators],
];

/**
 * The plan's district (province/city/district nodes from GB/T 2260) and the plan joined to it: FOR_DISTRICT,
 * IN_PLAN for the plan's industries, PART_OF for its top-level zones, LOCATED_IN for its firms in no zone, IN_ZONE
 * for its projects in no zone, SEEKS for the links the plan names as ones to bring in.
 * Also the start-up migration's first step (seed/migrate.ts).
 */
export async function writeRegion(
  tx: Tx,
  document: string,
  industries: readonly { id: string }[],
  region: NonNullable<SeedGraph['region']>,
): Promise<void> {
  await tx.run(query('regions/ensure-district'), { ...region.district });
  if (region.targets)
    await tx.run(query('regions/district-targets'), {
      district: region.district.district.id,
      ...region.targets,
    });
  if (region.sought.length > 0)
    await tx.run(query('imports/fact-sought'), {
      district: region.district.district.id,
      rows: region.sought,
    });
  await tx.run(query('regions/attach-plan'), {
    district: region.district.district.id,
    document,
    industries: industries.map((i) => i.id),
    zones: region.zones,
    enterprises: region.enterprises,
  });
  // The plan's projects in no zone are in its district (IN_ZONE), as a plan import places them.
  await tx.run(query('regions/place-unzoned-projects'), { document });
}

/**
 * Writes the compiled seed graph in ONE transaction: all or nothing. Every statement MERGEs on `id`, so
 * loading the same seed twice changes nothing but the one `SEED` audit entry it records (entity: the seed's
 * document, after: the counts written). Seeded entities get no entry of their own: their facts are the plan's,
 * dated by the plan (`Document.issued`), not by the day they were loaded.
 */
export async function writeSeed(db: GraphWriter, g: SeedGraph, opts: WriteOptions): Promise<void> {
  const counts = Object.fromEntries(ROWS.map(([name, rows]) => [name.replace(/^\w+\//, ''), rows(g).length]));
  await db.write(async (tx) => {
    if (opts.reset) await tx.run(query('seed/reset'));
    await tx.run(query('seed/document'), { document: g.document });
    for (const [name, rows] of ROWS) await tx.run(query(name), { rows: rows(g) });
    if (g.region) await writeRegion(tx, g.document.id, g.industries, g.region);
    await refreshLinkCounts(tx, {
      links: g.products.map((p) => p.id),
      zones: g.region ? [g.region.district.district.id] : [],
    });
    const after = { title: g.document.title, reset: opts.reset ?? false, ...counts };
    await tx.run(query('audit/record-many'), {
      actor: opts.actor.name,
      role: opts.actor.role,
      entries: [
        {
          id: `aud-${randomUUID()}`,
          action: 'SEED',
          entity: g.document.id,
          entityType: 'Import',
          before: null,
          after: JSON.stringify(after),
        },
      ],
    });
  });
}
