UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (z:Zone {id: row.zone})
MERGE (e)-[r:LOCATED_IN]->(z)
SET r.source = row.source
