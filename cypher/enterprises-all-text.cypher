// A page of all enterprises (no zone) whose name or full name contains $query, used when $query is Chinese
// characters and digits only: lower-casing changes neither, so `CONTAINS` on the stored names is the same filter as
// enterprises-all.cypher's `toLower(…) CONTAINS`, and the TEXT indexes on name and fullName find the matches
// instead of lower-casing 480,000 names. Same filters, cursor, order and answer as enterprises-all.cypher.
CALL () {
  MATCH (e:Enterprise) WHERE e.name CONTAINS $query RETURN e
  UNION
  MATCH (e:Enterprise) WHERE e.fullName CONTAINS $query RETURN e
}
WITH e
WHERE ($local IS NULL OR e.local = $local)
  AND ($product IS NULL OR EXISTS { (e)-[:PRODUCES]->(:Product {id: $product}) })
  AND ($industry IS NULL OR $industry IN e.industries)
WITH e ORDER BY e.name, e.id
WITH collect(e) AS matched
WITH true AS found, size(matched) AS totalCount,
     [x IN matched WHERE x.name >= coalesce($afterName, '')
       AND ($afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId))]
       [0..toInteger($limit)] AS page
// include: enterprise-page
