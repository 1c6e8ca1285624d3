// Adds or updates projects with their enterprise, zone and link; given relations replace the old ones.
UNWIND $rows AS row
MERGE (p:Project {id: row.id})
ON CREATE SET p.kind = '产业化项目', p.sources = [], p.capacityProducts = []
SET p.name = row.name, p.status = coalesce(row.status, p.status),
    p.capacityValues = CASE WHEN size(row.capacityValues) > 0 THEN row.capacityValues ELSE coalesce(p.capacityValues, []) END,
    p.capacityUnits = CASE WHEN size(row.capacityUnits) > 0 THEN row.capacityUnits ELSE coalesce(p.capacityUnits, []) END,
    p.capacityProducts = CASE WHEN size(row.capacityValues) > 0 THEN [''] ELSE p.capacityProducts END,
    p.investmentValue = coalesce(row.investmentValue, p.investmentValue),
    p.investmentUnit = CASE WHEN row.investmentValue IS NULL THEN p.investmentUnit ELSE '亿元' END,
    p.sources = p.sources + [s IN [row.source] WHERE NOT s IN p.sources]
WITH p, row
CALL (p, row) {
  WITH p, row WHERE row.enterprise IS NOT NULL
  OPTIONAL MATCH (p)-[old:BY]->(:Enterprise) DELETE old
  WITH DISTINCT p, row
  MATCH (e:Enterprise {id: row.enterprise}) MERGE (p)-[r:BY]->(e) SET r.source = row.source
}
CALL (p, row) {
  WITH p, row WHERE row.zone IS NOT NULL
  OPTIONAL MATCH (p)-[old:IN_ZONE]->(:Zone) DELETE old
  WITH DISTINCT p, row
  MATCH (z:Zone {id: row.zone}) MERGE (p)-[r:IN_ZONE]->(z) SET r.source = row.source
}
CALL (p, row) {
  WITH p, row WHERE row.product IS NOT NULL
  MATCH (x:Product {id: row.product}) MERGE (p)-[r:BUILDS]->(x) SET r.source = row.source
}
RETURN count(*) AS written
