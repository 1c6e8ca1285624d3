// A plan's IN_ZONE facts, merged with every plan's quote (fragments/fact-edge-sources).
UNWIND $rows AS row
MATCH (a:Project {id: row.project}), (b:Zone {id: row.zone})
MERGE (a)-[r:IN_ZONE]->(b)
// include: fact-edge-sources
