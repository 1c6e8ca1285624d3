// Benchmark graph (bench/data): a batch of generated industries. Every generated id is new, so nodes and
// relationships are created (FEEDS alone is merged: the seed holds some of the pool's edges). The batched and the
// row loader run these same statements.
UNWIND $rows AS row
CREATE (n:Industry {id: row.id})
SET n.name = row.name, n.position = row.position, n.origin = 'bench', n.sources = []
