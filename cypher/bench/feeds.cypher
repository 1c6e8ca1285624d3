// Benchmark graph: upstream edges. An edge the seed already has (`existing`, found by the loader) gets the
// pool's chains added to its own; every other edge is new and CREATEd (a MERGE would scan the relationships
// between the two products, and hub materials feed thousands of products).
// $rows: lists [from, to, chains, existing] (bench/data/load.ts COLUMNS), from and to the products' internal ids
// (bench/data/ids.ts).
UNWIND $rows AS row
WITH row[0] AS from, row[1] AS to, row[2] AS chains, row[3] AS existing
MATCH (a:Product), (b:Product)
WHERE id(a) = from AND id(b) = to
FOREACH (_ IN CASE WHEN existing THEN [1] ELSE [] END |
  MERGE (a)-[r:FEEDS]->(b)
  SET r.chains = coalesce(r.chains, []) + [c IN chains WHERE NOT c IN coalesce(r.chains, [])],
      r.sources = coalesce(r.sources, [])
)
FOREACH (_ IN CASE WHEN existing THEN [] ELSE [1] END |
  CREATE (a)-[:FEEDS {chains: chains, sources: []}]->(b)
)
