// Benchmark graph: a batch of generated district plans; `chains` lists the chains the plan names.
UNWIND $rows AS row
CREATE (d:Document {id: row.id})
SET d.title = row.title, d.chains = row.chains, d.origin = 'bench'
