// A region with the regions above it, as Zone nodes with kind 省/市/区县, a GB/T 2260 code and the id region-<code>,
// joined by PART_OF: district → city → province, or district → province (a municipality's district). Idempotent:
// MERGE on ids. $province: {id, code, name}; $city: the same or null; $district: the same, or null when the region
// is the city (a city's own plan) or the province (both null).
MERGE (p:Zone {id: $province.id})
SET p.name = $province.name, p.kind = '省', p.code = $province.code, p.sources = coalesce(p.sources, [])
FOREACH (c IN CASE WHEN $city IS NULL THEN [] ELSE [$city] END |
  MERGE (cz:Zone {id: c.id})
  SET cz.name = c.name, cz.kind = '市', cz.code = c.code, cz.sources = coalesce(cz.sources, [])
  MERGE (cz)-[:PART_OF]->(p)
)
FOREACH (x IN CASE WHEN $district IS NULL THEN [] ELSE [$district] END |
  MERGE (d:Zone {id: x.id})
  SET d.name = x.name, d.kind = '区县', d.code = x.code, d.sources = coalesce(d.sources, [])
  FOREACH (c IN CASE WHEN $city IS NULL THEN [] ELSE [$city] END |
    MERGE (cz:Zone {id: c.id})
    MERGE (d)-[:PART_OF]->(cz)
  )
  FOREACH (_ IN CASE WHEN $city IS NULL THEN [1] ELSE [] END | MERGE (d)-[:PART_OF]->(p))
)
