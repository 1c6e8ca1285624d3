// A plan's BUILDS facts, merged with every plan's quote (fragments/fact-edge-sources).
UNWIND $rows AS row
MATCH (a:Project {id: row.project}), (b:Product {id: row.product})
MERGE (a)-[r:BUILDS]->(b)
// include: fact-edge-sources
