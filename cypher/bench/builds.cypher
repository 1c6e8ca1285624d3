// Benchmark graph: the link each generated project builds.
UNWIND $rows AS row
MATCH (pr:Project {id: row.project}), (p:Product {id: row.product})
CREATE (pr)-[:BUILDS]->(p)
