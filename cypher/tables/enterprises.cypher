// Adds or updates local enterprises; a given zone replaces the old one, given links are added (never removed).
UNWIND $rows AS row
MERGE (e:Enterprise {id: row.id})
ON CREATE SET e.local = true, e.origin = 'import', e.sources = [], e.industries = []
SET e.name = row.name,
    e.creditCode = coalesce(row.creditCode, e.creditCode),
    e.note = coalesce(row.note, e.note),
    e.industries = e.industries + [i IN row.industries WHERE NOT i IN e.industries],
    e.sources = e.sources + [s IN [row.source] WHERE NOT s IN e.sources]
WITH e, row
CALL (e, row) {
  WITH e, row WHERE row.zone IS NOT NULL
  OPTIONAL MATCH (e)-[old:LOCATED_IN]->(:Zone)
  DELETE old
  WITH DISTINCT e, row
  MATCH (z:Zone {id: row.zone})
  MERGE (e)-[r:LOCATED_IN]->(z)
  SET r.source = row.source
}
WITH e, row
UNWIND row.products AS pid
MATCH (p:Product {id: pid})
MERGE (e)-[r:PRODUCES]->(p)
ON CREATE SET r.source = row.source
