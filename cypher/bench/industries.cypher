// Benchmark graph (bench/data): a batch of generated industries. Same statement for the batched and row loaders.
UNWIND $rows AS row
MERGE (n:Industry {id: row.id})
SET n.name = row.name, n.position = row.position, n.origin = 'bench', n.sources = []
