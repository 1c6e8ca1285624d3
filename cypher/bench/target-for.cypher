// Benchmark graph: pool firms named as targets for a generated chain.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (c:Chain {id: row.chain})
CREATE (e)-[:TARGET_FOR]->(c)
