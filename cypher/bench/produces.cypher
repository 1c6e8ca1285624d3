// Benchmark graph: what each generated enterprise produces.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (p:Product {id: row.product})
CREATE (e)-[:PRODUCES]->(p)
