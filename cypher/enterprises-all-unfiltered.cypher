// A page of all enterprises with no filter at all (the national list): the count from Neo4j's count store, the
// page read from the name index in order, stopping after $limit rows — about a thousand db hits at any scale,
// where enterprises-all.cypher counts by scanning every firm (~100 ms for 286,000). Same cursor and order.
CALL () {
  MATCH (e:Enterprise)
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Enterprise)
  WHERE e.name >= coalesce($afterName, '')
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  WITH e ORDER BY e.name, e.id LIMIT toInteger($limit)
  RETURN collect(e) AS page
}
WITH true AS found, totalCount, page
// include: enterprise-page
