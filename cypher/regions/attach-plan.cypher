// A plan joined to its district: (doc)-[:FOR_DISTRICT]->(district), (industry)-[:IN_PLAN]->(doc), the district's
// top-level zones PART_OF it, and the local firms the plan places in no zone LOCATED_IN it. Idempotent (MERGE).
// $district, $document: ids; $industries, $zones, $enterprises: ids.
MATCH (d:Zone {id: $district}), (doc:Document {id: $document})
MERGE (doc)-[:FOR_DISTRICT]->(d)
WITH d, doc
CALL (doc) {
  UNWIND $industries AS id
  MATCH (i:Industry {id: id})
  MERGE (i)-[:IN_PLAN]->(doc)
}
CALL (d) {
  UNWIND $zones AS id
  MATCH (z:Zone {id: id})
  MERGE (z)-[:PART_OF]->(d)
}
CALL (d) {
  UNWIND $enterprises AS id
  MATCH (e:Enterprise {id: id})
  MERGE (e)-[:LOCATED_IN]->(d)
}
