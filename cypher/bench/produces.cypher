// Benchmark graph: what each generated enterprise produces.
// $rows: lists [enterprise, product] (bench/data/load.ts COLUMNS).
UNWIND $rows AS r
WITH r[0] AS enterprise, r[1] AS product
MATCH (e:Enterprise {id: enterprise}), (p:Product {id: product})
CREATE (e)-[:PRODUCES]->(p)
