/**
 * A plan commit as the code before the withdrawal wrote it (git show 618a592: seed/part-of … seed/by, attach-plan
 * without `plans`, no figure audits, no regionsCreated), made by taking the records the withdrawal added off a
 * commit of today's code: the tests of docs/IMPORTS.md *Plans committed before provenance was kept*.
 */
import type { Db } from '../server/db/neo4j.ts';

/** The six fact relationships whose `source` the old commit overwrote with the last plan's (SET r.source = row.source). */
const FACT_RELS = ['PART_OF', 'LOCATED_IN', 'TARGET_FOR', 'BUILDS', 'IN_ZONE', 'BY'];

/**
 * Turns the commit of `document` into the old code's: every fact edge holds the last stating plan's `source` only
 * (the last of its `sources`, which are in commit order), attach-plan edges lose `plans`, the IMPORT_PLAN figure
 * entries on zones, industries and projects are gone (the district's targets and stated products were audited
 * before too), and the Import summary has no `regionsCreated` nor `provenance`.
 */
export async function makeLegacy(db: Db, document: string): Promise<void> {
  const q = (cypher: string, params: Record<string, unknown> = {}) => db.driver.executeQuery(cypher, params);
  await q(
    `MATCH (s:Source)-[:IN_DOCUMENT]->(:Document {id: $document})
     WITH collect(s.id) AS S
     MATCH ()-[r]->() WHERE type(r) IN $types AND any(x IN r.sources WHERE x IN S)
     SET r.source = r.sources[size(r.sources) - 1] REMOVE r.sources`,
    { types: FACT_RELS, document },
  );
  await q(`MATCH ()-[r:PART_OF|LOCATED_IN]->() WHERE $document IN r.plans REMOVE r.plans`, { document });
  await q(
    `MATCH (d:Document {id: $document})
     MATCH (a:AuditEntry {action: 'IMPORT_PLAN'}) WHERE a.after CONTAINS $document
       AND (a.entityType IN ['Industry', 'Project']
         OR (a.entityType = 'Zone' AND NOT EXISTS { (d)-[:FOR_DISTRICT]->(:Zone {id: a.entity}) }))
     DELETE a`,
    { document },
  );
  const rows = await q(
    `MATCH (a:AuditEntry {action: 'IMPORT_PLAN', entity: $document, entityType: 'Import'}) RETURN a.id AS id, a.after AS after`,
    { document },
  );
  for (const r of rows.records) {
    const after = JSON.parse(String(r.get('after'))) as Record<string, unknown>;
    delete after.regionsCreated;
    delete after.provenance;
    await q(`MATCH (a:AuditEntry {id: $id}) SET a.after = $after`, {
      id: r.get('id'),
      after: JSON.stringify(after),
    });
  }
}
