// Benchmark graph: what each generated enterprise produces.
// $rows: lists [enterprise, product] (bench/data/load.ts COLUMNS), each the node's internal id (bench/data/ids.ts:
// a record read, where a unique index seek in a writing statement also locks the index entry).
UNWIND $rows AS r
WITH r[0] AS enterprise, r[1] AS product
MATCH (e:Enterprise), (p:Product)
WHERE id(e) = enterprise AND id(p) = product
CREATE (e)-[:PRODUCES]->(p)
