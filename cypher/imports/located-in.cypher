// A plan's LOCATED_IN facts, merged with every plan's quote (fragments/fact-edge-sources).
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.enterprise}), (b:Zone {id: row.zone})
MERGE (a)-[r:LOCATED_IN]->(b)
// include: fact-edge-sources
