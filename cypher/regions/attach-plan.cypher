// A plan joined to its district: (doc)-[:FOR_DISTRICT]->(district), (industry)-[:IN_PLAN]->(doc), the district's
// top-level zones PART_OF it, and the local firms the plan places in no zone LOCATED_IN it. Idempotent (MERGE).
// $district, $document: ids; $industries, $zones, $enterprises: ids. The zone and firm edges an import makes list the
// plans that need them in `plans` (an edge that was there before keeps none), so a withdrawal (server/imports/
// withdraw.ts) removes an edge only its own plan made.
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
  MERGE (z)-[r:PART_OF]->(d)
  ON CREATE SET r.plans = [$document]
  ON MATCH SET r.plans = CASE WHEN r.plans IS NULL OR $document IN r.plans THEN r.plans ELSE r.plans + $document END
}
CALL (d) {
  UNWIND $enterprises AS id
  MATCH (e:Enterprise {id: id})
  MERGE (e)-[r:LOCATED_IN]->(d)
  ON CREATE SET r.plans = [$document]
  ON MATCH SET r.plans = CASE WHEN r.plans IS NULL OR $document IN r.plans THEN r.plans ELSE r.plans + $document END
}
