// Start-up migration of a database seeded before districts existed (run after ensure-district, in the same
// transaction): the seeded plan gets its period and district; in that shape the graph held one district, so every
// plan document (the seed's and imported ones: the documents of the industries' sources) is FOR_DISTRICT it,
// every industry IN_PLAN its document, every zone without a parent PART_OF it and every local firm without a zone
// LOCATED_IN it. Nothing else changes: ids, properties and quotes stay as they are. Idempotent.
MATCH (doc:Document {id: $document}), (d:Zone {id: $district})
WHERE NOT (doc)-[:FOR_DISTRICT]->(:Zone)
SET doc.periodStart = coalesce(doc.periodStart, toInteger($periodStart)),
    doc.periodEnd = coalesce(doc.periodEnd, toInteger($periodEnd))
MERGE (doc)-[:FOR_DISTRICT]->(d)
WITH doc, d
CALL (doc, d) {
  MATCH (i:Industry)
  WHERE NOT (i)-[:IN_PLAN]->(:Document)
  WITH i, head([(s:Source)-[:IN_DOCUMENT]->(x:Document) WHERE s.id IN coalesce(i.sources, []) | x]) AS own
  WITH i, coalesce(own, doc) AS plan
  MERGE (i)-[:IN_PLAN]->(plan)
  MERGE (plan)-[:FOR_DISTRICT]->(d)
}
CALL (d) {
  MATCH (z:Zone)
  WHERE NOT (z)-[:PART_OF]->(:Zone) AND NOT z.kind IN ['省', '市', '区县']
  MERGE (z)-[:PART_OF]->(d)
}
CALL (d) {
  MATCH (e:Enterprise {local: true})
  WHERE NOT (e)-[:LOCATED_IN]->(:Zone)
  MERGE (e)-[:LOCATED_IN]->(d)
}
RETURN count(*) AS migrated
