// The leads of the pipeline board in a scope ($zone and every zone PART_OF it; null = everywhere), optionally of
// one $owner, one $chain's links, one $stage; newest first, at most $first.
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(x:Zone)-[:PART_OF*0..]->(scopeZone) | x.id] END AS scope
MATCH (z:Zone)<-[:IN_ZONE]-(l:Lead)-[:FOR_LINK]->(p:Product)
WHERE (scope IS NULL OR z.id IN scope)
  AND ($owner IS NULL OR l.owner = $owner)
  AND ($stage IS NULL OR l.stage = $stage)
  AND ($chain IS NULL OR EXISTS { MATCH (:Chain {id: $chain})-[:HAS_LINK]->(p) })
WITH l, p, z ORDER BY l.createdAt DESC, l.id LIMIT toInteger($first)
RETURN
  // include: lead-row
