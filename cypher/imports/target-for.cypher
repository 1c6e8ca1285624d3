// A plan's TARGET_FOR facts, merged with every plan's quote (fragments/fact-edge-sources).
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.enterprise}), (b:Product {id: row.target})
MERGE (a)-[r:TARGET_FOR]->(b)
// include: fact-edge-sources
