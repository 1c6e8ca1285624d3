// Benchmark graph: upstream edges; the chains stating an edge are added to those already on it (seeded edges).
UNWIND $rows AS row
MATCH (a:Product {id: row.from}), (b:Product {id: row.to})
MERGE (a)-[r:FEEDS]->(b)
SET r.chains = coalesce(r.chains, []) + [c IN row.chains WHERE NOT c IN coalesce(r.chains, [])],
    r.sources = coalesce(r.sources, [])
