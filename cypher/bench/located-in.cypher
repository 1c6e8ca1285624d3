// Benchmark graph: where each generated enterprise is, and its scope keys as every writer of LOCATED_IN keeps
// them (cypher/enterprise-scope/refresh.cypher; the zones' PART_OF rows are loaded before these).
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (z:Zone {id: row.zone})
CREATE (e)-[:LOCATED_IN]->(z)
WITH z, collect(e) AS firms
// include: enterprise-scope-keys
