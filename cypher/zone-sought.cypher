// The links the plans of a zone's district name as ones to bring in (SEEKS, imports/fact-sought.cypher and
// regions/district-sought.cypher): for a district or a zone inside it, its district's; for a city or province, those
// of the districts inside it. By district name, then link name. $zone: a zone id.
MATCH (z:Zone {id: $zone})
MATCH (d:Zone)-[s:SEEKS]->(p:Product)
WHERE EXISTS { (z)-[:PART_OF*0..]->(d) } OR EXISTS { (d)-[:PART_OF*0..]->(z) }
RETURN p.id AS product, d {.id, .name} AS district, coalesce(s.sources, []) AS sources
ORDER BY d.name, d.id, p.name
