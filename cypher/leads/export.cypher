// The leads of a scope ($zone and every zone PART_OF it; null = everywhere) for the weekly Excel report, in the
// board's order (stage, then firm).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(x:Zone)-[:PART_OF*0..]->(scopeZone) | x.id] END AS scope
MATCH (z:Zone)<-[:IN_ZONE]-(l:Lead)-[:FOR_LINK]->(p:Product)
WHERE scope IS NULL OR z.id IN scope
RETURN l.id AS id, l.firmName AS firm, p.name AS link, z.name AS zone, l.owner AS owner, l.stage AS stage,
       l.investment AS investment, l.capacity AS capacity, l.capacityUnit AS unit, l.nextStep AS nextStep,
       l.nextStepDate AS nextStepDate, l.notes AS notes
ORDER BY l.firmName, l.id
