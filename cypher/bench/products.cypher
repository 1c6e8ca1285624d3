// Benchmark graph: a batch of products from the national pool.
UNWIND $rows AS row
CREATE (p:Product {id: row.id})
SET p.name = row.name, p.origin = 'bench', p.sources = []
