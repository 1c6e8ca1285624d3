// Benchmark graph: where each generated enterprise is, and its scope keys as every writer of LOCATED_IN keeps
// them (cypher/enterprise-scope/refresh.cypher; the zones' PART_OF rows are loaded before these).
// $rows: lists [enterprise, zone] (bench/data/load.ts COLUMNS).
UNWIND $rows AS r
WITH r[0] AS enterprise, r[1] AS zone
MATCH (e:Enterprise {id: enterprise}), (z:Zone {id: zone})
CREATE (e)-[:LOCATED_IN]->(z)
WITH z, collect(e) AS firms
// include: enterprise-scope-keys
