// Benchmark graph: chain links with their stage.
UNWIND $rows AS row
MATCH (c:Chain {id: row.chain}), (p:Product {id: row.product})
CREATE (c)-[r:HAS_LINK]->(p)
SET r.stage = row.stage
