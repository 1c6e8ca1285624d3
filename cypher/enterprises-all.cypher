// A page of all enterprises (no zone), ordered by name then id, with the same filters and cursor as
// enterprises.cypher. The page reads the name index in order and stops after $limit rows; the count scans.
CALL () {
  MATCH (e:Enterprise)
  WHERE ($local IS NULL OR e.local = $local)
    AND ($product IS NULL OR EXISTS { (e)-[:PRODUCES]->(:Product {id: $product}) })
    AND ($industry IS NULL OR $industry IN e.industries)
    AND ($query IS NULL OR toLower(e.name) CONTAINS $query OR toLower(coalesce(e.fullName, '')) CONTAINS $query)
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Enterprise)
  WHERE e.name >= coalesce($afterName, '')
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
    AND ($local IS NULL OR e.local = $local)
    AND ($product IS NULL OR EXISTS { (e)-[:PRODUCES]->(:Product {id: $product}) })
    AND ($industry IS NULL OR $industry IN e.industries)
    AND ($query IS NULL OR toLower(e.name) CONTAINS $query OR toLower(coalesce(e.fullName, '')) CONTAINS $query)
  WITH e ORDER BY e.name, e.id LIMIT toInteger($limit)
  RETURN collect(e) AS page
}
WITH true AS found, totalCount, page
// include: enterprise-page
