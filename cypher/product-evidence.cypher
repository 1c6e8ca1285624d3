// Local producers (the first $maxListed by name, and their count) and projects in scope for a batch of products
// (DataLoader). $ids, $zone (null = district).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(z:Zone)-[:PART_OF*0..]->(scopeZone) | z.id] END AS scope
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
RETURN p.id AS id,
  COLLECT {
    MATCH (e:Enterprise {local: true})-[:PRODUCES]->(p)
    OPTIONAL MATCH (e)-[:LOCATED_IN]->(ez:Zone)
    WITH e, ez WHERE scope IS NULL OR ez.id IN scope
    WITH DISTINCT e, ez ORDER BY e.name LIMIT toInteger($maxListed)
    RETURN e {.*, zone: ez {.id, .name, .kind}}
  } AS producers,
  COUNT {
    MATCH (e:Enterprise {local: true})-[:PRODUCES]->(p)
    WHERE scope IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(ez:Zone) WHERE ez.id IN scope }
  } AS producerCount,
  COLLECT {
    MATCH (pr:Project)-[:BUILDS]->(p)
    OPTIONAL MATCH (pr)-[:IN_ZONE]->(pz:Zone)
    WITH pr, pz WHERE scope IS NULL OR pz.id IN scope
    WITH DISTINCT pr, pz ORDER BY pr.name
    RETURN pr {.*, zone: pz {.id, .name, .kind}}
  } AS projects
