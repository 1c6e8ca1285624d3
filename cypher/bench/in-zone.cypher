// Benchmark graph: where each generated project is.
UNWIND $rows AS row
MATCH (pr:Project {id: row.project}), (z:Zone {id: row.zone})
MERGE (pr)-[:IN_ZONE]->(z)
