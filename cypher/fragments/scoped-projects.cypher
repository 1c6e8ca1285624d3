// The projects building the links `linkIds` in the scope `scope` (zone ids), found from the scope's zones as
// fragments/scoped-producers finds the firms: one read for all links instead of one per link (an upstream list
// has up to 400). Ordered by name; one row per project and zone of the scope it is in. None without a scope or
// when $maxListed is 0 (projects are counted then: fragments/link-evidence). An expression; used by chains.cypher
// and product-evidence.cypher, then matched per link in fragments/link-evidence.
COLLECT {
  UNWIND CASE WHEN toInteger($maxListed) > 0 THEN coalesce(scope, []) ELSE [] END AS zoneId
  MATCH (pz:Zone {id: zoneId})<-[:IN_ZONE]-(pr:Project)-[:BUILDS]->(p:Product)
  WHERE p.id IN linkIds
  WITH DISTINCT p, pr, pz ORDER BY pr.name
  RETURN {product: p.id, pr: pr {.*, zone: pz {.id, .name, .kind}}} AS x
}
