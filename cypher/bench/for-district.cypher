// Benchmark graph: each plan's district (the seed's plan too, hence MERGE: the product may have linked it already).
UNWIND $rows AS row
MATCH (d:Document {id: row.document}), (z:Zone {id: row.district})
MERGE (d)-[:FOR_DISTRICT]->(z)
