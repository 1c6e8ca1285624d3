// Adds or updates local enterprises; a given zone replaces the old one, given links are added (never removed).
// Stated products that are no link (未入链产品, row.statedProducts) are added to e.statedProducts, and the firm
// carries the label StatedProducts so search reads the few such firms only; no Product is created.
UNWIND $rows AS row
MERGE (e:Enterprise {id: row.id})
ON CREATE SET e.local = true, e.origin = 'import', e.sources = [], e.industries = []
SET e.name = row.name,
    e.creditCode = coalesce(row.creditCode, e.creditCode),
    e.note = coalesce(row.note, e.note),
    e.industries = e.industries + [i IN row.industries WHERE NOT i IN e.industries],
    e.sources = e.sources + [s IN [row.source] WHERE NOT s IN e.sources],
    e.statedProducts = CASE WHEN size(row.statedProducts) = 0 THEN e.statedProducts
      ELSE coalesce(e.statedProducts, []) + [p IN row.statedProducts WHERE NOT p IN coalesce(e.statedProducts, [])] END
FOREACH (_ IN CASE WHEN size(coalesce(e.statedProducts, [])) > 0 THEN [1] ELSE [] END | SET e:StatedProducts)
WITH e, row
CALL (e, row) {
  WITH e, row WHERE row.zone IS NOT NULL
  OPTIONAL MATCH (e)-[old:LOCATED_IN]->(:Zone)
  DELETE old
  WITH DISTINCT e, row
  MATCH (z:Zone {id: row.zone})
  MERGE (e)-[r:LOCATED_IN]->(z)
  SET r.source = row.source
  // include: table-edge-sources
}
WITH e, row
UNWIND row.products AS pid
MATCH (p:Product {id: pid})
MERGE (e)-[r:PRODUCES]->(p)
ON CREATE SET r.source = row.source
// include: table-edge-sources
