UNWIND $rows AS row
MATCH (z:Zone {id: row.zone}), (i:Industry {id: row.industry})
MERGE (z)-[r:KEY_ZONE_FOR]->(i)
SET r.source = row.source
