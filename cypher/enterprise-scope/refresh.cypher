// Recomputes, inside a writer's transaction and after its changes, the scope keys of the firms it touched: the
// firms in $firms (their zone may have changed) and every firm located under a zone in $zones (zones joined to a
// new parent). Every writer of LOCATED_IN or PART_OF runs it (seed/scopeKeys.ts refreshScopeKeys).
CALL () {
  UNWIND $firms AS id
  MATCH (e:Enterprise {id: id})
  RETURN e
  UNION
  UNWIND $zones AS id
  MATCH (e:Enterprise)-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(:Zone {id: id})
  RETURN e
}
OPTIONAL MATCH (e)-[:LOCATED_IN]->(z:Zone)
WITH z, collect(e) AS firms
// include: enterprise-scope-keys
