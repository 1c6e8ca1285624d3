// Benchmark loader: the zone tree as the database holds it (every PART_OF edge), for the producer counts the
// loader computes from its own rows (bench/data/counts.ts).
MATCH (z:Zone)-[:PART_OF]->(q:Zone)
RETURN z.id AS zone, q.id AS parent
