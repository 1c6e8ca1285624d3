// Projects for export, optionally only those in a zone or the zones inside it.
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope
MATCH (p:Project)
OPTIONAL MATCH (p)-[:IN_ZONE]->(z:Zone)
WITH p, z WHERE scope IS NULL OR z.id IN scope
RETURN p.name AS name, head([(p)-[:BY]->(e:Enterprise) | e.name]) AS enterprise, z.name AS zone,
       head([(p)-[:BUILDS]->(x:Product) | x.name]) AS link, p.capacityValues AS capacityValues,
       p.capacityUnits AS capacityUnits, p.investmentValue AS investment, p.status AS status
ORDER BY name
