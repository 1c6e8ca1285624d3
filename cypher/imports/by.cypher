// A plan's BY facts, merged with every plan's quote (fragments/fact-edge-sources).
UNWIND $rows AS row
MATCH (a:Project {id: row.project}), (b:Enterprise {id: row.enterprise})
MERGE (a)-[r:BY]->(b)
// include: fact-edge-sources
