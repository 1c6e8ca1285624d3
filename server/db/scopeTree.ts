/**
 * The scope selector's reads (cypher/scope-tree/): a level of the tree at a time, the path to a zone, the name
 * search with a limit, and the district whose plans a scope views. Every zone comes back in the zone loader's
 * shape (cypher/fragments/zone-model), so its fields resolve as any zone's.
 */
import type { ZoneModel } from '../graphql/models.ts';
import type { Db } from './neo4j.ts';

/** The zones directly under a parent (the top level for null), in the tree's order. */
export async function readChildren(db: Db, parent: string | null): Promise<ZoneModel[]> {
  const rows =
    parent === null
      ? await db.read<{ zone: ZoneModel }>('scope-tree/top')
      : await db.read<{ zone: ZoneModel }>('scope-tree/children', { parent });
  return rows.map((r) => r.zone);
}

/** Ids from the top of the tree down to the zone (itself last); [] when it does not exist. */
export async function readPath(db: Db, zone: string): Promise<string[]> {
  const [row] = await db.read<{ ids: string[] }>('scope-tree/path', { zone });
  return row?.ids ?? [];
}

/**
 * Zones whose name contains `q` (of one of `kinds` when given), at most `first`, each with the ids of the zones
 * above it.
 */
export function readZoneSearch(
  db: Db,
  q: string,
  first: number,
  kinds: readonly string[] | null = null,
): Promise<{ zone: ZoneModel; above: string[] }[]> {
  return db.read<{ zone: ZoneModel; above: string[] }>('scope-tree/search', { q, first, kinds });
}

/**
 * The region whose plans a zone's scope views and the nearest plan owner at or above the zone
 * (cypher/scope-tree/district.cypher); undefined when the zone does not exist.
 */
export async function readScopeDistrict(
  db: Db,
  zone: string,
): Promise<{ district: string | null; owner: string | null } | undefined> {
  const [row] = await db.read<{ district: string | null; owner: string | null }>('scope-tree/district', {
    zone,
  });
  return row;
}
