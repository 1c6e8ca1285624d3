// The local producers of the links `linkIds` in the scope `scope` (zone ids; null = the whole district, when this
// is empty): found from the zones (a district has ~100 firms), since a hub link (铝锭) has thousands of producers
// nationwide. None when $maxListed is 0 (counts are stored: fragments/link-count). One row per link and firm (a
// firm located in two zones of the scope is listed once, with the first of them by id), so that a link's rows
// count its producers as the writers do (count(DISTINCT e)): fragments/link-count reads that count from here
// when the producers are listed. An expression; used by chains.cypher and product-evidence.cypher, then matched
// per link as `mine`. A row holds the firm, its zone and its PRODUCES edge as references, not their properties:
// fragments/link-evidence projects the first $maxListed of a link only. (Each row used to carry the firm's whole map:
// a province of the national graph holds thousands of producers of a hub link, and ten such links in one batch went
// over the transaction's memory limit — the 四川省 page's 规划提出引进的环节 failed, every row.)
// A wide scope (over 300 zones: a city or province of the national graph) reads, per link, only the first $maxListed
// producers by name, from the link (a top-k sort, bounded memory), and fragments/link-count takes its stored count:
// every producer of 20 hub links in 广东省 was still over the limit as references. (One COLLECT with UNION ALL: the
// sum of two COLLECT expressions made the planner read linkIds as an implicit grouping key.)
COLLECT {
  UNWIND CASE WHEN toInteger($maxListed) > 0 AND size(coalesce(scope, [])) <= 300 THEN coalesce(scope, []) ELSE [] END
    AS zoneId
  MATCH (z:Zone {id: zoneId})<-[:LOCATED_IN]-(e:Enterprise {local: true})-[r:PRODUCES]->(p:Product)
  WHERE p.id IN linkIds
  WITH p, e, r, z ORDER BY z.id
  WITH p, e, r, head(collect(z)) AS z
  RETURN {product: p.id, name: e.name, firm: e, zone: z, produces: r} AS x
  UNION ALL
  UNWIND CASE WHEN toInteger($maxListed) > 0 AND size(coalesce(scope, [])) > 300 THEN linkIds ELSE [] END AS pid
  MATCH (p:Product {id: pid})
  CALL (p, scope) {
    MATCH (p)<-[r:PRODUCES]-(e:Enterprise {local: true})-[:LOCATED_IN]->(z:Zone)
    WHERE z.id IN scope
    WITH e, r, z ORDER BY z.id
    WITH e, r, head(collect(z)) AS z
    ORDER BY e.name LIMIT toInteger($maxListed)
    RETURN e, r, z
  }
  RETURN {product: p.id, name: e.name, firm: e, zone: z, produces: r} AS x
}
