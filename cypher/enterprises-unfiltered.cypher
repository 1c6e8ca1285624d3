// A page of the enterprises in a zone's scope with no filter (a region's or zone's list as the explorer first
// shows it): same order, cursor and answer as enterprises.cypher, without reading every firm of a province.
// The count: each zone's LOCATED_IN degree, summed over the scope's distinct zones — a firm is LOCATED_IN at most
// one zone (every writer replaces the old edge) and only firms are LOCATED_IN anything, so this is the number
// of distinct firms, read from the zones alone (507 zones for 广东's 72,000 firms).
// The page, in a scope of at least $window / 2 firms: the name index in order from the cursor, keeping the
// scope's firms among the first $window names and stopping at $limit. Firm names start with a place or a brand,
// so where a scope's firms fall in name order is not known beforehand: when the window does not fill the page
// (a scope whose names sort late, or the last page), the page is read from the zones as enterprises.cypher does;
// $window bounds what the attempt can cost (~7 db hits a name; from the zones, ~4 a firm of the scope).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH scopeZone, COLLECT { MATCH (z:Zone)-[:PART_OF*0..]->(scopeZone) RETURN DISTINCT z } AS zones
WITH scopeZone, zones, reduce(n = 0, z IN zones | n + COUNT { (z)<-[:LOCATED_IN]-() }) AS totalCount
CALL (zones, totalCount) {
  // A null lower bound (a scope too small to try) seeks nothing, and keeps the index order the page relies on.
  MATCH (e:Enterprise)
  WHERE e.name >= CASE WHEN totalCount * 2 >= $window THEN coalesce($afterName, '') END
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  WITH e, zones ORDER BY e.name, e.id LIMIT toInteger($window)
  WITH e WHERE EXISTS { (e)-[:LOCATED_IN]->(z) WHERE z IN zones }
  WITH e ORDER BY e.name, e.id LIMIT toInteger($limit)
  RETURN collect(e) AS walked
}
CALL (zones, walked) {
  WITH zones, walked WHERE size(walked) < $limit
  UNWIND zones AS z
  MATCH (e:Enterprise)-[:LOCATED_IN]->(z)
  WITH DISTINCT e
  WHERE $afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId)
  WITH e ORDER BY e.name, e.id LIMIT toInteger($limit)
  RETURN collect(e) AS read
}
WITH scopeZone IS NOT NULL AS found, totalCount, CASE WHEN size(walked) >= $limit THEN walked ELSE read END AS page
// include: enterprise-page
