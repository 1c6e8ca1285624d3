// Benchmark graph: a batch of products from the national pool.
// $rows: lists [id, name] (bench/data/load.ts COLUMNS).
UNWIND $rows AS r
WITH r[0] AS id, r[1] AS name
CREATE (p:Product {id: id})
SET p.name = name, p.origin = 'bench', p.sources = []
// The created nodes' internal ids, for the relationship rows that reference them (bench/data/ids.ts): one row of two
// lists in the rows' order, not a record per node (10,000 records a batch cost the loader and Bolt more than the
// writes they follow).
RETURN collect(id) AS keys, collect(id(p)) AS ns
