UNWIND $rows AS row
MATCH (z:Zone {id: row.zone}), (p:Zone {id: row.parent})
MERGE (z)-[r:PART_OF]->(p)
SET r.source = row.source
