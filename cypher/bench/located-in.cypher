// Benchmark graph: where each generated enterprise is, and its scope keys as every writer of LOCATED_IN keeps
// them (cypher/enterprise-scope/refresh.cypher; the zones' PART_OF rows are loaded before these).
// $rows: lists [enterprise, zone] (bench/data/load.ts COLUMNS), each the node's internal id (bench/data/ids.ts).
UNWIND $rows AS r
WITH r[0] AS enterprise, r[1] AS zone
MATCH (e:Enterprise), (z:Zone)
WHERE id(e) = enterprise AND id(z) = zone
CREATE (e)-[:LOCATED_IN]->(z)
WITH z, collect(e) AS firms
// include: enterprise-scope-keys
