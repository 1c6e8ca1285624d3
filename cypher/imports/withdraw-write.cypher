// A withdrawal's writes, decided by server/imports/withdrawPlan.ts: relationships kept with changed properties
// ($relUpdates [{key, props}], a null removes one), relationships removed ($deleteRels), nodes' sources shrunk
// ($nodeSources [{key, sources}]), properties put back ($restores [{key, props}]), nodes removed ($deleteNodes).
CALL () {
  UNWIND $relUpdates AS row
  MATCH ()-[r]->() WHERE elementId(r) = row.key
  SET r += row.props
}
CALL () {
  UNWIND $deleteRels AS key
  MATCH ()-[r]->() WHERE elementId(r) = key
  DELETE r
}
CALL () {
  UNWIND $nodeSources AS row
  MATCH (n) WHERE elementId(n) = row.key
  SET n.sources = row.sources
}
CALL () {
  UNWIND $restores AS row
  MATCH (n) WHERE elementId(n) = row.key
  SET n += row.props
}
CALL () {
  UNWIND $deleteNodes AS key
  MATCH (n) WHERE elementId(n) = key
  DETACH DELETE n
}
