// A plan's PART_OF facts, merged with every plan's quote (fragments/fact-edge-sources).
UNWIND $rows AS row
MATCH (a:Zone {id: row.zone}), (b:Zone {id: row.parent})
MERGE (a)-[r:PART_OF]->(b)
// include: fact-edge-sources
