import { query } from '../../cypher/index.ts';
import { type AuditActor, recordAudits } from '../audit/entries.ts';
import type { Db } from '../db/neo4j.ts';
import { unclassifiedName } from './plan.ts';

const LEGACY = '导入：';

interface LegacyRow {
  id: string;
  name: string;
  district: string | null;
  taken: string[];
}

/**
 * The new names of groups imports made before they were named by district: 导入：<title> becomes
 * 未归类产业链（<district>）, or （<title>） for a plan without a district; when that name is taken (a second
 * plan of the district, or the district's own new group), the title is added: 未归类产业链（旺苍县 · <title>）.
 */
export function legacyNames(rows: readonly LegacyRow[]): { id: string; before: string; name: string }[] {
  const taken = new Set(rows[0]?.taken ?? []);
  return rows.map((r) => {
    const title = r.name.slice(LEGACY.length);
    let name = unclassifiedName(r.district ?? undefined, title);
    if (taken.has(name) && r.district) name = unclassifiedName(`${r.district} · ${title}`, title);
    taken.add(name);
    return { id: r.id, before: r.name, name };
  });
}

/**
 * Start-up: renames the 导入：<title> groups of earlier imports (ids, chains and quotes kept), in one audited
 * transaction; nothing (no write, no audit entry) when there are none. Returns how many were renamed.
 */
export async function renameLegacyGroups(db: Db, actor: AuditActor): Promise<number> {
  const rows = await db.read<LegacyRow>('imports/legacy-groups');
  if (rows.length === 0) return 0;
  const renamed = legacyNames(rows);
  await db.write(async (tx) => {
    await tx.run(query('imports/rename-industries'), { rows: renamed.map(({ id, name }) => ({ id, name })) });
    await recordAudits(
      (name, params) => tx.run(query(name), params),
      actor,
      renamed.map((r) => ({
        action: 'RENAME_IMPORT_GROUP',
        entity: r.id,
        entityType: 'Industry',
        before: { name: r.before },
        after: { name: r.name },
      })),
    );
  });
  return renamed.length;
}
