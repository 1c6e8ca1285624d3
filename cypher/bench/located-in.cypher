// Benchmark graph: where each generated enterprise is. The firms were written with their scope keys
// (bench/enterprises.cypher, bench/data/scopeKeys.ts), so this only creates relationships; every other writer of
// LOCATED_IN sets the keys in its statement (cypher/enterprise-scope/refresh.cypher).
// $rows: lists [enterprise, zone] (bench/data/load.ts COLUMNS), each the node's internal id (bench/data/ids.ts).
UNWIND $rows AS r
WITH r[0] AS enterprise, r[1] AS zone
MATCH (e:Enterprise), (z:Zone)
WHERE id(e) = enterprise AND id(z) = zone
CREATE (e)-[:LOCATED_IN]->(z)
