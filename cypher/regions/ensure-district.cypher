// A district with its province and (unless a municipality's) city, as Zone nodes with kind 省/市/区县, a GB/T 2260
// code and the id region-<code>, joined by PART_OF: district → city → province, or district → province.
// Idempotent: MERGE on ids. $province, $district: {id, code, name}; $city: the same or null.
MERGE (p:Zone {id: $province.id})
SET p.name = $province.name, p.kind = '省', p.code = $province.code, p.sources = coalesce(p.sources, [])
MERGE (d:Zone {id: $district.id})
SET d.name = $district.name, d.kind = '区县', d.code = $district.code, d.sources = coalesce(d.sources, [])
FOREACH (c IN CASE WHEN $city IS NULL THEN [] ELSE [$city] END |
  MERGE (cz:Zone {id: c.id})
  SET cz.name = c.name, cz.kind = '市', cz.code = c.code, cz.sources = coalesce(cz.sources, [])
  MERGE (cz)-[:PART_OF]->(p)
  MERGE (d)-[:PART_OF]->(cz)
)
FOREACH (_ IN CASE WHEN $city IS NULL THEN [1] ELSE [] END | MERGE (d)-[:PART_OF]->(p))
