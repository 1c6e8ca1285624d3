// Benchmark graph: where each generated enterprise is. A `keyed` firm's scope keys were written with it
// (cypher/bench/enterprises.cypher, from the same zones and PART_OF rows); for the others (zones leading out of the
// generated graph, into regions the database already holds) they are set here as every writer of LOCATED_IN keeps
// them (cypher/enterprise-scope/refresh.cypher; the zones' PART_OF rows are loaded before these).
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (z:Zone {id: row.zone})
CREATE (e)-[:LOCATED_IN]->(z)
WITH z, e, row
WHERE NOT row.keyed
WITH z, collect(e) AS firms
// include: enterprise-scope-keys
