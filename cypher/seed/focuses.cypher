UNWIND $rows AS row
MATCH (z:Zone {id: row.zone}), (i:Industry {id: row.industry})
MERGE (z)-[r:FOCUSES_ON]->(i)
SET r.source = row.source
