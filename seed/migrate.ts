import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { query } from '../cypher/index.ts';
import { parseWith } from './compile/parse.ts';
import { SeedError } from './errors.ts';
import { refreshLinkCounts } from './linkCounts.ts';
import { seedDir } from './paths.ts';
import { PLAN_DOCUMENT, readSeed } from './read.ts';
import { RegionError, type ResolvedDistrict, resolveDistrict } from './regions.ts';
import { zonesFileSchema } from './schema.ts';
import type { GraphWriter, Tx, WriterActor } from './write.ts';

/** What the migration needs of the database: a named read (Db.read) besides the writer (Db.write). */
export interface GraphReader {
  read<R>(name: string, params?: Record<string, unknown>): Promise<R[]>;
}

/** The one audit entry of a start-up migration, on the seeded plan's document (entityType Import). */
export async function recordMigration(
  tx: Tx,
  actor: WriterActor,
  action: string,
  after: unknown,
): Promise<void> {
  await tx.run(query('audit/record-many'), {
    actor: actor.name,
    role: actor.role,
    entries: [
      {
        id: `aud-${randomUUID()}`,
        action,
        entity: PLAN_DOCUMENT.id,
        entityType: 'Import',
        before: null,
        after: JSON.stringify(after),
      },
    ],
  });
}

/** The district named in seed/data/zones.json (`district`), resolved through GB/T 2260. */
export function seedDistrict(root = seedDir): ResolvedDistrict {
  const file = path.join(root, 'data', 'zones.json');
  const label = path.relative(root, file);
  const parsed = parseWith(zonesFileSchema, JSON.parse(readFileSync(file, 'utf8')), label);
  if (!parsed.district) throw new SeedError(label, '(file)', 'district', 'names no district');
  try {
    return resolveDistrict(parsed.district);
  } catch (e) {
    if (e instanceof RegionError) throw new SeedError(label, '(file)', 'district', e.message);
    throw e;
  }
}

/**
 * Start-up migration of a database seeded before districts existed: when the seeded plan's Document has no
 * FOR_DISTRICT, writes the seed's district (province/city/district nodes) and joins the existing graph to it
 * (cypher/regions/migrate.cypher) in one audited transaction. Every existing node keeps its id, properties and
 * quotes; only region nodes, FOR_DISTRICT/IN_PLAN, the district's PART_OF/LOCATED_IN and the plan's period are
 * added. Does nothing (no write, no audit entry) on a migrated, new-shape or empty database. Returns whether it ran.
 */
export async function migrateToRegions(
  db: GraphWriter & GraphReader,
  opts: { actor: WriterActor; root?: string },
): Promise<boolean> {
  const pending = await db.read<{ id: string }>('regions/needs-migration', { document: PLAN_DOCUMENT.id });
  if (pending.length === 0) return false;
  const region = seedDistrict(opts.root);
  await db.write(async (tx) => {
    await tx.run(query('regions/ensure-district'), { ...region });
    await tx.run(query('regions/migrate'), {
      document: PLAN_DOCUMENT.id,
      district: region.district.id,
      periodStart: PLAN_DOCUMENT.periodStart,
      periodEnd: PLAN_DOCUMENT.periodEnd,
    });
    // Zones and firms joined to the district: their links count in its scopes now.
    await refreshLinkCounts(tx, { zones: [region.district.id] });
    await recordMigration(tx, opts.actor, 'MIGRATE_REGIONS', {
      district: region.district.name,
      code: region.district.code,
    });
  });
  return true;
}

/**
 * Start-up migration of a database seeded before a plan's sought links were kept (docs/SEED.md, `sought`): when
 * the seeded plan's district has no SEEKS edge, writes the Sources of the seed's sought links and the edges, as a
 * seed writes them (cypher/imports/fact-sought.cypher, the plan import's statement), in one audited transaction. Every other node and
 * relationship is left as it was. Does nothing on a database that has them, has no seeded district, or is empty.
 * Returns whether it ran.
 */
export async function migrateSought(
  db: GraphWriter & GraphReader,
  opts: { actor: WriterActor; root?: string },
): Promise<boolean> {
  const [pending] = await db.read<{ district: string }>('regions/needs-sought', {
    document: PLAN_DOCUMENT.id,
  });
  if (!pending) return false;
  const g = readSeed(opts.root ?? seedDir);
  const sought = g.region?.sought ?? [];
  if (sought.length === 0) return false;
  const cited = new Set(sought.flatMap((s) => s.sources));
  await db.write(async (tx) => {
    await tx.run(query('seed/sources'), { rows: g.sources.filter((s) => cited.has(s.id)) });
    await tx.run(query('imports/fact-sought'), { district: pending.district, rows: sought });
    await recordMigration(tx, opts.actor, 'MIGRATE_SOUGHT', {
      district: pending.district,
      links: sought.length,
      sources: cited.size,
    });
  });
  return true;
}

/**
 * Start-up migration of a database written before a plan's projects in no zone were placed in its district
 * (cypher/regions/place-unzoned-projects): each such project gets IN_ZONE to its plan's region, citing its
 * sentence, in one audited transaction. Does nothing (no write, no audit entry) when every project has a zone or
 * states no plan with a district (regions/needs-project-zones). Returns how many projects were placed.
 */
export async function migrateUnzonedProjects(
  db: GraphWriter & GraphReader,
  opts: { actor: WriterActor },
): Promise<number> {
  const [pending] = await db.read<{ projects: number }>('regions/needs-project-zones');
  const placed = Number(pending?.projects ?? 0);
  if (placed === 0) return 0;
  await db.write(async (tx) => {
    await tx.run(query('regions/place-unzoned-projects'), { document: null });
    await recordMigration(tx, opts.actor, 'MIGRATE_PROJECT_ZONES', { projects: placed });
  });
  return placed;
}
