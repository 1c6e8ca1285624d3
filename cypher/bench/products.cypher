// Benchmark graph: a batch of products from the national pool.
// $rows: lists [id, name] (bench/data/load.ts COLUMNS).
UNWIND $rows AS r
WITH r[0] AS id, r[1] AS name
CREATE (p:Product {id: id})
SET p.name = name, p.origin = 'bench', p.sources = []
// The created node's internal id, for the relationship rows that reference it (bench/data/ids.ts).
RETURN id AS key, id(p) AS n
