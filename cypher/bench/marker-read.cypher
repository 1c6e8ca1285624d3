// Benchmark graph: the hash of the fully loaded generated graph, if any.
MATCH (m:BenchDataset {id: 'national'})
RETURN m.hash AS hash
