// Benchmark graph: where each generated enterprise is.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (z:Zone {id: row.zone})
CREATE (e)-[:LOCATED_IN]->(z)
