// The stored producer counts of the touched links, recomputed from scratch inside the writer's transaction (after
// its changes): Product.producerCount — the link's local producers in the whole graph — and one
// (:LinkCount {link, scope, n}) per zone whose scope holds n > 0 of them (a firm LOCATED_IN the zone or a zone
// PART_OF it, at any depth: zones of a district, districts, cities, provinces). Touched links: $links, the links
// the firms $firms produce now, and the links produced by firms located in the zones $zones or under them (a
// zone joined to a new parent). A writer that removes a PRODUCES edge passes the link in $links. Reads:
// fragments/link-evidence.cypher. $within: null, or zone ids: only the scopes of those zones and of every zone above
// them are recounted (a loader that replaced the firms of a few districts: a hub link has counts in 12,000 zones,
// and rewriting them all for each reload took minutes). Returns how many links it counted.
WITH $links
  + COLLECT { UNWIND $firms AS fid MATCH (:Enterprise {id: fid})-[:PRODUCES]->(p:Product) RETURN p.id }
  + COLLECT {
    UNWIND $zones AS zid
    MATCH (:Zone {id: zid})<-[:PART_OF*0..]-(:Zone)<-[:LOCATED_IN]-(:Enterprise)-[:PRODUCES]->(p:Product)
    RETURN DISTINCT p.id
  } AS touched,
  CASE WHEN $within IS NULL THEN null ELSE COLLECT {
    UNWIND $within AS wid
    MATCH (:Zone {id: wid})-[:PART_OF*0..]->(a:Zone)
    RETURN DISTINCT a.id
  } END AS scopes
UNWIND touched AS pid
WITH DISTINCT pid, scopes
OPTIONAL MATCH (p:Product {id: pid})
// The index hints: a plan made while the graph held no LinkCount yet (the first load) must not scan the label
// once there are hundreds of thousands. A link's counts are read from the (link, scope) uniqueness index by its
// first property (every LinkCount has a scope): a second index on `link` alone cost every count written an entry.
CALL (pid, scopes) {
  WITH pid, scopes
  WHERE scopes IS NULL
  MATCH (k:LinkCount {link: pid})
  USING INDEX k:LinkCount(link, scope)
  WHERE k.scope IS NOT NULL
  DELETE k
}
CALL (pid, scopes) {
  UNWIND coalesce(scopes, []) AS sid
  MATCH (k:LinkCount {link: pid, scope: sid})
  USING INDEX k:LinkCount(link, scope)
  DELETE k
}
// The walk up the zone tree per (firm, link) looks wasteful (of a 2,000-link batch's 1.3M db hits, 1.0M), but
// grouping by zone before it, per link or for the whole statement, cost as much Neo4j CPU and 1.3-2x the wall
// time on the national graph (bench/link-counts.ts; docs/BENCHMARKS.md, "The whole-graph producer count").
CALL (p, scopes) {
  WITH p, scopes, COLLECT { MATCH (e:Enterprise {local: true})-[:PRODUCES]->(p) RETURN DISTINCT e } AS producers
  SET p.producerCount = size(producers)
  WITH p, scopes, producers
  UNWIND producers AS e
  MATCH (e)-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(s:Zone)
  WHERE scopes IS NULL OR s.id IN scopes
  WITH p, s.id AS scope, count(DISTINCT e) AS n
  CREATE (:LinkCount {link: p.id, scope: scope, n: n})
}
RETURN count(*) AS counted
