// Projects for export, optionally only those in a zone or the zones inside it. A project that builds several
// links exports the first by name (the import template takes one; the order was arbitrary before).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope
MATCH (p:Project)
OPTIONAL MATCH (p)-[:IN_ZONE]->(z:Zone)
WITH p, z WHERE scope IS NULL OR z.id IN scope
RETURN p.name AS name, head([(p)-[:BY]->(e:Enterprise) | e.name]) AS enterprise, z.name AS zone,
       head(COLLECT { MATCH (p)-[:BUILDS]->(x:Product) RETURN x.name ORDER BY x.name }) AS link, p.capacityValues AS capacityValues,
       p.capacityUnits AS capacityUnits, p.investmentValue AS investment, p.status AS status
ORDER BY name
