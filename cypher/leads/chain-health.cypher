// A chain's links with the ids of their current local producers and projects in a scope ($zone and every zone
// PART_OF it; null = the whole district) — when each appeared comes from the audit trail (leads/audit-events).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH CASE WHEN $zone IS NULL THEN null ELSE [(x:Zone)-[:PART_OF*0..]->(scopeZone) | x.id] END AS scope
MATCH (:Chain {id: $chain})-[:HAS_LINK]->(p:Product)
RETURN p.id AS product,
  COLLECT {
    MATCH (e:Enterprise {local: true})-[:PRODUCES]->(p)
    WHERE scope IS NULL OR EXISTS { MATCH (e)-[:LOCATED_IN]->(ez:Zone) WHERE ez.id IN scope }
    RETURN e.id
  } AS producers,
  COLLECT {
    MATCH (pr:Project)-[:BUILDS]->(p)
    WHERE scope IS NULL OR EXISTS { MATCH (pr)-[:IN_ZONE]->(pz:Zone) WHERE pz.id IN scope }
    RETURN pr.id
  } AS projects
