// The district (区县) whose plans a zone's scope views: the zone itself or the district above it; for a region
// above districts (省/市), the one district inside it when there is exactly one. No row when the zone does not
// exist; a null district when there is none (a province of several districts).
MATCH (z:Zone {id: $zone})
WITH z, COLLECT { MATCH (z)-[:PART_OF*0..]->(d:Zone {kind: '区县'}) RETURN d.id LIMIT 1 } AS above
WITH z, above,
  CASE WHEN size(above) = 0
    THEN COLLECT { MATCH (d:Zone {kind: '区县'})-[:PART_OF*1..]->(z) RETURN DISTINCT d.id LIMIT 2 }
    ELSE [] END AS below
RETURN coalesce(head(above), CASE WHEN size(below) = 1 THEN head(below) END) AS district
