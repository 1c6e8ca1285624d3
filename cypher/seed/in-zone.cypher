UNWIND $rows AS row
MATCH (p:Project {id: row.project}), (z:Zone {id: row.zone})
MERGE (p)-[r:IN_ZONE]->(z)
SET r.source = row.source
