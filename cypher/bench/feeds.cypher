// Benchmark graph: upstream edges. An edge the seed already has (row.existing, found by the loader) gets the
// pool's chains added to its own; every other edge is new and CREATEd (a MERGE would scan the relationships
// between the two products, and hub materials feed thousands of products).
UNWIND $rows AS row
MATCH (a:Product {id: row.from}), (b:Product {id: row.to})
FOREACH (_ IN CASE WHEN row.existing THEN [1] ELSE [] END |
  MERGE (a)-[r:FEEDS]->(b)
  SET r.chains = coalesce(r.chains, []) + [c IN row.chains WHERE NOT c IN coalesce(r.chains, [])],
      r.sources = coalesce(r.sources, [])
)
FOREACH (_ IN CASE WHEN row.existing THEN [] ELSE [1] END |
  CREATE (a)-[:FEEDS {chains: row.chains, sources: []}]->(b)
)
