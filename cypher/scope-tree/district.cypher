// The region whose plans a zone's scope views (`district`): the nearest region at or above the zone that owns a
// plan (a district, or a city or province with a plan of its own: 江阳区 without a plan views 泸州市's), else the
// district (区县) at or above it; for a region above districts without a plan of its own, the one district inside it
// when there is exactly one. `owner`: only the first of these, the nearest plan owner at or above (null when none).
// No row when the zone does not exist; a null district when there is none (a province of several districts).
MATCH (z:Zone {id: $zone})
WITH z,
  COLLECT {
    MATCH path = (z)-[:PART_OF*0..]->(o:Zone)
    WHERE o.kind IN ['区县', '市', '省'] AND EXISTS { (:Document)-[:FOR_DISTRICT]->(o) }
    RETURN o.id ORDER BY length(path) LIMIT 1
  } AS owner,
  COLLECT { MATCH (z)-[:PART_OF*0..]->(d:Zone {kind: '区县'}) RETURN d.id LIMIT 1 } AS above
WITH z, head(owner) AS owner, coalesce(head(owner), head(above)) AS up
WITH z, owner, up,
  CASE WHEN up IS NULL
    THEN COLLECT { MATCH (d:Zone {kind: '区县'})-[:PART_OF*1..]->(z) RETURN DISTINCT d.id LIMIT 2 }
    ELSE [] END AS below
RETURN coalesce(up, CASE WHEN size(below) = 1 THEN head(below) END) AS district, owner
