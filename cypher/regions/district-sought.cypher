// The links a district's plan names as ones to bring in (重点引进…, 补齐…): (district)-[:SEEKS]->(link), with the
// Source ids of the sentences that say so appended (as imports/fact-sought.cypher does). Idempotent.
// $district: the district's zone id; $rows: [{product, sources}].
MATCH (d:Zone {id: $district})
UNWIND $rows AS row
MATCH (p:Product {id: row.product})
MERGE (d)-[r:SEEKS]->(p)
ON CREATE SET r.sources = []
SET r.sources = r.sources + [s IN row.sources WHERE NOT s IN r.sources]
