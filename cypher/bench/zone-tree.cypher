// Benchmark loader: every zone the database holds before a load, with its kind and PART_OF parent, for the scope
// keys the loader computes for the firms it creates (bench/data/scopeKeys.ts).
MATCH (z:Zone)
OPTIONAL MATCH (z)-[:PART_OF]->(q:Zone)
RETURN z.id AS id, z.kind AS kind, q.id AS parent
