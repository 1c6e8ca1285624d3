// A plan's targets, each for its year (issue #15): (owner)-[:HAS_TARGET]->(t:Target)-[:IN_PLAN]->(doc). The owner
// is an Industry or a Zone; a 2030 target never overwrites a 2025 one (ids are per document, owner and year).
// $document: id; $rows: [{id, owner, year, output, valueAdded, source}]. Idempotent.
MATCH (doc:Document {id: $document})
UNWIND $rows AS row
OPTIONAL MATCH (i:Industry {id: row.owner})
OPTIONAL MATCH (z:Zone {id: row.owner})
WITH doc, row, coalesce(i, z) AS owner
WHERE owner IS NOT NULL
MERGE (t:Target {id: row.id})
SET t.year = row.year, t.output = row.output, t.valueAdded = row.valueAdded, t.source = row.source
MERGE (owner)-[:HAS_TARGET]->(t)
MERGE (t)-[:IN_PLAN]->(doc)
