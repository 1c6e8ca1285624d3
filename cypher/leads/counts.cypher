// The stage of every lead on the links $ids in a scope ($zone and every zone PART_OF it; null = everywhere).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(x:Zone)-[:PART_OF*0..]->(scopeZone) | x.id] END AS scope
UNWIND $ids AS pid
MATCH (:Product {id: pid})<-[:FOR_LINK]-(l:Lead)-[:IN_ZONE]->(z:Zone)
WHERE scope IS NULL OR z.id IN scope
RETURN pid AS product, l.stage AS stage
