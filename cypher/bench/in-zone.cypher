// Benchmark graph: where each generated project is.
UNWIND $rows AS row
MATCH (pr:Project {id: row.project}), (z:Zone {id: row.zone})
CREATE (pr)-[:IN_ZONE]->(z)
