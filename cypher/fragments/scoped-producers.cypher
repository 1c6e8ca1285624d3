// The local producers of the links `linkIds` in the scope `scope` (zone ids; null = the whole district, when this
// is empty): found from the zones (a district has ~100 firms), since a hub link (铝锭) has thousands of producers
// nationwide. None when $maxListed is 0 (counts are stored: fragments/link-count). One row per link and firm (a
// firm located in two zones of the scope is listed once, with the first of them by id), so that a link's rows
// count its producers as the writers do (count(DISTINCT e)): fragments/link-count reads that count from here
// when the producers are listed. An expression; used by chains.cypher and product-evidence.cypher, then matched
// per link as `mine`.
COLLECT {
  UNWIND CASE WHEN toInteger($maxListed) > 0 THEN coalesce(scope, []) ELSE [] END AS zoneId
  MATCH (z:Zone {id: zoneId})<-[:LOCATED_IN]-(e:Enterprise {local: true})-[r:PRODUCES]->(p:Product)
  WHERE p.id IN linkIds
  WITH p, e, r, z ORDER BY z.id
  WITH p, e, r, head(collect(z)) AS z
  RETURN {product: p.id, name: e.name, e: e {.*, zone: z {.id, .name, .kind}, producesSource: coalesce(
    head([sid IN coalesce(r.sources, []) WHERE $plan IS NOT NULL
      AND EXISTS { MATCH (:Source {id: sid})-[:IN_DOCUMENT]->(:Document {id: $plan}) }]),
    last(coalesce(r.sources, [r.source])))}} AS x
}
