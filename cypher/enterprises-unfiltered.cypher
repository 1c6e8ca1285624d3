// A page of the enterprises in a zone's scope with no filter (a region's or zone's list as the explorer first
// shows it): same order, cursor and answer as enterprises.cypher, without reading every firm of a province.
// The count: each zone's LOCATED_IN degree, summed over the scope's distinct zones — a firm is LOCATED_IN at most
// one zone (every writer replaces the old edge) and only firms are LOCATED_IN anything, so this is the number
// of distinct firms, read from the zones alone (507 zones for 广东's 74,000 firms).
// The page: in a province or a city, the first $limit entries after the cursor of the index on the firms' scope
// key and name (cypher/fragments/enterprise-scope-keys.cypher) — ~50 db hits where reading 广东's firms and
// sorting them took 300,000; in any other zone (a district: at most ~1,400 firms) its firms, read and sorted.
// Each branch seeks nothing unless the scope is of its kind (a null key matches no index entry).
OPTIONAL MATCH (scopeZone:Zone {id: $zone})
WITH scopeZone, COLLECT { MATCH (z:Zone)-[:PART_OF*0..]->(scopeZone) RETURN DISTINCT z } AS zones
WITH scopeZone, zones, reduce(n = 0, z IN zones | n + COUNT { (z)<-[:LOCATED_IN]-() }) AS totalCount
CALL (scopeZone) {
  MATCH (e:Enterprise)
  WHERE e.scopeProvince = CASE WHEN scopeZone.kind = '省' THEN scopeZone.id END
    AND e.name >= coalesce($afterName, '') AND e.id IS NOT NULL
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  WITH e ORDER BY e.scopeProvince, e.name, e.id LIMIT toInteger($limit)
  RETURN collect(e) AS inProvince
}
CALL (scopeZone) {
  MATCH (e:Enterprise)
  WHERE e.scopeCity = CASE WHEN scopeZone.kind = '市' THEN scopeZone.id END
    AND e.name >= coalesce($afterName, '') AND e.id IS NOT NULL
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  WITH e ORDER BY e.scopeCity, e.name, e.id LIMIT toInteger($limit)
  RETURN collect(e) AS inCity
}
CALL (scopeZone, zones) {
  WITH zones WHERE NOT scopeZone.kind IN ['省', '市']
  UNWIND zones AS z
  MATCH (e:Enterprise)-[:LOCATED_IN]->(z)
  WITH DISTINCT e
  WHERE $afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId)
  WITH e ORDER BY e.name, e.id LIMIT toInteger($limit)
  RETURN collect(e) AS read
}
WITH scopeZone IS NOT NULL AS found, totalCount, inProvince + inCity + read AS page
// include: enterprise-page
